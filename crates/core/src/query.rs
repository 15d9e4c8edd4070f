//! Calendar queries: which occurrences and deadlines fall in a range of
//! days, under a filter.
//!
//! An [`Index`] is built once per plan change (and per display zone): every
//! activity's occurrences, recurrences expanded, sorted by their first day,
//! with conflicts marked. A query then finds a month, a week or a timeline
//! window by binary search, so it stays fast on plans with thousands of
//! activities.

mod filter;

pub use filter::{Facet, Filter, haystack};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use super::activity::{Activity, When, to_utc};
use super::plan::Plan;
use super::recurrence;

/// Occurrences longer than this many days are kept apart and checked one
/// by one, so the binary search only needs to look this far back.
const LONG_DAYS: i64 = 35;

/// One occurrence of an activity as the calendar shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// The activity's position in `plan.activities`.
    pub activity: u32,
    /// Which repetition (0 for the first or only one).
    pub step: u32,
    /// Start and end as shown: whole-day items at midnight of their first
    /// and last day; timed items in the display zone (or their own).
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    /// The first and last day it covers (inclusive).
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub all_day: bool,
    /// Overlaps another timed item of the same responsible partner.
    pub conflict: bool,
    /// Lies (partly) outside the project's dates.
    pub outside: bool,
    /// Start and end in UTC seconds, for timed items (0 for whole days).
    pub utc: (i64, i64),
}

impl Span {
    /// Days it covers, at least 1.
    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    #[allow(clippy::type_complexity)]
    fn order(
        &self,
    ) -> (
        NaiveDate,
        std::cmp::Reverse<NaiveDate>,
        bool,
        NaiveDateTime,
        u32,
        u32,
    ) {
        (
            self.first,
            std::cmp::Reverse(self.last),
            !self.all_day,
            self.start,
            self.activity,
            self.step,
        )
    }
}

/// What a range query found.
#[derive(Debug, Default)]
pub struct Found<'i> {
    /// The occurrences that pass the filter, by first day (longer first),
    /// whole-day before timed, then by start time.
    pub spans: Vec<&'i Span>,
    /// Occurrences in the range that the filter hides.
    pub hidden: usize,
    /// Deliverables due in the range that pass the filter (positions in
    /// `plan.deliverables`), by due date.
    pub deadlines: Vec<u32>,
    /// Deadlines in the range that the filter hides.
    pub hidden_deadlines: usize,
}

/// Occurrences of a plan, sorted for range queries.
#[derive(Debug, Default)]
pub struct Index {
    zone: Option<Tz>,
    spans: Vec<Span>,
    long: Vec<Span>,
    /// The longest short span, in extra days.
    reach: i64,
    haystacks: Vec<String>,
    deadlines: Vec<(NaiveDate, u32)>,
    conflicts: usize,
    outside: usize,
}

/// Start and end as shown in `zone` (or the item's own zone), and in UTC.
fn shown(when: &When, zone: Option<Tz>) -> (NaiveDateTime, NaiveDateTime, (i64, i64)) {
    match when {
        When::Days { start, end } => (
            start.and_time(NaiveTime::MIN),
            end.and_time(NaiveTime::MIN),
            (0, 0),
        ),
        When::Timed {
            start,
            end,
            zone: own,
        } => {
            let (utc_start, utc_end) = (to_utc(*start, *own), to_utc(*end, *own));
            let utc = (utc_start.timestamp(), utc_end.timestamp());
            match zone {
                Some(zone) if zone != *own => (
                    utc_start.with_timezone(&zone).naive_local(),
                    utc_end.with_timezone(&zone).naive_local(),
                    utc,
                ),
                _ => (*start, *end, utc),
            }
        }
    }
}

/// The last day a timed item touches: one ending at midnight ends the day
/// before.
fn last_day(start: NaiveDateTime, end: NaiveDateTime) -> NaiveDate {
    if end > start && end.time() == NaiveTime::MIN {
        end.date().pred_opt().unwrap_or(end.date())
    } else {
        end.date().max(start.date())
    }
}

impl Index {
    /// Expands and sorts every occurrence of the plan. Times are shown in
    /// `zone`, or in each item's own zone when `None`.
    pub fn build(plan: &Plan, zone: Option<Tz>) -> Self {
        let project_end = plan.project.end;
        let mut spans = Vec::with_capacity(plan.activities.len() + plan.activities.len() / 4);
        for (i, a) in plan.activities.iter().enumerate() {
            let Ok(activity) = u32::try_from(i) else {
                break;
            };
            let mut push = |step: u32, when: &When| {
                let (start, end, utc) = shown(when, zone);
                let (first, last) = if when.is_all_day() {
                    (start.date(), end.date().max(start.date()))
                } else {
                    (start.date(), last_day(start, end))
                };
                spans.push(Span {
                    activity,
                    step,
                    start,
                    end,
                    first,
                    last,
                    all_day: when.is_all_day(),
                    conflict: false,
                    outside: first < plan.project.start || last > project_end,
                    utc,
                });
            };
            if a.recurrence.is_some() {
                for occurrence in recurrence::all(a, project_end) {
                    push(occurrence.step, &occurrence.when);
                }
            } else {
                push(0, &a.when);
            }
        }
        let conflicts = mark_conflicts(plan, &mut spans);
        let outside = spans.iter().filter(|s| s.outside).count();
        let (mut long, mut spans): (Vec<Span>, Vec<Span>) = spans
            .into_iter()
            .partition(|s| (s.last - s.first).num_days() > LONG_DAYS);
        spans.sort_by_cached_key(|s| s.order());
        long.sort_by_cached_key(|s| s.order());
        let reach = spans
            .iter()
            .map(|s| (s.last - s.first).num_days())
            .max()
            .unwrap_or(0);
        let mut deadlines: Vec<(NaiveDate, u32)> = plan
            .deliverables
            .iter()
            .enumerate()
            .filter_map(|(i, d)| Some((d.due, u32::try_from(i).ok()?)))
            .collect();
        deadlines.sort_unstable();
        Index {
            zone,
            spans,
            long,
            reach,
            haystacks: plan.activities.iter().map(haystack).collect(),
            deadlines,
            conflicts,
            outside,
        }
    }

