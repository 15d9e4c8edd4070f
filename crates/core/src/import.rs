//! Partners' dissemination logs from spreadsheets (CSV saved by Excel or
//! LibreOffice, and the workbooks themselves: XLSX, XLS, ODS) into the
//! plan's log, and the empty template they fill in.
//!
//! Reading never changes the plan: [`read`] gives a [`Preview`] of the
//! rows that would be added, the rows skipped because the log has them
//! already (same partner, date, title, channel and link), and the rows
//! rejected with their line and reason. [`Preview::edit`] then turns the
//! good rows into one undoable [`Edit`].

pub mod bounds;
pub mod cells;
pub mod columns;
pub mod dates;
pub mod decode;
pub mod header;
pub mod lookup;
pub mod reason;
pub mod rejected;
mod rows;
pub mod source;
pub mod values;
pub mod words;
pub mod write;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use cells::{Cell, Record};
pub use columns::Column;
pub use dates::{ColumnOrder, Order};
pub use decode::{Text, decode, decode_owned};
pub use reason::{FileError, Reason, column_label};
pub use source::{Format, Sheet, Source};
pub use write::{template, write_log};

use super::edit::{Change, Edit};
use super::ids::{EntryId, PartnerId};
use super::log::LogEntry;
use super::plan::Plan;
use super::value::Lang;
use super::vocab::{Channel, TargetGroup};
use header::Layout;
use rows::Reading;

/// Choices made before reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Attribute every row to this partner (the file's partner column, if
    /// any, is then not read): for a file one partner sent.
    pub partner: Option<PartnerId>,
    /// The workbook's sheet to read; by default the first with a log
    /// header.
    pub sheet: Option<String>,
    /// The order of day and month in the date column, when the file does
    /// not prove it (see [`dates`]).
    pub date_order: Option<Order>,
    /// Words the vocabularies do not know, mapped to values by the person.
    pub mapping: Mapping,
    /// Cells corrected in the preview, by (line or row, column): read
    /// instead of the file's cell.
    pub corrections: BTreeMap<(u64, Column), String>,
}

/// Which vocabulary a word belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vocab {
    Channel,
    TargetGroup,
    Language,
}

/// Unknown words mapped to known values, by their [`words::key`]: chosen
/// once for a whole file in the preview, and kept per partner for the
/// next file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mapping {
    pub channels: BTreeMap<String, Channel>,
    pub target_groups: BTreeMap<String, TargetGroup>,
    pub languages: BTreeMap<String, Lang>,
}

impl Mapping {
    /// Is nothing mapped?
    pub fn is_empty(&self) -> bool {
        self.channels.is_empty() && self.target_groups.is_empty() && self.languages.is_empty()
    }

    /// Adds every word of `other` (its choices win).
    pub fn extend(&mut self, other: &Mapping) {
        self.channels.extend(other.channels.clone());
        self.target_groups.extend(other.target_groups.clone());
        self.languages.extend(other.languages.clone());
    }
}

/// A word of the file that no vocabulary knows, and how many rows it
/// keeps out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub vocab: Vocab,
    /// As first written in the file.
    pub text: String,
    pub rows: usize,
}

/// A row that will be added.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The line of the file the row starts on (1 is the first line).
    pub line: u64,
    /// The entry; its id is given when the import is applied.
    pub entry: LogEntry,
}

/// What a skipped row repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicate {
    /// An entry already in the log.
    Entry(EntryId),
    /// An earlier row of the same file.
    Line(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skipped {
    pub line: u64,
    pub duplicate_of: Duplicate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub line: u64,
    pub reason: Reason,
}

/// What importing a file would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub rows: Vec<Row>,
    pub skipped: Vec<Skipped>,
    pub rejected: Vec<Rejected>,
    /// Header cells that name no column CommPlan knows; not read.
    pub ignored_columns: Vec<String>,
    /// The ignored columns that hold numbers: the person is asked before
    /// importing without them.
    pub ignored_numbers: Vec<String>,
    /// How the file was read, for the report: the encoding of a CSV file,
    /// or the workbook's format ("XLSX", "ODS", "XLS").
    pub encoding: &'static str,
    /// A CSV file's separator (0 for a workbook).
    pub separator: u8,
    /// The workbook's sheet read (`None` for CSV), and all its sheets.
    pub sheet: Option<String>,
    pub sheets: Vec<String>,
    /// The header's line or row.
    pub header_line: u64,
    /// What the date column's text says of day and month order.
    pub date_order: ColumnOrder,
    /// Words no vocabulary knows, in the order first met.
    pub unknown: Vec<Unknown>,
}

/// Added, skipped and rejected rows, the three numbers of a report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub skipped: usize,
    pub rejected: usize,
}

impl Preview {
    pub fn counts(&self) -> Counts {
        Counts {
            added: self.rows.len(),
            skipped: self.skipped.len(),
            rejected: self.rejected.len(),
        }
    }

    /// The good rows as one edit, with fresh ids; `None` when there is
    /// nothing to add.
    pub fn edit(&self, plan: &Plan) -> Option<Edit> {
        added(self.rows.iter().map(|row| row.entry.clone()), plan)
    }

    /// [`Preview::edit`], taking the rows instead of copying them (for a
    /// preview that is not shown again: 50,000 entries are not copied).
    pub fn into_edit(self, plan: &Plan) -> Option<Edit> {
        added(self.rows.into_iter().map(|row| row.entry), plan)
    }
}

