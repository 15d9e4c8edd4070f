//! One row of cells to a log entry, against the plan: the partner, the
//! vocabulary words, dates, counts and the activity; and whether the log
//! (or an earlier row) has the same report already.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};

use chrono::NaiveDate;

use super::cells::{Cell, Record};
use super::columns::Column;
use super::dates::{self, ColumnOrder, DateProblem};
use super::header::Layout;
use super::reason::Reason;
use super::{Duplicate, Mapping, Options, Row, Vocab, values, words};
use crate::ids::{EntryId, PartnerId};
use crate::log::LogEntry;
use crate::plan::Plan;
use crate::validate::{self, Lookup};
use crate::vocab::Channel;

/// What reading rows needs to know about the plan, looked up once.
pub(super) struct Reading<'a> {
    plan: &'a Plan,
    index: validate::Index<'a>,
    partners: HashMap<String, &'a PartnerId>,
    forced: Option<PartnerId>,
    mapping: &'a Mapping,
    corrections: &'a std::collections::BTreeMap<(u64, Column), String>,
    /// Are rows shorter than the header refused (CSV)?
    pub strict_width: bool,
    /// The order of day and month in the date column's text.
    pub order: ColumnOrder,
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
    pub fn new(plan: &'a Plan, options: &'a Options, order: ColumnOrder) -> Self {
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
            mapping: &options.mapping,
            corrections: &options.corrections,
            strict_width: false,
            order: options.date_order.map_or(order, ColumnOrder::Known),
            hasher,
            seen,
        }
    }

    fn date(&self, cell: &Cell) -> Result<NaiveDate, Reason> {
        match cell {
            Cell::Date(at) => Ok(at.date()),
            Cell::Number(serial) => {
                dates::serial(*serial).ok_or_else(|| Reason::BadDate(cell.text().into_owned()))
            }
            Cell::Empty => Err(Reason::Missing(Column::Date)),
            Cell::Text(_) => {
                let text = cell.text();
                dates::parse(&text, self.order).map_err(|problem| match problem {
                    DateProblem::Bad => Reason::BadDate(text.into_owned()),
                    DateProblem::Ambiguous => Reason::AmbiguousDate(text.into_owned()),
                })
            }
        }
    }

    /// A vocabulary word: as known, else as mapped for this file.
    fn word<T>(
        &self,
        text: &str,
        vocab: Vocab,
        known: impl Fn(&str) -> Option<T>,
        mapped: impl Fn(&Mapping, &str) -> Option<T>,
    ) -> Result<T, Reason> {
        known(text)
            .or_else(|| mapped(self.mapping, &words::key(text)))
            .ok_or_else(|| Reason::Unknown {
                vocab,
                text: text.to_owned(),
            })
    }

    pub fn row(&self, layout: &Layout, record: &Record) -> Result<LogEntry, Reason> {
        // A CSV line with fewer fields than the header lost a separator; a
        // workbook's row simply ends at its last filled cell.
        if self.strict_width && record.cells.len() < layout.width {
            return Err(Reason::TooFewColumns {
                found: record.cells.len(),
                expected: layout.width,
            });
        }
        let found = record.width();
        if found > layout.width {
            return Err(Reason::TooManyColumns {
                found,
                expected: layout.width,
            });
        }
        // A cell corrected in the preview replaces the file's.
        let corrected = |column: Column| -> std::borrow::Cow<'_, Cell> {
            match self.corrections.get(&(record.line, column)) {
                Some(text) => std::borrow::Cow::Owned(Cell::Text(text.clone())),
                None => std::borrow::Cow::Borrowed(layout.cell(record, column)),
            }
        };
        let cell = |column| -> std::borrow::Cow<'_, str> {
            match corrected(column) {
                std::borrow::Cow::Borrowed(cell) => cell.text(),
                std::borrow::Cow::Owned(cell) => std::borrow::Cow::Owned(cell.text().into_owned()),
            }
        };
        let required = |column| {
            let text = cell(column);
            if text.is_empty() {
                Err(Reason::Missing(column))
            } else {
                Ok(text)
            }
        };

        let date = self.date(&corrected(Column::Date))?;
        let partner = match &self.forced {
            Some(id) => id.clone(),
            None => {
                let text = required(Column::Partner)?;
                (*self
                    .partners
                    .get(&words::key(&text))
                    .ok_or_else(|| Reason::UnknownPartner(text.into_owned()))?)
                .clone()
            }
        };
        let channel: Channel = self.word(
            &required(Column::Channel)?,
            Vocab::Channel,
            words::channel,
            |m, k| m.channels.get(k).copied(),
        )?;
        let title = required(Column::Title)?.into_owned();
        let target_group = match &*cell(Column::TargetGroup) {
            "" => None,
            text => Some(
                self.word(text, Vocab::TargetGroup, words::target_group, |m, k| {
                    m.target_groups.get(k).copied()
                })?,
            ),
        };
        let number = |column| {
            let text = cell(column);
            values::count(&text).map_err(|bad| match bad {
                values::BadCount::Negative => Reason::Negative {
                    column,
                    text: text.into_owned(),
                },
                values::BadCount::NotAWholeNumber => Reason::BadNumber {
                    column,
                    text: text.into_owned(),
                },
            })
        };
        let reach = number(Column::Reach)?.unwrap_or(0);
        let participants = number(Column::Participants)?;
        let language = match &*cell(Column::Language) {
            "" => None,
            text => Some(self.word(text, Vocab::Language, words::language, |m, k| {
                m.languages.get(k).cloned()
            })?),
        };
        let activity = match &*cell(Column::Activity) {
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
        let link = Some(cell(Column::Link).into_owned()).filter(|l| !l.is_empty());
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
            notes: cell(Column::Notes).into_owned(),
        };
        validate::entry(&self.index, &entry).map_err(Reason::Refused)?;
        Ok(entry)
    }

    /// The entry or earlier row this one repeats, if any.
    pub fn duplicate(&self, entry: &LogEntry, rows: &[Row]) -> Option<Duplicate> {
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

    pub fn remember(&mut self, entry: &LogEntry, row: usize) {
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
