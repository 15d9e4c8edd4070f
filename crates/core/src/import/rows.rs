//! One row of cells to a log entry, against the plan: the partner, the
//! vocabulary words, dates, counts and the activity; and whether the log
//! (or an earlier row) has the same report already.

use std::cell::RefCell;
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
use crate::value::Lang;
use crate::vocab::{Channel, TargetGroup};

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

/// Files with fewer rows than this are read on one thread.
const PARALLEL_FROM: usize = 2_000;

/// Lookups already made for this file, by the cell's text as read: the
/// value, or `None` when nothing (known or mapped) matched. The answers
/// depend only on the text, the plan and the [`Options`], which do not
/// change while a file is read; so a log of 50,000 rows naming a dozen
/// partners and channels folds and looks up each word once per thread,
/// not once per row.
#[derive(Default)]
struct Memo<'a> {
    partners: HashMap<String, Option<&'a PartnerId>>,
    channels: HashMap<String, Option<Channel>>,
    target_groups: HashMap<String, Option<TargetGroup>>,
    languages: HashMap<String, Option<Lang>>,
}

/// The answer for `text` in `memo`, looked up with `find` the first time.
fn remembered<T: Clone>(
    memo: &mut HashMap<String, Option<T>>,
    text: &str,
    find: impl FnOnce(&str) -> Option<T>,
) -> Option<T> {
    if let Some(found) = memo.get(text) {
        return found.clone();
    }
    let found = find(text);
    memo.insert(text.to_owned(), found.clone());
    found
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

    /// A vocabulary word: as known, else as mapped for this file (each
    /// text looked up once, in `memo`).
    fn word<T: Clone>(
        &self,
        memos: &RefCell<Memo<'a>>,
        text: &str,
        vocab: Vocab,
        memo: for<'m> fn(&'m mut Memo<'a>) -> &'m mut HashMap<String, Option<T>>,
        known: impl FnOnce(&str) -> Option<T>,
        mapped: impl FnOnce(&Mapping, &str) -> Option<T>,
    ) -> Result<T, Reason> {
        let mut memos = memos.borrow_mut();
        remembered(memo(&mut memos), text, |text| {
            known(text).or_else(|| mapped(self.mapping, &words::key(text)))
        })
        .ok_or_else(|| Reason::Unknown {
            vocab,
            text: text.to_owned(),
        })
    }

    /// The partner a cell names: by id, short name or name (each text
    /// looked up once).
    fn partner(&self, memos: &RefCell<Memo<'a>>, text: &str) -> Option<&'a PartnerId> {
        let partners = &self.partners;
        remembered(&mut memos.borrow_mut().partners, text, |text| {
            partners.get(&words::key(text)).copied()
        })
    }

    /// Each record read as a log entry, in order: `None` for the records
    /// `keep` passes over, else the entry with its [`Self::key`] or why the
    /// row is refused. A large file is read on two threads, each half with
    /// its own lookups.
    pub fn rows(
        &self,
        layout: &Layout,
        records: &[Record],
        keep: impl Fn(&Record) -> bool + Sync,
    ) -> Vec<Option<Result<(LogEntry, u64), Reason>>> {
        let read = |records: &[Record]| -> Vec<_> {
            let memo = RefCell::default();
            records
                .iter()
                .map(|record| {
                    keep(record).then(|| {
                        let entry = self.row(&memo, layout, record)?;
                        let key = self.key(&entry);
                        Ok((entry, key))
                    })
                })
                .collect()
        };
        if records.len() < PARALLEL_FROM {
            return read(records);
        }
        let (first, rest) = records.split_at(records.len() / 2);
        std::thread::scope(|scope| {
            let rest = scope.spawn(|| read(rest));
            let mut out = Vec::with_capacity(records.len());
            out.extend(read(first));
            out.extend(
                rest.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
            out
        })
    }

    fn row(
        &self,
        memo: &RefCell<Memo<'a>>,
        layout: &Layout,
        record: &Record,
    ) -> Result<LogEntry, Reason> {
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
                self.partner(memo, &text)
                    .ok_or_else(|| Reason::UnknownPartner(text.into_owned()))?
                    .clone()
            }
        };
        let channel: Channel = self.word(
            memo,
            &required(Column::Channel)?,
            Vocab::Channel,
            |memo| &mut memo.channels,
            words::channel,
            |m, k| m.channels.get(k).copied(),
        )?;
        let title = required(Column::Title)?.into_owned();
        let target_group = match &*cell(Column::TargetGroup) {
            "" => None,
            text => Some(self.word(
                memo,
                text,
                Vocab::TargetGroup,
                |memo| &mut memo.target_groups,
                words::target_group,
                |m, k| m.target_groups.get(k).copied(),
            )?),
        };
        let number = |column| {
            // A number cell holding a whole number is the count itself:
            // what reading its text ("1200") would give, without writing
            // and reading the text.
            if let Cell::Number(n) = *corrected(column)
                && n.fract() == 0.0
                && (0.0..1e15).contains(&n)
            {
                return Ok(Some(n as u64));
            }
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
            text => Some(self.word(
                memo,
                text,
                Vocab::Language,
                |memo| &mut memo.languages,
                words::language,
                |m, k| m.languages.get(k).cloned(),
            )?),
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

    /// A hash of what makes `entry` the same report as another, for
    /// [`Self::duplicate`] and [`Self::remember`].
    pub fn key(&self, entry: &LogEntry) -> u64 {
        key(&self.hasher, entry)
    }

    /// The entry or earlier row this one (whose [`Self::key`] is `key`)
    /// repeats, if any.
    pub fn duplicate(&self, key: u64, entry: &LogEntry, rows: &[Row]) -> Option<Duplicate> {
        self.seen.get(&key)?.iter().find_map(|seen| match *seen {
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

    /// Notes that row number `row` of the preview has the [`Self::key`]
    /// `key`.
    pub fn remember(&mut self, key: u64, row: usize) {
        self.seen.entry(key).or_default().push(Seen::Row(row));
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

#[cfg(test)]
mod tests {
    use crate::import::cells::{Cell, Record};
    use crate::import::{self, Column, Format, Options, Reason, Sheet, Source, Vocab};
    use crate::vocab::Channel;

    fn text(t: &str) -> Cell {
        Cell::Text(t.into())
    }

    /// Words met again in later rows, and number cells, read as a row of
    /// their own would be.
    #[test]
    fn repeated_words_and_number_cells_read_as_on_their_own() {
        let plan = crate::sample::plan().unwrap();
        let header = ["date", "partner", "channel", "title", "reach"].map(text);
        let row = |line: u64, partner: &str, channel: &str, title: &str, reach: Cell| Record {
            line,
            cells: vec![
                text("2018-03-05"),
                text(partner),
                text(channel),
                text(title),
                reach,
            ],
        };
        let rows = vec![
            Record {
                line: 1,
                cells: header.to_vec(),
            },
            row(2, "VEN", "Press", "a", Cell::Number(1200.0)),
            row(3, "ven", " PRESS ", "b", Cell::Number(-0.0)),
            row(4, "VEN", "Piccione", "c", Cell::Number(1.0)),
            row(5, "VEN", "Piccione", "d", Cell::Number(1.0)),
            row(6, "Nobody", "Press", "e", Cell::Number(1.0)),
            row(7, "Nobody", "Press", "f", Cell::Number(1.0)),
            row(8, "VEN", "Press", "g", Cell::Number(-5.0)),
            row(9, "VEN", "Press", "h", Cell::Number(12.5)),
            row(10, "VEN", "Press", "i", text("1.200")),
        ];
        let source = Source {
            format: Format::Xlsx,
            sheets: vec![Sheet {
                name: Some("Log".into()),
                rows,
            }],
        };
        let preview = import::read_source(&source, &plan, &Options::default()).unwrap();
        let added: Vec<(u64, Channel, u64)> = preview
            .rows
            .iter()
            .map(|r| (r.line, r.entry.channel, r.entry.reach))
            .collect();
        assert_eq!(
            added,
            [
                (2, Channel::Press, 1200),
                (3, Channel::Press, 0),
                (10, Channel::Press, 1200)
            ]
        );
        assert_eq!(preview.unknown.len(), 1);
        assert_eq!(preview.unknown[0].vocab, Vocab::Channel);
        assert_eq!(preview.unknown[0].rows, 2);
        let reasons: Vec<(u64, Reason)> = preview
            .rejected
            .iter()
            .map(|r| (r.line, r.reason.clone()))
            .collect();
        let unknown = |line| {
            (
                line,
                Reason::Unknown {
                    vocab: Vocab::Channel,
                    text: "Piccione".into(),
                },
            )
        };
        let nobody = |line| (line, Reason::UnknownPartner("Nobody".into()));
        assert_eq!(
            reasons,
            [
                unknown(4),
                unknown(5),
                nobody(6),
                nobody(7),
                (
                    8,
                    Reason::Negative {
                        column: Column::Reach,
                        text: "-5".into()
                    }
                ),
                (
                    9,
                    Reason::BadNumber {
                        column: Column::Reach,
                        text: "12.5".into()
                    }
                ),
            ]
        );
    }
}
