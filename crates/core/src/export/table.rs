//! The plan's tables as typed cells, for the CSV and XLSX writers: a
//! header and rows of text, dates and numbers. Without a language the
//! table is the machine form (stable English column names, vocabulary
//! slugs) that the importers read back; with one, headers and vocabulary
//! values are in that language.

use std::ops::Range;

use chrono::NaiveDate;

use super::Scope;
use super::csv::{LIST_SEPARATOR, Table};
use super::words;
use crate::activity::When;
use crate::i18n::Strings;
use crate::indicators::series::Figures;
use crate::plan::Plan;

/// One cell of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Text(String),
    /// A day, written as a date cell in a workbook, ISO 8601 in CSV.
    Date(NaiveDate),
    /// A count, written as a number cell.
    Number(u64),
    /// A fraction (progress), written as a percentage cell.
    Ratio(f64),
    Empty,
}

impl Field {
    /// The cell as CSV text: ISO dates, plain numbers.
    pub fn text(&self) -> String {
        match self {
            Field::Text(text) => text.clone(),
            Field::Date(day) => day.format("%Y-%m-%d").to_string(),
            Field::Number(n) => n.to_string(),
            Field::Ratio(r) => format!("{:.1}%", r * 100.0),
            Field::Empty => String::new(),
        }
    }
}

/// A table ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Field>>,
}

/// A six-month reporting period of the project: its number (1 for the
/// first), first and last day, and the project months it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportPeriod {
    pub number: usize,
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub months: Range<usize>,
}

/// The project's reporting periods, as the project sets them (see
/// [`crate::period`]). The one place exports take periods from.
pub fn periods(plan: &Plan) -> Vec<ReportPeriod> {
    crate::period::of(&plan.project)
        .into_iter()
        .map(|p| ReportPeriod {
            number: p.index + 1,
            first: p.start,
            last: p.end,
            months: p.months,
        })
        .collect()
}

fn text(value: impl ToString) -> Field {
    Field::Text(value.to_string())
}

fn opt<T: ToString>(value: Option<T>) -> Field {
    value.map_or(Field::Empty, |v| Field::Text(v.to_string()))
}

fn list<T: ToString>(values: impl IntoIterator<Item = T>) -> Field {
    let joined = values
        .into_iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR);
    if joined.is_empty() {
        Field::Empty
    } else {
        Field::Text(joined)
    }
}

/// How vocabulary values are written: slugs, or words of a language
/// (looked up once per table, not once per row).
struct Words<'a> {
    strings: Option<&'a Strings>,
    channels: Vec<String>,
    groups: Vec<String>,
}

impl<'a> Words<'a> {
    fn new(strings: Option<&'a Strings>) -> Self {
        let channels = crate::vocab::Channel::ALL
            .iter()
            .map(|c| strings.map_or(c.slug().to_owned(), |s| words::channel(s, *c)))
            .collect();
        let groups = crate::vocab::TargetGroup::ALL
            .iter()
            .map(|g| strings.map_or(g.slug().to_owned(), |s| words::target_group(s, *g)))
            .collect();
        Self {
            strings,
            channels,
            groups,
        }
    }
    fn kind(&self, v: crate::vocab::Kind) -> String {
        self.strings
            .map_or(v.slug().to_owned(), |s| words::kind(s, v))
    }
    fn status(&self, v: crate::vocab::Status) -> String {
        self.strings
            .map_or(v.slug().to_owned(), |s| words::status(s, v))
    }
    fn deliverable_status(&self, v: crate::vocab::DeliverableStatus) -> String {
        self.strings
            .map_or(v.slug().to_owned(), |s| words::deliverable_status(s, v))
    }
    fn role(&self, v: crate::vocab::Role) -> String {
        self.strings
            .map_or(v.slug().to_owned(), |s| words::role(s, v))
    }
    fn channel(&self, v: crate::vocab::Channel) -> String {
        let at = crate::vocab::Channel::ALL.iter().position(|c| *c == v);
        at.and_then(|i| self.channels.get(i))
            .cloned()
            .unwrap_or_else(|| v.slug().to_owned())
    }
    fn group(&self, v: crate::vocab::TargetGroup) -> String {
        let at = crate::vocab::TargetGroup::ALL.iter().position(|g| *g == v);
        at.and_then(|i| self.groups.get(i))
            .cloned()
            .unwrap_or_else(|| v.slug().to_owned())
    }
}

