//! What the overview shows: the next two weeks, what is overdue, this
//! month's activities by partner, indicators against their targets, and
//! the partners who have not reported for a while. All of it as seen on a
//! reference day (today, or a day the lead moves to).

use std::collections::HashMap;

use chrono::{Datelike, Duration, Months, NaiveDate};

use super::activity::Activity;
use super::ids::{ActivityId, DeliverableId, IndicatorId, PartnerId};
use super::indicators;
use super::plan::Plan;
use super::recurrence;
use super::search::Target;
use super::vocab::Role;

/// How many days the agenda looks ahead, the reference day included.
pub const AGENDA_DAYS: i64 = 14;

/// A partner with no log entry for this many days is flagged.
pub const QUIET_DAYS: i64 = 30;

/// Something on the agenda: an activity on a day, or a deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The first day of this occurrence (for a deadline: the due date).
    pub date: NaiveDate,
    /// The last day of this occurrence (a deadline: the due date).
    pub end: NaiveDate,
    pub target: Target,
}

/// A partner's number of activities in a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerCount {
    pub partner: PartnerId,
    pub count: usize,
}

/// A partner that has not reported any dissemination recently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiet {
    pub partner: PartnerId,
    /// Its latest log entry up to the reference day, if any.
    pub last: Option<NaiveDate>,
}

/// An indicator's value as of the reference day.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub indicator: IndicatorId,
    pub actual: u64,
    pub target: u64,
    /// Actual over target; 0 when there is no target.
    pub share: f32,
}

/// Everything the overview shows, computed once per plan version and day.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    pub reference: NaiveDate,
    pub agenda: Vec<Item>,
    pub overdue: Vec<DeliverableId>,
    pub month: Vec<PartnerCount>,
    pub quiet: Vec<Quiet>,
    pub indicators: Vec<Progress>,
}

impl Dashboard {
    pub fn new(plan: &Plan, reference: NaiveDate) -> Self {
        Self {
            reference,
            agenda: agenda(plan, reference, AGENDA_DAYS),
            overdue: overdue(plan, reference),
            month: month_by_partner(plan, reference),
            quiet: quiet_partners(plan, reference, QUIET_DAYS),
            indicators: progress(plan, reference),
        }
    }
}

/// The last day of a window of `days` days starting on `from`.
pub fn window_end(from: NaiveDate, days: i64) -> NaiveDate {
    from.checked_add_signed(Duration::days(days.max(1) - 1))
        .unwrap_or(NaiveDate::MAX)
}

/// The (first day, last day) of each occurrence of an activity that
/// touches `from..=to`, as the calendar expands it ([`recurrence`]):
/// skipped occurrences left out, moved ones where they were moved to.
/// Repetitions with neither an end date nor a count run until `until` (the
/// end of the project).
pub fn occurrences(
    activity: &Activity,
    from: NaiveDate,
    to: NaiveDate,
    until: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    recurrence::between(activity, from, to, until)
        .into_iter()
        .map(|o| {
            let start = o.when.start_date();
            (start, o.when.end_date().max(start))
        })
        .collect()
}

/// Activities and deadlines of `days` days from `from`, by date.
pub fn agenda(plan: &Plan, from: NaiveDate, days: i64) -> Vec<Item> {
    let to = window_end(from, days);
    let mut items: Vec<Item> = Vec::new();
    for a in &plan.activities {
        for (date, end) in occurrences(a, from, to, plan.project.end) {
            items.push(Item {
                date: date.max(from),
                end,
                target: Target::Activity(a.id, date),
            });
        }
    }
    for d in plan
        .deliverables
        .iter()
        .filter(|d| (from..=to).contains(&d.due))
    {
        items.push(Item {
            date: d.due,
            end: d.due,
            target: Target::Deliverable(d.id),
        });
    }
    items.sort_by_key(|item| (item.date, deadline_first(&item.target)));
    items
}

fn deadline_first(target: &Target) -> (u8, u32) {
    match target {
        Target::Deliverable(id) => (0, id.0),
        Target::Activity(ActivityId(id), _) => (1, *id),
        _ => (2, 0),
    }
}

/// Deliverables not delivered and past their due date, oldest first.
pub fn overdue(plan: &Plan, today: NaiveDate) -> Vec<DeliverableId> {
    let mut items: Vec<_> = plan
        .deliverables
        .iter()
        .filter(|d| d.is_overdue(today))
        .collect();
    items.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.code.cmp(&b.code)));
    items.into_iter().map(|d| d.id).collect()
}

/// The first and last day of the month `day` lies in.
pub fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(day);
    (first, last)
}

