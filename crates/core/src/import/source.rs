//! What a partner sent, as sheets of rows: a CSV file (one sheet), or a
//! workbook (XLSX, XLS, ODS) read with `calamine`. The kind of file is
//! told from its first bytes, never from its name, so a workbook saved
//! with a `.csv` name, or a ZIP that is no workbook, is named for what it
//! is instead of being read as text.

use std::io::Cursor;

use calamine::{Data, DataRef, Ods, Reader, Xls, Xlsx};

use super::cells::{Cell, Record};
use super::decode::{Text, decode};
use super::reason::FileError;

/// Non-empty cells read from one workbook at most: a partner's log of
/// 100,000 rows has about a million; more is not a log, and reading stops
/// with a message instead of filling the memory.
pub const MAX_CELLS: usize = 5_000_000;

/// The kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Text separated by `separator`, in `encoding` ("UTF-8", ...).
    Csv {
        encoding: &'static str,
        separator: u8,
    },
    /// Office Open XML workbook (ECMA-376), Excel 2007 and later.
    Xlsx,
    /// Excel 97–2003 binary workbook (BIFF8).
    Xls,
    /// OpenDocument spreadsheet (LibreOffice, ISO/IEC 26300).
    Ods,
}

impl Format {
    /// The format's usual name, for messages ("XLSX", "ODS", "CSV").
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv { .. } => "CSV",
            Format::Xlsx => "XLSX",
            Format::Xls => "XLS",
            Format::Ods => "ODS",
        }
    }

    /// Is it a workbook (with named sheets and spreadsheet row numbers)?
    pub fn is_workbook(self) -> bool {
        !matches!(self, Format::Csv { .. })
    }
}

/// One sheet's rows that hold anything (blank rows are left out; each row
/// keeps its own number).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name in the workbook; `None` for a CSV file.
    pub name: Option<String>,
    pub rows: Vec<Record>,
}

/// A file read into sheets, before it is matched against a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub format: Format,
    pub sheets: Vec<Sheet>,
}

/// What the first bytes say the file is.
enum Kind {
    Zip,
    Compound,
    Text,
}

