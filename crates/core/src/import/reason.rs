//! Why a row, or a whole file, was not imported, in words.

use std::fmt;

use super::Vocab;
use super::columns::Column;
use crate::fl;
use crate::ids::{ActivityId, PartnerId};
use crate::validate::EditError;

/// Why one row was rejected.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    TooFewColumns {
        found: usize,
        expected: usize,
    },
    TooManyColumns {
        found: usize,
        expected: usize,
    },
    Missing(Column),
    BadDate(String),
    /// `3/4/2018` in a date column that does not prove which is the day.
    AmbiguousDate(String),
    BadNumber {
        column: Column,
        text: String,
    },
    Negative {
        column: Column,
        text: String,
    },
    /// A word no vocabulary knows (it can be mapped in the preview).
    Unknown {
        vocab: Vocab,
        text: String,
    },
    UnknownPartner(String),
    BadActivity(String),
    UnknownActivity(ActivityId),
    /// The entry breaks a rule of the plan (e.g. a date out of range).
    Refused(EditError),
}

impl Reason {
    /// The column whose cell is at fault, when one is (the one to correct).
    pub fn column(&self) -> Option<Column> {
        match self {
            Reason::Missing(column)
            | Reason::BadNumber { column, .. }
            | Reason::Negative { column, .. } => Some(*column),
            Reason::BadDate(_) | Reason::AmbiguousDate(_) => Some(Column::Date),
            Reason::Unknown { vocab, .. } => Some(match vocab {
                Vocab::Channel => Column::Channel,
                Vocab::TargetGroup => Column::TargetGroup,
                Vocab::Language => Column::Language,
            }),
            Reason::UnknownPartner(_) => Some(Column::Partner),
            Reason::BadActivity(_) | Reason::UnknownActivity(_) => Some(Column::Activity),
            Reason::TooFewColumns { .. } | Reason::TooManyColumns { .. } | Reason::Refused(_) => {
                None
            }
        }
    }
}

