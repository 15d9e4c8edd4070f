//! The dates a recurring activity takes place on, as calendars expand them
//! (RFC 5545): a monthly item on the 31st skips months without a 31st.

use chrono::{Datelike, NaiveDate};

use crate::activity::{Activity, When};
use crate::vocab::RepeatUnit;

/// The most occurrences one activity expands to, so a mistaken "every
/// week for a thousand years" cannot exhaust memory.
pub const MAX_OCCURRENCES: usize = 5_000;

/// The last day on which a repetition may start: its `until`, or the end
/// of the project.
pub fn until(activity: &Activity, project_end: NaiveDate) -> Option<NaiveDate> {
    activity
        .recurrence
        .as_ref()
        .map(|r| r.until.unwrap_or(project_end))
}

/// The day a series ends: the last day touched by its last occurrence (or
/// by the item itself when it does not repeat).
pub fn last_day(activity: &Activity, project_end: NaiveDate) -> NaiveDate {
    match until(activity, project_end) {
        Some(_) => occurrences(activity, project_end)
            .last()
            .map_or(activity.when.end_date(), |w| w.end_date()),
        None => activity.when.end_date(),
    }
}

/// Every occurrence of an activity, the first being the activity's own
/// `when`.
pub fn occurrences(activity: &Activity, project_end: NaiveDate) -> Vec<When> {
    let Some(recurrence) = &activity.recurrence else {
        return vec![activity.when.clone()];
    };
    let until = recurrence.until.unwrap_or(project_end);
    let first = activity.when.start_date();
    let every = recurrence.every.max(1);
    let mut out = Vec::new();
    for k in 0..MAX_OCCURRENCES as u32 {
        let Some(step) = k.checked_mul(every) else {
            break;
        };
        let day = match recurrence.unit {
            RepeatUnit::Week => first.checked_add_signed(chrono::Duration::weeks(i64::from(step))),
            RepeatUnit::Month => {
                let months = first.month0() + step;
                let year = first.year() + (months / 12) as i32;
                match NaiveDate::from_ymd_opt(year, months % 12 + 1, first.day()) {
                    Some(day) => Some(day),
                    // This month lacks the day: skipped, as RFC 5545 does.
                    None if year <= until.year() => continue,
                    None => None,
                }
            }
        };
        let Some(day) = day else {
            break;
        };
        if day > until {
            break;
        }
        match activity.when.checked_shift((day - first).num_days()) {
            Some(when) => out.push(when),
            None => break,
        }
    }
    if out.is_empty() {
        out.push(activity.when.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ActivityId, PartnerId, Recurrence};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn repeating(start: NaiveDate, unit: RepeatUnit, until: NaiveDate) -> Activity {
        let mut a = Activity::new(ActivityId(1), "x", PartnerId::new("VEN"), start);
        a.recurrence = Some(Recurrence {
            every: 1,
            unit,
            until: Some(until),
        });
        a
    }

    #[test]
    fn monthly_on_the_31st_skips_short_months() {
        let a = repeating(day(2017, 1, 31), RepeatUnit::Month, day(2017, 6, 30));
        let days: Vec<_> = occurrences(&a, day(2019, 1, 1))
            .iter()
            .map(When::start_date)
            .collect();
        assert_eq!(
            days,
            vec![day(2017, 1, 31), day(2017, 3, 31), day(2017, 5, 31)]
        );
        assert_eq!(last_day(&a, day(2019, 1, 1)), day(2017, 5, 31));
    }

    #[test]
    fn weekly_stops_at_until_inclusive() {
        let a = repeating(day(2017, 3, 6), RepeatUnit::Week, day(2017, 3, 20));
        assert_eq!(occurrences(&a, day(2019, 1, 1)).len(), 3);
    }

    #[test]
    fn without_until_the_project_end_bounds_the_series() {
        let mut a = repeating(day(2017, 3, 6), RepeatUnit::Week, day(2017, 3, 20));
        if let Some(r) = a.recurrence.as_mut() {
            r.until = None;
        }
        assert_eq!(occurrences(&a, day(2017, 4, 2)).len(), 4);
    }
}
