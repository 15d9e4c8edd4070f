//! Partners' dissemination logs from spreadsheets (CSV saved by Excel or
//! LibreOffice) into the plan's log, and the empty template they fill in.
//!
//! Reading never changes the plan: [`read`] gives a [`Preview`] of the
//! rows that would be added, the rows skipped because the log has them
//! already (same partner, date, title, channel and link), and the rows
//! rejected with their line and reason. [`Preview::edit`] then turns the
//! good rows into one undoable [`Edit`].

pub mod bounds;
pub mod columns;
pub mod decode;
pub mod reason;
pub mod values;
pub mod words;
pub mod write;

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

use chrono::NaiveDate;

pub use columns::Column;
pub use decode::{Text, decode, decode_owned};
pub use reason::{FileError, Reason, column_label};
pub use write::{template, write_log};

use super::edit::{Change, Edit};
use super::ids::{EntryId, PartnerId};
use super::log::LogEntry;
use super::plan::Plan;
use super::validate::{self, Lookup};
use super::vocab::Channel;

/// Choices made before reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Attribute every row to this partner (the file's partner column, if
    /// any, is then not read): for a file one partner sent.
    pub partner: Option<PartnerId>,
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
    /// How the file was read, for the report.
    pub encoding: &'static str,
    pub separator: u8,
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
        if self.rows.is_empty() {
            return None;
        }
        let mut next = plan.next_entry_id().0;
        let edits = self
            .rows
            .iter()
            .map(|row| {
                let mut entry = row.entry.clone();
                entry.id = EntryId(next);
                next = next.saturating_add(1);
                Edit::Log(Change::Add(entry))
            })
            .collect();
        Some(Edit::Batch(edits))
    }
}

/// Reads a CSV file's bytes against a plan.
pub fn read(bytes: &[u8], plan: &Plan, options: &Options) -> Result<Preview, FileError> {
    read_text(&decode(bytes), plan, options)
}

/// Reads decoded text against a plan (the GUI keeps the text, and reads it
/// again when the partner chosen for every row changes).
pub fn read_text(text: &Text, plan: &Plan, options: &Options) -> Result<Preview, FileError> {
    if let Some(id) = &options.partner
        && plan.partner(id).is_none()
    {
        return Err(FileError::UnknownPartner(id.clone()));
    }
    bounds::check(text)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(text.separator)
        .from_reader(text.text.as_bytes());
    // The csv reader's line count passes over blank lines, so the line is
    // found from the byte offset, which is where the previous record ended:
    // the record starts after the line breaks that follow.
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
    let mut records = reader.records();
    let line_of = |record: &csv::StringRecord| line_at(record.position());
    let malformed = |error: csv::Error| FileError::Malformed {
        line: line_at(error.position()),
        reason: error.to_string(),
    };

    // The header: the first row that is neither blank nor a comment.
    let header = loop {
        match records.next() {
            None => return Err(FileError::Empty),
            Some(Err(error)) => return Err(malformed(error)),
            Some(Ok(record)) if skippable(&record) => continue,
            Some(Ok(record)) => break record,
        }
    };
    let layout = Layout::new(&header, line_of(&header), options)?;
    let mut reading = Reading::new(plan, options);
    let mut preview = Preview {
        rows: Vec::new(),
        skipped: Vec::new(),
        rejected: Vec::new(),
        ignored_columns: layout.ignored.clone(),
        encoding: text.encoding,
        separator: text.separator,
    };
    for record in records {
        let record = record.map_err(malformed)?;
        if skippable(&record) {
            continue;
        }
        let line = line_of(&record);
        match reading.row(&layout, &record) {
            Err(reason) => preview.rejected.push(Rejected { line, reason }),
            Ok(entry) => match reading.duplicate(&entry, &preview.rows) {
                Some(duplicate_of) => preview.skipped.push(Skipped { line, duplicate_of }),
                None => {
                    reading.remember(&entry, preview.rows.len());
                    preview.rows.push(Row { line, entry });
                }
            },
        }
    }
    Ok(preview)
}

/// Blank rows (also `;;;;` from a spreadsheet) and comment rows (`# ...`).
fn skippable(record: &csv::StringRecord) -> bool {
    let mut cells = record.iter().map(str::trim);
    match cells.next() {
        None => true,
        Some(first) if first.starts_with('#') => true,
        Some(first) => first.is_empty() && cells.all(str::is_empty),
    }
}

/// Where each column is in the file.
struct Layout {
    at: [Option<usize>; Column::ALL.len()],
    /// Cells a row must have: up to the last named header cell.
    width: usize,
    ignored: Vec<String>,
}

impl Layout {
    fn new(header: &csv::StringRecord, line: u64, options: &Options) -> Result<Self, FileError> {
        let mut at = [None; Column::ALL.len()];
        let mut ignored = Vec::new();
        let mut width = 0;
        for (index, cell) in header.iter().enumerate() {
            let cell = values::unguard(cell.trim());
            if cell.is_empty() {
                continue;
            }
            width = index + 1;
            match Column::from_header(cell) {
                Some(column) if at[column as usize].is_none() => at[column as usize] = Some(index),
                _ => ignored.push(cell.to_owned()),
            }
        }
        if at.iter().all(Option::is_none) {
            return Err(FileError::NoHeader {
                line,
                first: header.iter().take(4).collect::<Vec<_>>().join(", "),
            });
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
        Ok(Self { at, width, ignored })
    }

    fn cell<'r>(&self, record: &'r csv::StringRecord, column: Column) -> &'r str {
        self.at[column as usize]
            .and_then(|index| record.get(index))
            .map_or("", |cell| values::unguard(cell.trim()))
    }
}

