//! Which log entries the table shows, in which order, and their totals:
//! computed once per change of the log, the filter or the sort, never per
//! frame.

use chrono::NaiveDate;

use crate::widget::sort::{self, Sortable};
use commplan_core::text::{fold, fold_into, parse_date};
use commplan_core::vocab::{Channel, TargetGroup};
use commplan_core::{LogEntry, PartnerId, Plan};

/// What the table is narrowed to. Empty fields mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub partner: Option<PartnerId>,
    pub channel: Option<Channel>,
    pub group: Option<TargetGroup>,
    /// Dates as typed; one that cannot be read narrows nothing (and the
    /// field says so).
    pub from: String,
    pub to: String,
    pub text: String,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    pub fn from_date(&self) -> Option<NaiveDate> {
        parse_date(&self.from)
    }

    pub fn to_date(&self) -> Option<NaiveDate> {
        parse_date(&self.to)
    }

    fn matches(&self, entry: &LogEntry, words: &[String]) -> bool {
        self.partner.as_ref().is_none_or(|p| *p == entry.partner)
            && self.channel.is_none_or(|c| c == entry.channel)
            && self.group.is_none_or(|g| entry.target_group == Some(g))
            && self.from_date().is_none_or(|from| entry.date >= from)
            && self.to_date().is_none_or(|to| entry.date <= to)
            && (words.is_empty() || {
                let hay = haystack(entry);
                words.iter().all(|w| hay.contains(w.as_str()))
            })
    }
}

fn haystack(entry: &LogEntry) -> String {
    let mut hay = String::with_capacity(entry.title.len() + entry.notes.len() + 16);
    fold_into(&mut hay, &entry.title);
    hay.push(' ');
    fold_into(&mut hay, &entry.notes);
    if let Some(link) = &entry.link {
        hay.push(' ');
        fold_into(&mut hay, link);
    }
    hay
}

/// The columns the table sorts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Column {
    #[default]
    Date,
    Partner,
    Channel,
    Group,
    Title,
    Reach,
    Participants,
}

impl Sortable for Column {
    /// Dates newest first and figures largest first; the rest ascending.
    fn descending_first(self) -> bool {
        matches!(self, Column::Date | Column::Reach | Column::Participants)
    }
}

/// A column and a direction: newest first until a heading is clicked.
pub type Sort = sort::Sort<Column>;

/// The rows to show (positions in `plan.log`) and what they add up to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shown {
    pub rows: Vec<u32>,
    pub reach: u64,
    pub participants: u64,
}

impl Shown {
    pub fn new(plan: &Plan, filter: &Filter, sort: Sort) -> Self {
        let words: Vec<String> = filter.text.split_whitespace().map(fold).collect();
        let mut rows: Vec<u32> = plan
            .log
            .iter()
            .enumerate()
            .filter(|(_, e)| filter.matches(e, &words))
            .filter_map(|(i, _)| u32::try_from(i).ok())
            .collect();
        let entry = |i: &u32| &plan.log[*i as usize];
        match sort.column {
            Column::Date => rows.sort_by_key(|i| (entry(i).date, entry(i).id)),
            Column::Partner => rows.sort_by(|a, b| entry(a).partner.cmp(&entry(b).partner)),
            Column::Channel => rows.sort_by_key(|i| entry(i).channel),
            Column::Group => rows.sort_by_key(|i| entry(i).target_group),
            Column::Title => rows.sort_by_cached_key(|i| entry(i).title.to_lowercase()),
            Column::Reach => rows.sort_by_key(|i| entry(i).reach),
            Column::Participants => rows.sort_by_key(|i| entry(i).participants),
        }
        if sort.descending {
            rows.reverse();
        }
        let (reach, participants) = rows.iter().map(entry).fold((0u64, 0u64), |(r, p), e| {
            (
                r.saturating_add(e.reach),
                p.saturating_add(e.participants.unwrap_or(0)),
            )
        });
        Shown {
            rows,
            reach,
            participants,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use commplan_core::sample;

    #[test]
    fn filters_combine_and_totals_follow_what_is_shown() {
        let plan = sample::plan().unwrap();
        let all = Shown::new(&plan, &Filter::default(), Sort::default());
        assert_eq!(all.rows.len(), plan.log.len());
        let reach: u64 = plan.log.iter().map(|e| e.reach).sum();
        assert_eq!(all.reach, reach);

        let ven = Filter {
            partner: Some(PartnerId::new("VEN")),
            ..Filter::default()
        };
        let shown = Shown::new(&plan, &ven, Sort::default());
        assert!(!shown.rows.is_empty() && shown.rows.len() < plan.log.len());
        assert!(
            shown
                .rows
                .iter()
                .all(|i| plan.log[*i as usize].partner.as_str() == "VEN")
        );
        assert!(shown.reach < all.reach);

        let mut narrower = ven.clone();
        narrower.from = "2018-01-01".into();
        narrower.to = "31.12.2018".into();
        let in_2018 = Shown::new(&plan, &narrower, Sort::default());
        assert!(in_2018.rows.len() < shown.rows.len());
        assert!(in_2018.rows.iter().all(|i| {
            let d = plan.log[*i as usize].date;
            d >= NaiveDate::from_ymd_opt(2018, 1, 1).unwrap()
                && d <= NaiveDate::from_ymd_opt(2018, 12, 31).unwrap()
        }));

        let mut unreadable = ven;
        unreadable.from = "soon".into();
        assert_eq!(
            Shown::new(&plan, &unreadable, Sort::default()).rows.len(),
            shown.rows.len(),
            "a date that cannot be read narrows nothing"
        );
    }

    #[test]
    fn sorting_by_reach_both_ways() {
        let plan = sample::plan().unwrap();
        let sort = Sort::default().toggled(Column::Reach);
        assert!(sort.descending, "largest first on a first click");
        let down = Shown::new(&plan, &Filter::default(), sort);
        let reach = |i: &u32| plan.log[*i as usize].reach;
        assert!(down.rows.windows(2).all(|w| reach(&w[0]) >= reach(&w[1])));
        let up = Shown::new(&plan, &Filter::default(), sort.toggled(Column::Reach));
        assert!(up.rows.windows(2).all(|w| reach(&w[0]) <= reach(&w[1])));
    }
}