/// Entries added as one edit, numbered from the plan's next entry id;
/// `None` when there are none.
fn added(entries: impl ExactSizeIterator<Item = LogEntry>, plan: &Plan) -> Option<Edit> {
    if entries.len() == 0 {
        return None;
    }
    let mut next = plan.next_entry_id().0;
    let edits = entries
        .map(|mut entry| {
            entry.id = EntryId(next);
            next = next.saturating_add(1);
            Edit::Log(Change::Add(entry))
        })
        .collect();
    Some(Edit::Batch(edits))
}

/// Rows read at a time: enough for two threads to share, few enough that
/// the block read (about 250 bytes a row) stays small beside the preview.
const ROWS_PER_BLOCK: usize = 8_192;

/// Reads a file's bytes (CSV, XLSX, XLS or ODS) against a plan.
pub fn read(bytes: &[u8], plan: &Plan, options: &Options) -> Result<Preview, FileError> {
    read_source(&Source::from_bytes(bytes)?, plan, options)
}

/// Reads decoded CSV text against a plan.
pub fn read_text(text: &Text, plan: &Plan, options: &Options) -> Result<Preview, FileError> {
    read_source(&Source::from_text(text)?, plan, options)
}

/// Reads a file already split into sheets against a plan (the GUI keeps
/// the source, and reads it again when a choice in the preview changes).
///
/// The sheet is [`Options::sheet`], else the first whose header is found
/// (see [`Layout::find`]); the error of the first sheet when none has one.
pub fn read_source(source: &Source, plan: &Plan, options: &Options) -> Result<Preview, FileError> {
    if let Some(id) = &options.partner
        && plan.partner(id).is_none()
    {
        return Err(FileError::UnknownPartner(id.clone()));
    }
    let (sheet, layout) = match &options.sheet {
        Some(wanted) => {
            let sheet = source
                .sheets
                .iter()
                .find(|s| s.name.as_deref() == Some(wanted.as_str()))
                .ok_or_else(|| FileError::UnknownSheet(wanted.clone()))?;
            let layout = Layout::find(&sheet.rows, options).map_err(|e| in_sheet(e, sheet))?;
            (sheet, layout)
        }
        None => {
            let mut first_error = None;
            let mut found = None;
            for sheet in &source.sheets {
                match Layout::find(&sheet.rows, options) {
                    Ok(layout) => {
                        found = Some((sheet, layout));
                        break;
                    }
                    Err(error) => {
                        first_error.get_or_insert_with(|| in_sheet(error, sheet));
                    }
                }
            }
            match found {
                Some(found) => found,
                None => return Err(first_error.unwrap_or(FileError::Empty)),
            }
        }
    };
    let data = &sheet.rows[layout.row + 1..];
    let order = match layout.at[Column::Date as usize] {
        Some(index) => dates::decide(data.iter().filter_map(|r| match r.cell(index) {
            Cell::Text(text) => Some(text.as_str()),
            _ => None,
        })),
        None => ColumnOrder::Irrelevant,
    };
    let mut reading = Reading::new(plan, options, order);
    reading.strict_width = !source.format.is_workbook();
    let (encoding, separator) = match source.format {
        Format::Csv {
            encoding,
            separator,
        } => (encoding, separator),
        other => (other.name(), 0),
    };
    let mut preview = Preview {
        rows: Vec::new(),
        skipped: Vec::new(),
        rejected: Vec::new(),
        ignored_columns: layout.ignored.iter().map(|(_, n)| n.clone()).collect(),
        ignored_numbers: layout.ignored_numbers(&sheet.rows),
        encoding,
        separator,
        sheet: sheet.name.clone(),
        sheets: source.sheet_names(),
        header_line: layout.line,
        date_order: reading.order,
        unknown: Vec::new(),
    };
    let mut unknown: BTreeMap<(Vocab, String), usize> = BTreeMap::new();
    let partner_column = layout.at[Column::Partner as usize];
    let keep = |record: &Record| {
        // A template's row with only the partner filled in (the workbook
        // template fills it in) reports nothing.
        let only_partner = partner_column.is_some_and(|at| {
            record
                .cells
                .iter()
                .enumerate()
                .all(|(i, cell)| i == at || cell.is_blank())
        });
        !(record.skippable() || only_partner)
    };
    // Read in blocks (each on two threads), so that the rows read and the
    // preview's rows are not both held whole.
    for block in data.chunks(ROWS_PER_BLOCK) {
        let read = reading.rows(&layout, block, keep);
        for (record, result) in block.iter().zip(read) {
            let Some(result) = result else { continue };
            let line = record.line;
            match result {
                Err(reason) => {
                    if let Reason::Unknown { vocab, text } = &reason {
                        let at = *unknown
                            .entry((*vocab, words::key(text)))
                            .or_insert(preview.unknown.len());
                        match preview.unknown.get_mut(at) {
                            Some(slot) => slot.rows += 1,
                            None => preview.unknown.push(Unknown {
                                vocab: *vocab,
                                text: text.clone(),
                                rows: 1,
                            }),
                        }
                    }
                    preview.rejected.push(Rejected { line, reason });
                }
                Ok((entry, key)) => match reading.duplicate(key, &entry, &preview.rows) {
                    Some(duplicate_of) => preview.skipped.push(Skipped { line, duplicate_of }),
                    None => {
                        reading.remember(key, preview.rows.len());
                        preview.rows.push(Row { line, entry });
                    }
                },
            }
        }
    }
    Ok(preview)
}

/// A sheet's error, named with the sheet.
fn in_sheet(error: FileError, sheet: &Sheet) -> FileError {
    match &sheet.name {
        Some(name) => FileError::InSheet {
            sheet: name.clone(),
            error: Box::new(error),
        },
        None => error,
    }
}
