//! The days a recurrence rule starts an occurrence on, in order (RFC 5545
//! §3.3.10): daily, weekly on chosen weekdays, monthly on a day of the
//! month or on the nth weekday, yearly. Days a period lacks (31 April,
//! 29 February, a fifth Monday) are skipped and not counted, as the RFC
//! says.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use crate::activity::Recurrence;
use crate::vocab::RepeatUnit;

/// At most this many periods (days, weeks, months, years) are looked at,
/// and at most this many occurrences made, so a careless rule (weekly for
/// a thousand years) cannot stall the calendar.
pub const MAX_STEPS: u32 = 10_000;

/// Calls `each(step, day)` for every day the rule starts an occurrence on,
/// from `first` (step 0) up to `last` inclusive, in order, stopping after
/// `count` occurrences, [`MAX_STEPS`], or when `each` returns `false`.
/// Skipped and moved occurrences are not looked at here: they keep their
/// step.
pub fn each(
    first: NaiveDate,
    rule: &Recurrence,
    last: NaiveDate,
    mut each: impl FnMut(u32, NaiveDate) -> bool,
) {
    let every = rule.every.max(1);
    let limit = rule.count.unwrap_or(MAX_STEPS).min(MAX_STEPS);
    let mut step = 0u32;
    let mut days: Vec<NaiveDate> = Vec::with_capacity(7);
    for period in 0..MAX_STEPS {
        let Some(offset) = period.checked_mul(every) else {
            return;
        };
        days.clear();
        let Some(opens) = period_days(first, rule, offset, &mut days) else {
            return;
        };
        if opens > last {
            return;
        }
        for day in days.iter().copied() {
            if day < first {
                continue;
            }
            if day > last || step >= limit {
                return;
            }
            if !each(step, day) {
                return;
            }
            step += 1;
        }
    }
}

/// The days of the period `offset` units after the first one (in order),
/// pushed onto `days`; returns the period's first day, or `None` when it
/// leaves chrono's range.
fn period_days(
    first: NaiveDate,
    rule: &Recurrence,
    offset: u32,
    days: &mut Vec<NaiveDate>,
) -> Option<NaiveDate> {
    match rule.unit {
        RepeatUnit::Day => {
            let day = first.checked_add_signed(Duration::try_days(i64::from(offset))?)?;
            days.push(day);
            Some(day)
        }
        RepeatUnit::Week => {
            let monday = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
            let monday = monday.checked_add_signed(Duration::try_weeks(i64::from(offset))?)?;
            if rule.weekdays.is_empty() {
                days.push(
                    monday + Duration::days(i64::from(first.weekday().num_days_from_monday())),
                );
            } else {
                let mut chosen: Vec<u32> = rule
                    .weekdays
                    .iter()
                    .map(|w| w.num_days_from_monday())
                    .collect();
                chosen.sort_unstable();
                chosen.dedup();
                days.extend(
                    chosen
                        .into_iter()
                        .map(|d| monday + Duration::days(i64::from(d))),
                );
            }
            Some(monday)
        }
        RepeatUnit::Month => {
            let month = first.with_day(1)?.checked_add_months(Months::new(offset))?;
            let day = match rule.nth {
                Some(nth) => nth_weekday(month.year(), month.month(), first.weekday(), nth),
                None => month.with_day(first.day()),
            };
            days.extend(day);
            Some(month)
        }
        RepeatUnit::Year => {
            let year = first.year().checked_add(i32::try_from(offset).ok()?)?;
            let opens = NaiveDate::from_ymd_opt(year, 1, 1)?;
            days.extend(NaiveDate::from_ymd_opt(year, first.month(), first.day()));
            Some(opens)
        }
    }
}

/// The `nth` `weekday` of a month (1 to 5 from the start, -1 the last), or
/// `None` when the month has no such day (a fifth Monday).
pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, nth: i8) -> Option<NaiveDate> {
    if nth < 0 {
        let next = NaiveDate::from_ymd_opt(year, month, 1)?.checked_add_months(Months::new(1))?;
        let last = next.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        let day = last - Duration::days(i64::from(back));
        // Only -1 is offered; further back counts whole weeks.
        let weeks = i64::from(nth.unsigned_abs()) - 1;
        let day = day - Duration::weeks(weeks);
        return (day.month() == month).then_some(day);
    }
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let ahead = (7 + weekday.num_days_from_monday() - start.weekday().num_days_from_monday()) % 7;
    let day = start + Duration::days(i64::from(ahead) + 7 * (i64::from(nth.max(1)) - 1));
    (day.month() == month).then_some(day)
}