/// How many activities each partner is responsible for in the month of
/// `day` (cancelled ones left out), most first.
pub fn month_by_partner(plan: &Plan, day: NaiveDate) -> Vec<PartnerCount> {
    let (first, last) = month_of(day);
    let mut counts: HashMap<&PartnerId, usize> = HashMap::new();
    for a in plan.activities.iter().filter(|a| !a.status.is_cancelled()) {
        if !occurrences(a, first, last, plan.project.end).is_empty() {
            *counts.entry(&a.responsible).or_default() += 1;
        }
    }
    let mut out: Vec<PartnerCount> = counts
        .into_iter()
        .map(|(partner, count)| PartnerCount {
            partner: partner.clone(),
            count,
        })
        .collect();
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.partner.cmp(&b.partner))
    });
    out
}

/// Partners (observers aside) whose latest log entry up to `today` is
/// `days` days old or more, or who never logged anything; the longest
/// silent first.
pub fn quiet_partners(plan: &Plan, today: NaiveDate, days: i64) -> Vec<Quiet> {
    let mut last: HashMap<&PartnerId, NaiveDate> = HashMap::new();
    for e in plan.log.iter().filter(|e| e.date <= today) {
        let slot = last.entry(&e.partner).or_insert(e.date);
        if e.date > *slot {
            *slot = e.date;
        }
    }
    let mut out: Vec<Quiet> = plan
        .partners
        .iter()
        .filter(|p| p.role != Role::Observer)
        .map(|p| Quiet {
            partner: p.id.clone(),
            last: last.get(&p.id).copied(),
        })
        .filter(|q| {
            q.last
                .is_none_or(|d| today.signed_duration_since(d).num_days() >= days)
        })
        .collect();
    out.sort_by(|a, b| a.last.cmp(&b.last).then_with(|| a.partner.cmp(&b.partner)));
    out
}