fn kind(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Kind::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Kind::Compound
    } else {
        Kind::Text
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// `text` as UTF-16LE bytes, as names are stored in a compound file.
fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

impl Source {
    /// [`Source::from_bytes`] on a second thread while `load` (reading the
    /// plan the rows are for) runs on this one: an import reads a partner's
    /// workbook and the plan at the same time, as neither needs the other.
    /// A panic in the reader (a bug) goes on in the caller, as it would
    /// have without the thread.
    pub fn alongside<T>(bytes: &[u8], load: impl FnOnce() -> T) -> (T, Result<Source, FileError>) {
        std::thread::scope(|scope| {
            let parsing = scope.spawn(|| Source::from_bytes(bytes));
            let loaded = load();
            let source = parsing
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (loaded, source)
        })
    }

    /// Reads a file's bytes: a workbook by its format, anything else as
    /// CSV text (see [`decode`]).
    ///
    /// Errors: [`FileError::Workbook`] for a damaged workbook,
    /// [`FileError::Encrypted`] for a password-protected one,
    /// [`FileError::NotAWorkbook`] for a ZIP or compound file that is no
    /// spreadsheet, [`FileError::Binary`] for other binary data,
    /// [`FileError::TooLarge`] past [`MAX_CELLS`], and
    /// [`FileError::Malformed`] for CSV that cannot be read.
    pub fn from_bytes(bytes: &[u8]) -> Result<Source, FileError> {
        match kind(bytes) {
            Kind::Zip => {
                // A ZIP ends with its directory (APPNOTE.TXT §4.3.16): a
                // file without one was cut short.
                let tail = &bytes[bytes.len().saturating_sub(65_557)..];
                if !contains(tail, b"PK\x05\x06") {
                    let format = if contains(bytes, b"xl/") {
                        Format::Xlsx.name()
                    } else if contains(bytes, b"opendocument") {
                        Format::Ods.name()
                    } else {
                        "ZIP"
                    };
                    return Err(FileError::Truncated { format });
                }
                // The names of a ZIP's members are stored as plain text.
                if contains(bytes, b"xl/workbook.xml") {
                    workbook::<Xlsx<_>>(bytes, Format::Xlsx)
                } else if contains(bytes, b"content.xml")
                    && contains(bytes, b"application/vnd.oasis.opendocument.spreadsheet")
                {
                    workbook::<Ods<_>>(bytes, Format::Ods)
                } else {
                    Err(FileError::NotAWorkbook {
                        what: if contains(bytes, b"word/document.xml")
                            || contains(bytes, b"opendocument.text")
                        {
                            "DOCX/ODT"
                        } else {
                            "ZIP"
                        },
                    })
                }
            }
            Kind::Compound => {
                if contains(bytes, &utf16("EncryptedPackage")) {
                    Err(FileError::Encrypted)
                } else if contains(bytes, &utf16("Workbook")) || contains(bytes, &utf16("Book")) {
                    workbook::<Xls<_>>(bytes, Format::Xls)
                } else {
                    Err(FileError::NotAWorkbook { what: "OLE" })
                }
            }
            Kind::Text => Source::from_text(&decode_checked(bytes)?),
        }
    }

    /// A CSV file's decoded text as one sheet (RFC 4180, with the
    /// separator and line ends the text was found to use).
    pub fn from_text(text: &Text) -> Result<Source, FileError> {
        // Bounded before anything is built: line length, columns, rows,
        // control characters and unclosed quotes, each with its line.
        super::bounds::check(text)?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(text.separator)
            .from_reader(text.text.as_bytes());
        // The csv reader's line count passes over blank lines, so the line
        // is found from the byte offset, which is where the previous record
        // ended: the record starts after the line breaks that follow.
        // Records come in order, so line breaks are counted as the reading
        // goes (no index of every line: a file of blank lines stays small).
        let bytes = text.text.as_bytes();
        let counted = std::cell::Cell::new((0usize, 0u64));
        let line_at = |position: Option<&csv::Position>| {
            let mut byte = position.map_or(0, |p| p.byte()) as usize;
            while matches!(bytes.get(byte), Some(b'\r' | b'\n')) {
                byte += 1;
            }
            let byte = byte.min(bytes.len());
            let (mut at, mut breaks) = counted.get();
            if byte < at {
                (at, breaks) = (0, 0);
            }
            breaks += bytes[at..byte].iter().filter(|&&b| b == b'\n').count() as u64;
            counted.set((byte, breaks));
            breaks + 1 + text.skipped_lines
        };
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|error| FileError::Malformed {
                line: line_at(error.position()),
                reason: error.to_string(),
            })?;
            let line = line_at(record.position());
            let cells = record
                .iter()
                .map(|c| {
                    if c.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(c.to_owned())
                    }
                })
                .collect();
            rows.push(Record { line, cells });
        }
        Ok(Source {
            format: Format::Csv {
                encoding: text.encoding,
                separator: text.separator,
            },
            sheets: vec![Sheet { name: None, rows }],
        })
    }

    /// The sheets' names (empty for CSV).
    pub fn sheet_names(&self) -> Vec<String> {
        self.sheets.iter().filter_map(|s| s.name.clone()).collect()
    }
}

/// Decodes text, refusing binary data (NUL bytes outside UTF-16 text) so
/// that a picture or a PDF is named, not shown as a garbled table.
fn decode_checked(bytes: &[u8]) -> Result<Text, FileError> {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.iter().take(64 * 1024).any(|b| *b == 0) {
        return Err(FileError::Binary);
    }
    Ok(decode(bytes))
}

/// Reads every sheet of a workbook.
fn workbook<R>(bytes: &[u8], format: Format) -> Result<Source, FileError>
where
    R: Reader<Cursor<Vec<u8>>> + Sheets,
    R::Error: std::fmt::Display,
{
    let damaged = |error: &dyn std::fmt::Display| FileError::Workbook {
        format: format.name(),
        sheet: None,
        reason: error.to_string(),
    };
    let mut book: R = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e: R::Error| password_or(e.to_string(), damaged(&e)))?;
    let mut sheets = Vec::new();
    let mut budget = MAX_CELLS;
    for name in book.sheet_names() {
        let rows = book.rows(&name, &mut budget).map_err(|error| match error {
            SheetError::TooLarge => FileError::TooLarge {
                sheet: name.clone(),
                cells: MAX_CELLS,
            },
            SheetError::Read(reason) => password_or(
                reason.clone(),
                FileError::Workbook {
                    format: format.name(),
                    sheet: Some(name.clone()),
                    reason,
                },
            ),
        })?;
        sheets.push(Sheet {
            name: Some(name),
            rows,
        });
    }
    Ok(Source { format, sheets })
}

/// calamine's own word for a protected workbook becomes
/// [`FileError::Encrypted`].
fn password_or(reason: String, other: FileError) -> FileError {
    if reason.to_ascii_lowercase().contains("password") {
        FileError::Encrypted
    } else {
        other
    }
}