/// What reading rows needs to know about the plan, looked up once.
struct Reading<'a> {
    plan: &'a Plan,
    index: validate::Index<'a>,
    partners: HashMap<String, &'a PartnerId>,
    forced: Option<PartnerId>,
    hasher: RandomState,
    /// Entries by the hash of what makes them the same report: the plan's
    /// (as `Entry`) and this file's rows so far (as their index).
    seen: HashMap<u64, Vec<Seen>>,
}

#[derive(Debug, Clone, Copy)]
enum Seen {
    Entry(usize),
    Row(usize),
}

impl<'a> Reading<'a> {
    fn new(plan: &'a Plan, options: &Options) -> Self {
        let mut partners = HashMap::new();
        // Ids first, then short names, then full names: an id wins.
        for p in &plan.partners {
            partners.insert(words::key(p.id.as_str()), &p.id);
        }
        for p in &plan.partners {
            partners.entry(words::key(&p.short_name)).or_insert(&p.id);
        }
        for p in &plan.partners {
            partners.entry(words::key(&p.name)).or_insert(&p.id);
        }
        let hasher = RandomState::new();
        let mut seen: HashMap<u64, Vec<Seen>> = HashMap::with_capacity(plan.log.len());
        for (index, entry) in plan.log.iter().enumerate() {
            seen.entry(key(&hasher, entry))
                .or_default()
                .push(Seen::Entry(index));
        }
        Self {
            plan,
            index: validate::Index::new(plan),
            partners,
            forced: options.partner.clone(),
            hasher,
            seen,
        }
    }

    fn row(&self, layout: &Layout, record: &csv::StringRecord) -> Result<LogEntry, Reason> {
        let found = record.len();
        if found < layout.width {
            return Err(Reason::TooFewColumns {
                found,
                expected: layout.width,
            });
        }
        if record
            .iter()
            .skip(layout.width)
            .any(|c| !c.trim().is_empty())
        {
            let found = (0..found)
                .rfind(|i| record.get(*i).is_some_and(|c| !c.trim().is_empty()))
                .map_or(found, |i| i + 1);
            return Err(Reason::TooManyColumns {
                found,
                expected: layout.width,
            });
        }
        let cell = |column| layout.cell(record, column);
        let required = |column| {
            let text = cell(column);
            if text.is_empty() {
                Err(Reason::Missing(column))
            } else {
                Ok(text)
            }
        };

        let date_text = required(Column::Date)?;
        let date: NaiveDate = crate::text::parse_date(date_text)
            .ok_or_else(|| Reason::BadDate(date_text.to_owned()))?;
        let partner = match &self.forced {
            Some(id) => id.clone(),
            None => {
                let text = required(Column::Partner)?;
                (*self
                    .partners
                    .get(&words::key(text))
                    .ok_or_else(|| Reason::UnknownPartner(text.to_owned()))?)
                .clone()
            }
        };
        let channel_text = required(Column::Channel)?;
        let channel: Channel = words::channel(channel_text)
            .ok_or_else(|| Reason::UnknownChannel(channel_text.to_owned()))?;
        let title = required(Column::Title)?.to_owned();
        let target_group = match cell(Column::TargetGroup) {
            "" => None,
            text => Some(
                words::target_group(text)
                    .ok_or_else(|| Reason::UnknownTargetGroup(text.to_owned()))?,
            ),
        };
        let number = |column| {
            let text = cell(column);
            values::count(text).map_err(|bad| match bad {
                values::BadCount::Negative => Reason::Negative {
                    column,
                    text: text.to_owned(),
                },
                values::BadCount::NotAWholeNumber => Reason::BadNumber {
                    column,
                    text: text.to_owned(),
                },
            })
        };
        let reach = number(Column::Reach)?.unwrap_or(0);
        let participants = number(Column::Participants)?;
        let language = match cell(Column::Language) {
            "" => None,
            text => {
                Some(words::language(text).ok_or_else(|| Reason::BadLanguage(text.to_owned()))?)
            }
        };
        let activity = match cell(Column::Activity) {
            "" => None,
            text => {
                let id =
                    values::activity(text).ok_or_else(|| Reason::BadActivity(text.to_owned()))?;
                if self.index.campaign_of(id).is_none() {
                    return Err(Reason::UnknownActivity(id));
                }
                Some(id)
            }
        };
        let link = Some(cell(Column::Link).to_owned()).filter(|l| !l.is_empty());
        let entry = LogEntry {
            id: EntryId(0),
            date,
            partner,
            activity,
            channel,
            title,
            target_group,
            reach,
            participants,
            language,
            link,
            notes: cell(Column::Notes).to_owned(),
        };
        validate::entry(&self.index, &entry).map_err(Reason::Refused)?;
        Ok(entry)
    }

    /// The entry or earlier row this one repeats, if any.
    fn duplicate(&self, entry: &LogEntry, rows: &[Row]) -> Option<Duplicate> {
        self.seen
            .get(&key(&self.hasher, entry))?
            .iter()
            .find_map(|seen| match *seen {
                Seen::Entry(i) => {
                    let other = &self.plan.log[i];
                    other
                        .same_report(entry)
                        .then_some(Duplicate::Entry(other.id))
                }
                Seen::Row(i) => {
                    let other = &rows[i];
                    other
                        .entry
                        .same_report(entry)
                        .then_some(Duplicate::Line(other.line))
                }
            })
    }

    fn remember(&mut self, entry: &LogEntry, row: usize) {
        self.seen
            .entry(key(&self.hasher, entry))
            .or_default()
            .push(Seen::Row(row));
    }
}

/// A hash of what [`LogEntry::same_report`] compares.
fn key(hasher: &RandomState, entry: &LogEntry) -> u64 {
    hasher.hash_one((
        &entry.partner,
        entry.date,
        entry.channel,
        entry.link.as_deref(),
        entry.title.trim(),
    ))
}