/// A table of the plan: every row in `scope`, in the plan's order.
/// `strings` translates the header and vocabulary values; `None` writes
/// the machine form.
pub fn grid(plan: &Plan, scope: &Scope, table: Table, strings: Option<&Strings>) -> Grid {
    let header = table
        .header()
        .iter()
        .map(|name| match strings {
            Some(s) => super::headers::header(s, name),
            None => (*name).to_owned(),
        })
        .collect();
    let w = Words::new(strings);
    let involves = |id: &crate::PartnerId| scope.partner.as_ref().is_none_or(|p| p == id);
    let rows = match table {
        Table::Activities => plan
            .activities
            .iter()
            .filter(|a| scope.activity(a, plan.project.end))
            .map(|a| {
                let (start_time, end_time, zone) = match &a.when {
                    When::Days { .. } => (Field::Empty, Field::Empty, Field::Empty),
                    When::Timed { start, end, zone } => (
                        text(start.format("%H:%M")),
                        text(end.format("%H:%M")),
                        text(zone.name()),
                    ),
                };
                let end_day = match &a.when {
                    When::Days { end, .. } => *end,
                    When::Timed { end, .. } => end.date(),
                };
                let repeat = a.recurrence.as_ref();
                vec![
                    text(a.id),
                    text(&a.title),
                    text(w.kind(a.kind)),
                    text(w.status(a.status)),
                    text(&a.responsible),
                    list(&a.contributors),
                    opt(a.work_package.as_ref()),
                    Field::Date(a.when.start_date()),
                    Field::Date(end_day),
                    start_time,
                    end_time,
                    zone,
                    repeat.map_or(Field::Empty, |r| Field::Number(u64::from(r.every))),
                    opt(repeat.map(|r| r.unit.slug())),
                    repeat
                        .and_then(|r| r.until)
                        .map_or(Field::Empty, Field::Date),
                    list(
                        repeat
                            .into_iter()
                            .flat_map(|r| r.weekdays.iter())
                            .map(|d| crate::recurrence::words::weekday_key(*d)),
                    ),
                    opt(repeat.and_then(|r| r.nth)),
                    repeat
                        .and_then(|r| r.count)
                        .map_or(Field::Empty, |c| Field::Number(u64::from(c))),
                    list(
                        repeat
                            .into_iter()
                            .flat_map(|r| r.skipped.iter())
                            .map(|d| d.format("%Y-%m-%d")),
                    ),
                    list(repeat.into_iter().flat_map(|r| r.moved.iter()).map(|m| {
                        format!(
                            "{}={}",
                            m.from.format("%Y-%m-%d"),
                            m.when.start_date().format("%Y-%m-%d")
                        )
                    })),
                    text(&a.location.venue),
                    text(&a.location.city),
                    opt(a.location.country.as_ref()),
                    opt(a.location.online.as_ref()),
                    opt(a.channel.map(|c| w.channel(c))),
                    list(a.target_groups.iter().map(|t| w.group(*t))),
                    list(&a.languages),
                    opt(a.registration.as_ref()),
                    opt(a.campaign),
                    text(&a.notes),
                    Field::Number(u64::from(a.sequence)),
                    opt(a.modified.map(|m| m.format("%Y-%m-%dT%H:%M:%SZ"))),
                ]
            })
            .collect(),
        Table::Deliverables => plan
            .deliverables
            .iter()
            .filter(|d| scope.deliverable(d))
            .map(|d| {
                vec![
                    text(d.id),
                    text(&d.code),
                    text(&d.title),
                    text(&d.work_package),
                    text(&d.lead),
                    list(&d.contributors),
                    Field::Date(d.due),
                    text(w.deliverable_status(d.status)),
                    d.submitted.map_or(Field::Empty, Field::Date),
                    opt(d.link.as_ref()),
                ]
            })
            .collect(),
        Table::Dissemination => plan
            .log
            .iter()
            .filter(|e| involves(&e.partner) && scope.day(e.date))
            .map(|e| {
                vec![
                    Field::Date(e.date),
                    text(&e.partner),
                    text(w.channel(e.channel)),
                    text(&e.title),
                    opt(e.target_group.map(|t| w.group(t))),
                    Field::Number(e.reach),
                    e.participants.map_or(Field::Empty, Field::Number),
                    opt(e.language.as_ref()),
                    opt(e.link.as_ref()),
                    text(&e.notes),
                    opt(e.activity),
                ]
            })
            .collect(),
        Table::Partners => plan
            .partners
            .iter()
            .filter(|p| involves(&p.id))
            .map(|p| {
                vec![
                    text(&p.id),
                    text(&p.name),
                    text(&p.short_name),
                    text(&p.country),
                    text(w.role(p.role)),
                    text(&p.contact_name),
                    text(&p.contact_email),
                    list(&p.languages),
                    text(p.color),
                ]
            })
            .collect(),
        Table::IndicatorsByPeriod => indicators_by_period(plan),
        Table::IndicatorsByPartner => indicators_by_partner(plan, scope),
    };
    Grid { header, rows }
}

fn ratio(actual: u64, target: u64) -> Field {
    if target == 0 {
        Field::Empty
    } else {
        Field::Ratio(actual as f64 / target as f64)
    }
}

/// One row per indicator and reporting period, then one for the whole
/// project (period left empty).
fn indicators_by_period(plan: &Plan) -> Vec<Vec<Field>> {
    let figures = Figures::compute(plan);
    let periods = periods(plan);
    let mut rows = Vec::new();
    for (index, indicator) in plan.indicators.iter().enumerate() {
        let mut running = 0u64;
        for period in &periods {
            let actual = figures.total(index, period.months.clone());
            running = running.saturating_add(actual);
            rows.push(vec![
                text(&indicator.code),
                text(&indicator.name),
                text(&indicator.unit),
                text(format!("P{}", period.number)),
                Field::Date(period.first),
                Field::Date(period.last),
                Field::Number(actual),
                Field::Number(running),
                Field::Number(indicator.target),
                ratio(running, indicator.target),
            ]);
        }
    }
    rows
}

/// One row per indicator and partner over the whole project.
fn indicators_by_partner(plan: &Plan, scope: &Scope) -> Vec<Vec<Field>> {
    let figures = Figures::compute(plan);
    let months = 0..Figures::months_of(plan);
    let mut rows = Vec::new();
    for (index, indicator) in plan.indicators.iter().enumerate() {
        let shares = figures.by_partner(index, months.clone());
        for (partner, actual) in figures.partners.iter().zip(shares) {
            if scope.partner.as_ref().is_some_and(|p| p != partner) {
                continue;
            }
            let target = indicator.partner_targets.get(partner).copied();
            rows.push(vec![
                text(&indicator.code),
                text(&indicator.name),
                text(&indicator.unit),
                text(partner),
                Field::Number(actual),
                target.map_or(Field::Empty, Field::Number),
                target.map_or(Field::Empty, |t| ratio(actual, t)),
            ]);
        }
    }
    rows
}