/// Why a whole file cannot be imported.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    /// Nothing but blank or comment lines.
    Empty,
    /// The first row names none of the columns.
    NoHeader { line: u64, first: String },
    /// Columns that must be there are not.
    MissingColumns(Vec<Column>),
    /// The partner chosen for every row is not in the plan.
    UnknownPartner(PartnerId),
    /// The CSV itself cannot be read at this line.
    Malformed { line: u64, reason: String },
    /// A workbook that cannot be read (damaged, or not what it says).
    Workbook {
        format: &'static str,
        sheet: Option<String>,
        reason: String,
    },
    /// A workbook (ZIP archive) cut short: its end is missing.
    Truncated { format: &'static str },
    /// A workbook locked with a password.
    Encrypted,
    /// A ZIP (or Office compound file) that holds no spreadsheet.
    NotAWorkbook { what: &'static str },
    /// Binary data that is neither text nor a workbook.
    Binary,
    /// More cells than a partner's log has (see `source::MAX_CELLS`).
    TooLarge { sheet: String, cells: usize },
    /// The sheet asked for is not in the workbook.
    UnknownSheet(String),
    /// An error about one sheet of a workbook.
    InSheet {
        sheet: String,
        error: Box<FileError>,
    },
}

/// Where a row is, in words: "line 12" for CSV, "sheet Log, row 12" for a
/// workbook.
pub fn position(sheet: Option<&str>, line: u64) -> String {
    match sheet {
        Some(sheet) => fl!("import-at-sheet-row", sheet = sheet, row = line.to_string()),
        None => fl!("import-line", line = line.to_string()),
    }
}

impl std::error::Error for FileError {}

/// A column's name in the reader's language.
pub fn column_label(column: Column) -> String {
    match column {
        Column::Date => fl!("import-column-date"),
        Column::Partner => fl!("import-column-partner"),
        Column::Channel => fl!("import-column-channel"),
        Column::Title => fl!("import-column-title"),
        Column::TargetGroup => fl!("import-column-target-group"),
        Column::Reach => fl!("import-column-reach"),
        Column::Participants => fl!("import-column-participants"),
        Column::Language => fl!("import-column-language"),
        Column::Link => fl!("import-column-link"),
        Column::Notes => fl!("import-column-notes"),
        Column::Activity => fl!("import-column-activity"),
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Reason::TooFewColumns { found, expected } => {
                fl!("import-too-few-columns", found = found, expected = expected)
            }
            Reason::TooManyColumns { found, expected } => {
                fl!(
                    "import-too-many-columns",
                    found = found,
                    expected = expected
                )
            }
            Reason::Missing(column) => fl!("import-missing", column = column_label(*column)),
            Reason::BadDate(text) => fl!("import-bad-date", text = text.as_str()),
            Reason::AmbiguousDate(text) => fl!("import-ambiguous-date", text = text.as_str()),
            Reason::BadNumber { column, text } => fl!(
                "import-bad-number",
                column = column_label(*column),
                text = text.as_str()
            ),
            Reason::Negative { column, text } => fl!(
                "import-negative",
                column = column_label(*column),
                text = text.as_str()
            ),
            Reason::Unknown {
                vocab: Vocab::Channel,
                text,
            } => fl!("import-unknown-channel", text = text.as_str()),
            Reason::Unknown {
                vocab: Vocab::TargetGroup,
                text,
            } => fl!("import-unknown-target-group", text = text.as_str()),
            Reason::Unknown {
                vocab: Vocab::Language,
                text,
            } => fl!("import-bad-language", text = text.as_str()),
            Reason::UnknownPartner(text) => fl!("import-unknown-partner", text = text.as_str()),
            Reason::BadActivity(text) => fl!("import-bad-activity", text = text.as_str()),
            Reason::UnknownActivity(id) => fl!("import-unknown-activity", id = id.to_string()),
            Reason::Refused(error) => error.to_string(),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            FileError::Empty => fl!("import-file-empty"),
            FileError::NoHeader { line, first } => {
                fl!(
                    "import-no-header",
                    line = line.to_string(),
                    first = first.as_str()
                )
            }
            FileError::MissingColumns(columns) => fl!(
                "import-missing-columns",
                columns = columns
                    .iter()
                    .map(|c| c.name())
                    .collect::<Vec<_>>()
                    .join(", "),
                count = columns.len()
            ),
            FileError::UnknownPartner(id) => {
                fl!("import-unknown-override", id = id.as_str())
            }
            FileError::Malformed { line, reason } => {
                fl!(
                    "import-malformed",
                    line = line.to_string(),
                    reason = reason.as_str()
                )
            }
            FileError::Workbook {
                format,
                sheet: None,
                reason,
            } => fl!(
                "import-workbook-damaged",
                format = format.to_string(),
                reason = reason.as_str()
            ),
            FileError::Workbook {
                format,
                sheet: Some(sheet),
                reason,
            } => fl!(
                "import-sheet-damaged",
                format = format.to_string(),
                sheet = sheet.as_str(),
                reason = reason.as_str()
            ),
            FileError::Encrypted => fl!("import-workbook-encrypted"),
            FileError::Truncated { format } => {
                fl!("import-workbook-truncated", format = format.to_string())
            }
            FileError::NotAWorkbook { what } => {
                fl!("import-not-a-workbook", what = what.to_string())
            }
            FileError::Binary => fl!("import-binary"),
            FileError::TooLarge { sheet, cells } => fl!(
                "import-sheet-too-large",
                sheet = sheet.as_str(),
                cells = cells.to_string()
            ),
            FileError::UnknownSheet(sheet) => fl!("import-unknown-sheet", sheet = sheet.as_str()),
            FileError::InSheet { sheet, error } => fl!(
                "import-in-sheet",
                sheet = sheet.as_str(),
                error = error.to_string()
            ),
        };
        f.write_str(&text)
    }
}