    /// The zone times are shown in (`None`: each item's own).
    pub fn zone(&self) -> Option<Tz> {
        self.zone
    }

    /// How many occurrences there are, recurrences expanded.
    pub fn len(&self) -> usize {
        self.spans.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Occurrences in a conflict (same partner, overlapping times).
    pub fn conflicts(&self) -> usize {
        self.conflicts
    }

    /// Occurrences (partly) outside the project's dates.
    pub fn outside(&self) -> usize {
        self.outside
    }

    /// The first and last day any occurrence or deadline touches.
    pub fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        let firsts = self
            .spans
            .first()
            .map(|s| s.first)
            .into_iter()
            .chain(self.long.first().map(|s| s.first))
            .chain(self.deadlines.first().map(|d| d.0));
        let first = firsts.min()?;
        let last = self
            .spans
            .iter()
            .chain(self.long.iter())
            .map(|s| s.last)
            .chain(self.deadlines.last().map(|d| d.0))
            .max()?;
        Some((first, last))
    }

    /// Every occurrence touching `from..=to`, and the deadlines in it, under
    /// `filter`.
    pub fn query<'i>(
        &'i self,
        plan: &Plan,
        from: NaiveDate,
        to: NaiveDate,
        filter: &Filter,
    ) -> Found<'i> {
        let words = filter.words();
        let mut found = Found::default();
        let earliest = from - chrono::Duration::days(self.reach);
        let lo = self.spans.partition_point(|s| s.first < earliest);
        let hi = self.spans.partition_point(|s| s.first <= to);
        let short = self.spans[lo..hi.max(lo)].iter();
        let long = self.long.iter().take_while(|s| s.first <= to);
        let mut any_long = false;
        for (span, is_long) in short
            .map(|s| (s, false))
            .chain(long.map(|s| (s, true)))
            .filter(|(s, _)| s.last >= from)
        {
            let Some(a) = plan.activities.get(span.activity as usize) else {
                continue;
            };
            let hay = self
                .haystacks
                .get(span.activity as usize)
                .map_or("", String::as_str);
            if filter.matches(a, hay, &words) {
                any_long |= is_long;
                found.spans.push(span);
            } else {
                found.hidden += 1;
            }
        }
        if any_long {
            found.spans.sort_by_cached_key(|s| s.order());
        }
        let lo = self.deadlines.partition_point(|d| d.0 < from);
        let hi = self.deadlines.partition_point(|d| d.0 <= to);
        for (_, i) in &self.deadlines[lo..hi.max(lo)] {
            let Some(d) = plan.deliverables.get(*i as usize) else {
                continue;
            };
            if filter.matches_deliverable(d, &words) {
                found.deadlines.push(*i);
            } else {
                found.hidden_deadlines += 1;
            }
        }
        found
    }

    /// The occurrence `step` of the activity at `activity`, if indexed.
    pub fn span(&self, activity: u32, step: u32) -> Option<&Span> {
        self.spans
            .iter()
            .chain(self.long.iter())
            .find(|s| s.activity == activity && s.step == step)
    }

    /// The timed occurrences of the same responsible partner that overlap
    /// `span` (what makes it a conflict).
    pub fn overlapping<'i>(&'i self, plan: &Plan, span: &Span) -> Vec<&'i Span> {
        let Some(a) = plan.activities.get(span.activity as usize) else {
            return Vec::new();
        };
        if span.all_day {
            return Vec::new();
        }
        let day = chrono::Duration::days(1);
        self.query(plan, span.first - day, span.last + day, &Filter::default())
            .spans
            .into_iter()
            .filter(|s| {
                !s.all_day
                    && (s.activity, s.step) != (span.activity, span.step)
                    && s.utc.0 < span.utc.1
                    && span.utc.0 < s.utc.1
                    && plan
                        .activities
                        .get(s.activity as usize)
                        .is_some_and(|b| b.responsible == a.responsible && !b.status.is_cancelled())
            })
            .collect()
    }
}

/// Marks timed occurrences of the same responsible partner that overlap,
/// ignoring cancelled items. Returns how many are in a conflict.
fn mark_conflicts(plan: &Plan, spans: &mut [Span]) -> usize {
    let activity = |s: &Span| plan.activities.get(s.activity as usize);
    let mut timed: Vec<(&str, i64, i64, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let a: &Activity = activity(s)?;
            (!s.all_day && !a.status.is_cancelled()).then_some((
                a.responsible.as_str(),
                s.utc.0,
                s.utc.1,
                i,
            ))
        })
        .collect();
    timed.sort_unstable();
    let mut marked = vec![false; spans.len()];
    let mut current: Option<(&str, i64, usize)> = None;
    for (partner, start, end, i) in timed {
        match current {
            Some((p, latest_end, holder)) if p == partner && start < latest_end => {
                marked[i] = true;
                marked[holder] = true;
                if end > latest_end {
                    current = Some((partner, end, i));
                }
            }
            _ => current = Some((partner, end, i)),
        }
    }
    let mut count = 0;
    for (span, conflict) in spans.iter_mut().zip(marked) {
        span.conflict = conflict;
        count += usize::from(conflict);
    }
    count
}

#[cfg(test)]
mod tests;