/// Every indicator's value from the log entries up to `today`.
pub fn progress(plan: &Plan, today: NaiveDate) -> Vec<Progress> {
    let kinds = indicators::kinds(plan);
    plan.indicators
        .iter()
        .map(|i| {
            let actual = indicators::actual(i, plan.log.iter().filter(|e| e.date <= today), &kinds);
            Progress {
                indicator: i.id,
                actual: actual.total,
                target: i.target,
                share: indicators::progress(actual.total, i.target),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{DeliverableStatus, RepeatUnit, Status};
    use crate::{Recurrence, When, sample};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn weekly(start: NaiveDate, until: Option<NaiveDate>) -> Activity {
        let mut a = Activity::new(ActivityId(1), "Post", PartnerId::new("VEN"), start);
        a.recurrence = Some(Recurrence::new(1, RepeatUnit::Week, until).into());
        a
    }

    #[test]
    fn weekly_repetitions_inside_a_window() {
        let a = weekly(day(2017, 12, 18), Some(day(2018, 1, 31)));
        let found = occurrences(&a, day(2017, 12, 28), day(2018, 1, 10), day(2019, 4, 30));
        let days: Vec<_> = found.iter().map(|o| o.0).collect();
        assert_eq!(days, vec![day(2018, 1, 1), day(2018, 1, 8)]);
    }

    #[test]
    fn repetitions_stop_at_their_end_or_the_project_end() {
        let a = weekly(day(2019, 4, 1), None);
        let found = occurrences(&a, day(2019, 4, 1), day(2019, 12, 31), day(2019, 4, 30));
        assert_eq!(found.len(), 5, "1, 8, 15, 22 and 29 April");
        let b = weekly(day(2019, 4, 1), Some(day(2019, 4, 10)));
        assert_eq!(
            occurrences(&b, day(2019, 4, 1), day(2019, 12, 31), day(2019, 4, 30)).len(),
            2
        );
    }

    #[test]
    fn monthly_repetitions_skip_months_without_the_day() {
        let mut a = weekly(day(2018, 1, 31), Some(day(2018, 5, 31)));
        if let Some(rule) = a.recurrence.as_mut() {
            rule.unit = RepeatUnit::Month;
        }
        let days: Vec<_> = occurrences(&a, day(2018, 1, 1), day(2018, 12, 31), day(2019, 1, 1))
            .into_iter()
            .map(|o| o.0)
            .collect();
        assert_eq!(
            days,
            vec![day(2018, 1, 31), day(2018, 3, 31), day(2018, 5, 31)],
            "months without a 31st are skipped, as in the calendar (RFC 5545)"
        );
    }

    #[test]
    fn a_multi_day_activity_that_began_earlier_is_on_the_agenda() {
        let mut plan = sample::plan().expect("sample");
        plan.deliverables.clear();
        let mut a = Activity::new(
            ActivityId(900),
            "Fair",
            PartnerId::new("VEN"),
            day(2018, 5, 1),
        );
        a.when = When::Days {
            start: day(2018, 5, 1),
            end: day(2018, 5, 10),
        };
        plan.activities = vec![a];
        let items = agenda(&plan, day(2018, 5, 8), AGENDA_DAYS);
        assert_eq!(items.len(), 1);
        assert_eq!(
            items[0].date,
            day(2018, 5, 8),
            "shown from the first day in view"
        );
        assert!(agenda(&plan, day(2018, 5, 11), AGENDA_DAYS).is_empty());
    }

    #[test]
    fn the_agenda_holds_deadlines_and_activities_in_date_order() {
        let plan = sample::plan().expect("sample");
        let from = day(2017, 1, 20);
        let items = agenda(&plan, from, AGENDA_DAYS);
        assert!(items.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(
            items
                .iter()
                .any(|i| matches!(i.target, Target::Deliverable(_))),
            "D.C.1.1 is due on 31 January 2017: {items:?}"
        );
        assert!(
            items
                .iter()
                .all(|i| i.date >= from && i.date <= window_end(from, AGENDA_DAYS))
        );
    }

    #[test]
    fn nothing_on_the_agenda_long_after_the_project() {
        let plan = sample::plan().expect("sample");
        assert!(agenda(&plan, day(2026, 11, 25), AGENDA_DAYS).is_empty());
    }

    #[test]
    fn overdue_as_of_a_day() {
        let mut plan = sample::plan().expect("sample");
        let first = &mut plan.deliverables[0];
        first.status = DeliverableStatus::InProgress;
        let (id, due) = (first.id, first.due);
        assert!(overdue(&plan, due).iter().all(|d| *d != id));
        assert!(overdue(&plan, due + Duration::days(1)).contains(&id));
    }

    #[test]
    fn month_counts_by_responsible_partner_without_cancelled_items() {
        let mut plan = sample::plan().expect("sample");
        let june = day(2018, 6, 15);
        let before = month_by_partner(&plan, june);
        let total: usize = before.iter().map(|c| c.count).sum();
        let a = plan
            .activities
            .iter_mut()
            .find(|a| {
                a.recurrence.is_none()
                    && a.when.start_date().month() == 6
                    && a.when.start_date().year() == 2018
            })
            .expect("an activity in June 2018");
        a.status = Status::Cancelled;
        let after: usize = month_by_partner(&plan, june).iter().map(|c| c.count).sum();
        assert_eq!(after, total - 1);
        assert!(before.windows(2).all(|w| w[0].count >= w[1].count));
    }

    #[test]
    fn quiet_partners_after_thirty_days() {
        let plan = sample::plan().expect("sample");
        let end = plan.project.end;
        let quiet = quiet_partners(&plan, end, QUIET_DAYS);
        for q in &quiet {
            assert!(q.last.is_none_or(|d| (end - d).num_days() >= QUIET_DAYS));
        }
        let observers: Vec<_> = plan
            .partners
            .iter()
            .filter(|p| p.role == Role::Observer)
            .map(|p| &p.id)
            .collect();
        assert!(quiet.iter().all(|q| !observers.contains(&&q.partner)));
        // Before the project nobody has logged anything.
        let before = quiet_partners(&plan, day(2016, 1, 1), QUIET_DAYS);
        assert_eq!(
            before.len(),
            plan.partners.len() - observers.len(),
            "everyone, never"
        );
        assert!(before.iter().all(|q| q.last.is_none()));
    }

    #[test]
    fn one_fresh_entry_removes_a_partner_from_the_quiet_list() {
        let mut plan = sample::plan().expect("sample");
        let today = day(2018, 3, 1);
        let quiet = quiet_partners(&plan, today, QUIET_DAYS);
        let Some(first) = quiet.first() else {
            return;
        };
        let partner = first.partner.clone();
        let mut entry = plan.log[0].clone();
        entry.id = plan.next_entry_id();
        entry.partner = partner.clone();
        entry.date = today - Duration::days(QUIET_DAYS - 1);
        plan.log.push(entry);
        assert!(
            quiet_partners(&plan, today, QUIET_DAYS)
                .iter()
                .all(|q| q.partner != partner)
        );
    }

    #[test]
    fn progress_counts_entries_up_to_the_day() {
        let plan = sample::plan().expect("sample");
        let early = progress(&plan, plan.project.start);
        let late = progress(&plan, plan.project.end);
        assert_eq!(early.len(), plan.indicators.len());
        for (e, l) in early.iter().zip(&late) {
            assert!(e.actual <= l.actual);
        }
        assert!(late.iter().any(|p| p.actual > 0));
    }

    #[test]
    fn month_bounds() {
        assert_eq!(
            month_of(day(2020, 2, 10)),
            (day(2020, 2, 1), day(2020, 2, 29))
        );
        assert_eq!(
            month_of(day(2018, 12, 31)),
            (day(2018, 12, 1), day(2018, 12, 31))
        );
    }
}