enum SheetError {
    TooLarge,
    Read(String),
}

/// Reading one sheet's non-empty rows, each kind of workbook its own way.
trait Sheets {
    fn rows(&mut self, name: &str, budget: &mut usize) -> Result<Vec<Record>, SheetError>;
}

/// Rows from (row, column, cell) triples in row order.
struct Builder {
    rows: Vec<Record>,
}

impl Builder {
    fn push(
        &mut self,
        row: u32,
        column: u32,
        cell: Cell,
        budget: &mut usize,
    ) -> Result<(), SheetError> {
        if matches!(cell, Cell::Empty) {
            return Ok(());
        }
        *budget = budget.checked_sub(1).ok_or(SheetError::TooLarge)?;
        let line = u64::from(row) + 1;
        if self.rows.last().is_none_or(|r| r.line != line) {
            self.rows.push(Record {
                line,
                cells: Vec::new(),
            });
        }
        if let Some(record) = self.rows.last_mut() {
            let column = column as usize;
            if record.cells.len() <= column {
                // Columns past the 16,384th of a sheet do not exist.
                if column > 16_384 {
                    return Ok(());
                }
                record.cells.resize(column + 1, Cell::Empty);
            }
            record.cells[column] = cell;
        }
        Ok(())
    }
}

fn date_cell(at: Option<chrono::NaiveDateTime>, serial: f64) -> Cell {
    match at {
        Some(at) => Cell::Date(at),
        None => Cell::Number(serial),
    }
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(text) => Cell::Text(text.clone()),
        Data::Int(number) => Cell::Number(*number as f64),
        Data::Float(number) => Cell::Number(*number),
        Data::Bool(value) => Cell::Text(value.to_string()),
        Data::DateTime(at) => date_cell(at.as_datetime(), at.as_f64()),
        Data::DateTimeIso(text) | Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Text(error.to_string()),
    }
}

fn cell_of_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::String(text) => Cell::Text(text.clone()),
        DataRef::SharedString(text) => Cell::Text((*text).to_owned()),
        DataRef::Int(number) => Cell::Number(*number as f64),
        DataRef::Float(number) => Cell::Number(*number),
        DataRef::Bool(value) => Cell::Text(value.to_string()),
        DataRef::DateTime(at) => date_cell(at.as_datetime(), at.as_f64()),
        DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => Cell::Text(text.clone()),
        DataRef::Error(error) => Cell::Text(error.to_string()),
    }
}

/// A whole range (XLS, ODS: calamine bounds these itself).
fn range_rows(
    range: &calamine::Range<Data>,
    budget: &mut usize,
) -> Result<Vec<Record>, SheetError> {
    let mut builder = Builder { rows: Vec::new() };
    let (top, left) = range.start().unwrap_or((0, 0));
    for (r, row) in range.rows().enumerate() {
        for (c, data) in row.iter().enumerate() {
            builder.push(top + r as u32, left + c as u32, cell_of(data), budget)?;
        }
    }
    Ok(builder.rows)
}

impl Sheets for Xlsx<Cursor<Vec<u8>>> {
    /// Cell by cell, so that a sheet whose used area is a million rows
    /// tall but nearly empty costs only its cells.
    fn rows(&mut self, name: &str, budget: &mut usize) -> Result<Vec<Record>, SheetError> {
        let mut reader = self
            .worksheet_cells_reader(name)
            .map_err(|e| SheetError::Read(e.to_string()))?;
        let mut builder = Builder { rows: Vec::new() };
        while let Some(cell) = reader
            .next_cell()
            .map_err(|e| SheetError::Read(e.to_string()))?
        {
            let (row, column) = cell.get_position();
            builder.push(row, column, cell_of_ref(cell.get_value()), budget)?;
        }
        // Cells come in the sheet's row order, which a hand-made file may
        // not keep.
        builder.rows.sort_by_key(|r| r.line);
        Ok(builder.rows)
    }
}

impl Sheets for Xls<Cursor<Vec<u8>>> {
    fn rows(&mut self, name: &str, budget: &mut usize) -> Result<Vec<Record>, SheetError> {
        let range = self
            .worksheet_range(name)
            .map_err(|e| SheetError::Read(e.to_string()))?;
        range_rows(&range, budget)
    }
}

impl Sheets for Ods<Cursor<Vec<u8>>> {
    fn rows(&mut self, name: &str, budget: &mut usize) -> Result<Vec<Record>, SheetError> {
        let range = self
            .worksheet_range(name)
            .map_err(|e| SheetError::Read(e.to_string()))?;
        range_rows(&range, budget)
    }
}
