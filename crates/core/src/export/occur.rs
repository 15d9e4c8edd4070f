//! The dates a recurring activity takes place on, as calendars expand them
//! (RFC 5545): a monthly item on the 31st skips months without a 31st.

use chrono::NaiveDate;

use crate::activity::{Activity, When};
use crate::recurrence;

/// The last day on which a repetition may start: its `until`, the end of
/// the project when it has neither `until` nor `count`; `None` when the
/// activity does not repeat or a `count` ends it.
pub fn until(activity: &Activity, project_end: NaiveDate) -> Option<NaiveDate> {
    let rule = activity.recurrence.as_ref()?;
    match (rule.until, rule.count) {
        (Some(until), _) => Some(until),
        (None, Some(_)) => None,
        (None, None) => Some(project_end),
    }
}

/// The day a series ends: the last day touched by any occurrence (or by
/// the item itself when it does not repeat).
pub fn last_day(activity: &Activity, project_end: NaiveDate) -> NaiveDate {
    occurrences(activity, project_end)
        .iter()
        .map(When::end_date)
        .max()
        .unwrap_or(activity.when.end_date())
}

/// Every occurrence of an activity as it takes place (skipped ones left
/// out, moved ones at their own time), the rule's first being the
/// activity's own `when`. Empty only when every occurrence is skipped.
pub fn occurrences(activity: &Activity, project_end: NaiveDate) -> Vec<When> {
    recurrence::all(activity, project_end)
        .into_iter()
        .map(|o| o.when)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::RepeatUnit;
    use crate::{ActivityId, PartnerId, Recurrence};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn repeating(start: NaiveDate, unit: RepeatUnit, until: NaiveDate) -> Activity {
        let mut a = Activity::new(ActivityId(1), "x", PartnerId::new("VEN"), start);
        a.recurrence = Some(Recurrence::new(1, unit, Some(until)).into());
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
