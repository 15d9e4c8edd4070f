//! Finding the header row of a sheet, and where each column is.
//!
//! Partners put a title, a logo or blank rows above the header; the header
//! is the first row whose cells name at least two known columns (see
//! [`Column::from_header`]). Header cells that name nothing are listed, and
//! those whose data are numbers are named apart: a count the importer does
//! not read must never vanish unnoticed.

use super::Options;
use super::cells::{Cell, Record};
use super::columns::Column;
use super::reason::FileError;

/// Rows looked at for the header, from the top of the sheet.
const HEADER_SEARCH: usize = 50;

/// Where each column is in the sheet.
#[derive(Debug, Clone)]
pub struct Layout {
    pub at: [Option<usize>; Column::ALL.len()],
    /// Cells a row may have: up to the last named header cell.
    pub width: usize,
    /// Header cells that name no column: (index, text).
    pub ignored: Vec<(usize, String)>,
    /// The header's index among the sheet's rows.
    pub row: usize,
    /// The header's line (row number).
    pub line: u64,
}

impl Layout {
    /// The cell of `column` in `record`.
    pub fn cell<'r>(&self, record: &'r Record, column: Column) -> &'r Cell {
        match self.at[column as usize] {
            Some(index) => record.cell(index),
            None => &Cell::Empty,
        }
    }

    /// How many columns a row names.
    fn named(record: &Record) -> usize {
        let mut seen = [false; Column::ALL.len()];
        for cell in &record.cells {
            if let Cell::Text(text) = cell
                && let Some(column) = Column::from_header(super::values::unguard(text.trim()))
            {
                seen[column as usize] = true;
            }
        }
        seen.iter().filter(|s| **s).count()
    }

    /// The header of a sheet's rows: the first row naming two known
    /// columns (or, failing that, one), among the first
    /// 50 rows that are not blank or comments.
    ///
    /// Errors: [`FileError::Empty`] when the sheet has no rows,
    /// [`FileError::NoHeader`] when no row names a column,
    /// [`FileError::MissingColumns`] when a required column is not there.
    pub fn find(rows: &[Record], options: &Options) -> Result<Layout, FileError> {
        let candidates: Vec<(usize, &Record)> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.skippable())
            .take(HEADER_SEARCH)
            .collect();
        let Some(&(_, first)) = candidates.first() else {
            return Err(FileError::Empty);
        };
        let counts: Vec<usize> = candidates.iter().map(|(_, r)| Self::named(r)).collect();
        let chosen = counts
            .iter()
            .position(|n| *n >= 2)
            .or_else(|| counts.iter().position(|n| *n >= 1));
        let Some(chosen) = chosen else {
            return Err(FileError::NoHeader {
                line: first.line,
                first: first
                    .cells
                    .iter()
                    .take(4)
                    .map(|c| c.text().into_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        let (index, header) = candidates[chosen];
        let layout = Self::new(header, index, options)?;
        Ok(layout)
    }

    fn new(header: &Record, row: usize, options: &Options) -> Result<Self, FileError> {
        let mut at = [None; Column::ALL.len()];
        let mut ignored = Vec::new();
        let mut width = 0;
        for (index, cell) in header.cells.iter().enumerate() {
            let text = cell.text();
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            width = index + 1;
            match Column::from_header(text) {
                Some(column) if at[column as usize].is_none() => at[column as usize] = Some(index),
                _ => ignored.push((index, text.to_owned())),
            }
        }
        let mut required = vec![Column::Date, Column::Channel, Column::Title];
        if options.partner.is_none() {
            required.insert(1, Column::Partner);
        }
        let missing: Vec<Column> = required
            .into_iter()
            .filter(|c| at[*c as usize].is_none())
            .collect();
        if !missing.is_empty() {
            return Err(FileError::MissingColumns(missing));
        }
        Ok(Self {
            at,
            width,
            ignored,
            row,
            line: header.line,
        })
    }

    /// The ignored columns whose filled cells below the header are mostly
    /// numbers.
    pub fn ignored_numbers(&self, rows: &[Record]) -> Vec<String> {
        self.ignored
            .iter()
            .filter(|(index, _)| {
                let (mut numbers, mut filled) = (0usize, 0usize);
                for record in rows.iter().skip(self.row + 1) {
                    let cell = record.cell(*index);
                    if !cell.is_blank() {
                        filled += 1;
                        if cell.is_numeric() {
                            numbers += 1;
                        }
                    }
                }
                filled > 0 && numbers * 2 > filled
            })
            .map(|(_, name)| name.clone())
            .collect()
    }
}
