//! One row of a partner's file as cells, whatever the file: a CSV line
//! gives text cells, a workbook's row gives typed cells (numbers, dates).
//! The importer reads rows of these, so CSV, XLSX, XLS and ODS go through
//! the same header detection, value reading and duplicate check.

use chrono::NaiveDateTime;

use super::values;

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    /// Text as written (a CSV field, a workbook's string cell).
    Text(String),
    /// A workbook's number cell; in a date column, a serial day number
    /// (a date cell shown in the "General" format).
    Number(f64),
    /// A workbook's date (or date-time) cell.
    Date(NaiveDateTime),
}

impl Cell {
    /// Does the cell hold nothing but spaces?
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            Cell::Number(_) | Cell::Date(_) => false,
        }
    }

    /// The cell as text, as a person reads it: whole numbers without
    /// decimals ("1200", not "1200.0"), dates as ISO 8601 ("2018-03-05").
    /// Text without the formula guard an export adds (see
    /// [`values::unguard`]) and without surrounding spaces.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(text) => Cow::Borrowed(values::unguard(text.trim())),
            Cell::Number(number) => Cow::Owned(number_text(*number)),
            Cell::Date(at) => Cow::Owned(if at.time() == chrono::NaiveTime::MIN {
                at.date().format("%Y-%m-%d").to_string()
            } else {
                at.format("%Y-%m-%d %H:%M").to_string()
            }),
        }
    }

    /// Does the cell hold a number (a number cell, or text that is one)?
    pub fn is_numeric(&self) -> bool {
        match self {
            Cell::Number(_) => true,
            Cell::Text(text) => {
                let text = text.trim();
                !text.is_empty() && matches!(values::count(text), Ok(Some(_)))
            }
            Cell::Empty | Cell::Date(_) => false,
        }
    }
}

/// A number as text: "1200" for whole numbers, else the shortest decimal.
pub fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        format!("{number}")
    }
}

/// One row of a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Where the row is, as the file's own program shows it: the line of a
    /// CSV file, the row number of a sheet (both from 1).
    pub line: u64,
    pub cells: Vec<Cell>,
}

impl Record {
    /// Blank rows (also `;;;;` from a spreadsheet) and comment rows
    /// (`# ...`).
    pub fn skippable(&self) -> bool {
        let mut cells = self.cells.iter();
        match cells.next() {
            None => true,
            Some(Cell::Text(first)) if first.trim_start().starts_with('#') => true,
            Some(first) => first.is_blank() && cells.all(Cell::is_blank),
        }
    }

    /// The cell at `index`, empty past the row's end.
    pub fn cell(&self, index: usize) -> &Cell {
        self.cells.get(index).unwrap_or(&Cell::Empty)
    }

    /// The number of cells up to the last one that is not blank.
    pub fn width(&self) -> usize {
        self.cells
            .iter()
            .rposition(|c| !c.is_blank())
            .map_or(0, |i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(Cell::Number(1200.0).text(), "1200");
        assert_eq!(Cell::Number(12.5).text(), "12.5");
        assert_eq!(Cell::Text(" '=x ".into()).text(), "=x");
        assert!(Cell::Text("1.200".into()).is_numeric());
        assert!(!Cell::Text("many".into()).is_numeric());
    }

    #[test]
    fn blank_and_comment_rows_are_skipped() {
        let row = |cells: Vec<Cell>| Record { line: 1, cells };
        assert!(row(vec![]).skippable());
        assert!(row(vec![Cell::Text(" ".into()), Cell::Empty]).skippable());
        assert!(row(vec![Cell::Text("# hint".into()), Cell::Text("x".into())]).skippable());
        assert!(!row(vec![Cell::Empty, Cell::Number(1.0)]).skippable());
        assert_eq!(row(vec![Cell::Number(1.0), Cell::Empty]).width(), 1);
    }
}
