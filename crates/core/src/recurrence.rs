//! Recurring activities expanded into their occurrences.
//!
//! An occurrence keeps the wall-clock times of the first one in the
//! activity's own zone: a webinar every Monday at 10:00 Europe/Rome stays at
//! 10:00 in Rome across daylight-saving changes (its UTC time moves). A
//! monthly repetition on a day that a month lacks (the 31st, 29 February)
//! skips that month, as RFC 5545 does, so the calendar export agrees. The
//! last occurrence starts on or before `until` (or the end of the project
//! when there is no `until`).

use chrono::{Datelike, Months, NaiveDate};

use super::activity::{Activity, Recurrence, When};
use super::vocab::RepeatUnit;

/// At most this many repetitions are looked at for one activity, so a
/// careless rule (weekly for a thousand years) cannot stall the calendar.
pub const MAX_STEPS: u32 = 10_000;

/// One occurrence of an activity: which repetition (0 for the first) and
/// when it takes place.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    pub step: u32,
    pub when: When,
}

/// The day the repetition stops: its own `until`, else `default_until`.
pub fn last_day(rule: &Recurrence, default_until: NaiveDate) -> NaiveDate {
    rule.until.unwrap_or(default_until)
}

/// The start day of repetition `step`, or `None` when that repetition does
/// not exist (a month without that day) or leaves chrono's range.
fn step_start(first: NaiveDate, rule: &Recurrence, step: u32) -> Option<NaiveDate> {
    let every = rule.every.max(1);
    match rule.unit {
        RepeatUnit::Week => {
            let days = i64::from(step) * 7 * i64::from(every);
            first.checked_add_signed(chrono::Duration::try_days(days)?)
        }
        RepeatUnit::Month => {
            let months = step.checked_mul(every)?;
            let shifted = first.checked_add_months(Months::new(months))?;
            // chrono clamps 31 January + 1 month to 28/29 February; RFC 5545
            // skips that month instead.
            (shifted.day() == first.day()).then_some(shifted)
        }
    }
}

/// The first step whose occurrence could reach `from`, given that an
/// occurrence lasts `span_days` extra days.
fn first_step(first: NaiveDate, rule: &Recurrence, from: NaiveDate, span_days: i64) -> u32 {
    let earliest = from - chrono::Duration::days(span_days);
    if earliest <= first {
        return 0;
    }
    let every = i64::from(rule.every.max(1));
    let steps = match rule.unit {
        RepeatUnit::Week => (earliest - first).num_days() / (7 * every),
        RepeatUnit::Month => {
            let months = (i64::from(earliest.year()) - i64::from(first.year())) * 12
                + i64::from(earliest.month())
                - i64::from(first.month());
            // One step early, so a partial month is never skipped.
            (months / every - 1).max(0)
        }
    };
    u32::try_from(steps.max(0)).unwrap_or(u32::MAX)
}

/// Every occurrence of `activity` that touches the days `from..=to` (in the
/// activity's own zone). A non-recurring activity has one occurrence, step
/// 0. `default_until` ends repetitions that have no `until`.
pub fn between(
    activity: &Activity,
    from: NaiveDate,
    to: NaiveDate,
    default_until: NaiveDate,
) -> Vec<Occurrence> {
    let first = activity.when.start_date();
    let span_days = (activity.when.end_date() - first).num_days().max(0);
    let Some(rule) = &activity.recurrence else {
        let touches = first <= to && activity.when.end_date() >= from;
        return if touches {
            vec![Occurrence {
                step: 0,
                when: activity.when.clone(),
            }]
        } else {
            Vec::new()
        };
    };
    let until = last_day(rule, default_until).min(to);
    let mut out = Vec::new();
    let mut step = first_step(first, rule, from, span_days);
    while step < MAX_STEPS {
        let Some(start) = step_start(first, rule, step) else {
            // A skipped month; weeks never skip, so a `None` there means the
            // date left chrono's range and nothing more can follow.
            if rule.unit == RepeatUnit::Week {
                break;
            }
            step += 1;
            continue;
        };
        if start > until {
            break;
        }
        let delta = (start - first).num_days();
        if let Some(when) = activity.when.checked_shift(delta)
            && when.end_date() >= from
        {
            out.push(Occurrence { step, when });
        }
        step += 1;
    }
    out
}

/// Every occurrence of `activity`, from the first to the last.
pub fn all(activity: &Activity, default_until: NaiveDate) -> Vec<Occurrence> {
    let first = activity.when.start_date();
    let last = match &activity.recurrence {
        Some(rule) => last_day(rule, default_until).max(activity.when.end_date()),
        None => activity.when.end_date(),
    };
    between(activity, first, last, default_until)
}

/// The occurrence `step` of `activity`, if it exists.
pub fn nth(activity: &Activity, step: u32, default_until: NaiveDate) -> Option<When> {
    if step == 0 {
        return Some(activity.when.clone());
    }
    let rule = activity.recurrence.as_ref()?;
    let first = activity.when.start_date();
    let start = step_start(first, rule, step)?;
    if start > last_day(rule, default_until) {
        return None;
    }
    activity.when.checked_shift((start - first).num_days())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::to_utc;
    use crate::ids::{ActivityId, PartnerId};
    use chrono::NaiveTime;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn repeating(when: When, every: u32, unit: RepeatUnit, until: Option<NaiveDate>) -> Activity {
        let mut a = Activity::new(
            ActivityId(1),
            "Slot",
            PartnerId::new("VEN"),
            day(2017, 1, 1),
        );
        a.when = when;
        a.recurrence = Some(Recurrence { every, unit, until });
        a
    }

    fn starts(occurrences: &[Occurrence]) -> Vec<NaiveDate> {
        occurrences.iter().map(|o| o.when.start_date()).collect()
    }

    fn whole_day(d: NaiveDate) -> When {
        When::Days { start: d, end: d }
    }

    #[test]
    fn weekly_across_a_month_and_a_year_end() {
        let a = repeating(
            whole_day(day(2017, 12, 18)),
            1,
            RepeatUnit::Week,
            Some(day(2018, 1, 15)),
        );
        let all = all(&a, day(2019, 4, 30));
        assert_eq!(
            starts(&all),
            vec![
                day(2017, 12, 18),
                day(2017, 12, 25),
                day(2018, 1, 1),
                day(2018, 1, 8),
                day(2018, 1, 15),
            ]
        );
        assert_eq!(
            all.iter().map(|o| o.step).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn every_second_week_keeps_its_rhythm_when_the_window_starts_late() {
        let a = repeating(whole_day(day(2017, 1, 2)), 2, RepeatUnit::Week, None);
        let found = between(&a, day(2017, 3, 1), day(2017, 3, 31), day(2019, 4, 30));
        assert_eq!(
            starts(&found),
            vec![day(2017, 3, 13), day(2017, 3, 27)],
            "2 Jan + 10 and 12 weeks"
        );
        assert_eq!(found[0].step, 5);
    }

    #[test]
    fn monthly_on_the_31st_skips_short_months_like_rfc_5545() {
        let a = repeating(
            whole_day(day(2017, 10, 31)),
            1,
            RepeatUnit::Month,
            Some(day(2018, 6, 30)),
        );
        let all = all(&a, day(2019, 4, 30));
        assert_eq!(
            starts(&all),
            vec![
                day(2017, 10, 31),
                day(2017, 12, 31),
                day(2018, 1, 31),
                day(2018, 3, 31),
                day(2018, 5, 31),
            ]
        );
        // Step numbers count the skipped months, so they stay stable.
        assert_eq!(
            all.iter().map(|o| o.step).collect::<Vec<_>>(),
            [0, 2, 3, 5, 7]
        );
        assert_eq!(
            nth(&a, 2, day(2019, 4, 30)),
            Some(whole_day(day(2017, 12, 31)))
        );
        assert_eq!(nth(&a, 1, day(2019, 4, 30)), None, "no 31 November");
    }

    #[test]
    fn monthly_on_29_february_only_in_leap_years() {
        let a = repeating(whole_day(day(2016, 2, 29)), 12, RepeatUnit::Month, None);
        let all = all(&a, day(2024, 12, 31));
        assert_eq!(
            starts(&all),
            vec![day(2016, 2, 29), day(2020, 2, 29), day(2024, 2, 29)]
        );
    }

    #[test]
    fn monthly_across_a_year_end_and_a_window_in_the_middle() {
        let a = repeating(whole_day(day(2017, 11, 15)), 1, RepeatUnit::Month, None);
        let found = between(&a, day(2018, 1, 1), day(2018, 2, 28), day(2019, 4, 30));
        assert_eq!(starts(&found), vec![day(2018, 1, 15), day(2018, 2, 15)]);
        assert_eq!(found[0].step, 2);
    }

    #[test]
    fn without_until_repetitions_stop_at_the_default_end() {
        let a = repeating(whole_day(day(2019, 3, 1)), 1, RepeatUnit::Month, None);
        assert_eq!(
            starts(&all(&a, day(2019, 4, 30))),
            vec![day(2019, 3, 1), day(2019, 4, 1)]
        );
    }

    #[test]
    fn a_multi_day_occurrence_that_started_before_the_window_is_found() {
        let a = repeating(
            When::Days {
                start: day(2017, 1, 30),
                end: day(2017, 2, 2),
            },
            1,
            RepeatUnit::Week,
            None,
        );
        let found = between(&a, day(2017, 2, 1), day(2017, 2, 5), day(2017, 12, 31));
        assert_eq!(starts(&found), vec![day(2017, 1, 30)]);
    }

    #[test]
    fn weekly_webinar_keeps_its_wall_clock_time_across_dst_changes() {
        let rome = chrono_tz::Europe::Rome;
        let at = |d: NaiveDate, h: u32| d.and_time(NaiveTime::from_hms_opt(h, 0, 0).unwrap());
        let a = repeating(
            When::Timed {
                start: at(day(2017, 3, 20), 10),
                end: at(day(2017, 3, 20), 11),
                zone: rome,
            },
            1,
            RepeatUnit::Week,
            Some(day(2017, 11, 1)),
        );
        let found = between(&a, day(2017, 3, 20), day(2017, 4, 3), day(2017, 12, 31));
        let utc: Vec<String> = found
            .iter()
            .map(|o| match &o.when {
                When::Timed { start, zone, .. } => {
                    assert_eq!(start.time(), NaiveTime::from_hms_opt(10, 0, 0).unwrap());
                    to_utc(*start, *zone).format("%m-%d %H:%M").to_string()
                }
                When::Days { .. } => unreachable!(),
            })
            .collect();
        // Summer time starts on Sunday 26 March 2017 in Rome.
        assert_eq!(utc, ["03-20 09:00", "03-27 08:00", "04-03 08:00"]);
        // And ends on Sunday 29 October 2017.
        let autumn = between(&a, day(2017, 10, 23), day(2017, 10, 31), day(2017, 12, 31));
        let utc: Vec<String> = autumn
            .iter()
            .map(|o| match &o.when {
                When::Timed { start, zone, .. } => {
                    to_utc(*start, *zone).format("%m-%d %H:%M").to_string()
                }
                When::Days { .. } => unreachable!(),
            })
            .collect();
        assert_eq!(utc, ["10-23 08:00", "10-30 09:00"]);
    }

    #[test]
    fn an_occurrence_in_the_spring_gap_still_exists() {
        let rome = chrono_tz::Europe::Rome;
        let at = |d: NaiveDate| d.and_time(NaiveTime::from_hms_opt(2, 30, 0).unwrap());
        let a = repeating(
            When::Timed {
                start: at(day(2017, 3, 19)),
                end: at(day(2017, 3, 19)) + chrono::Duration::minutes(30),
                zone: rome,
            },
            1,
            RepeatUnit::Week,
            None,
        );
        let found = between(&a, day(2017, 3, 26), day(2017, 3, 26), day(2017, 12, 31));
        assert_eq!(
            found.len(),
            1,
            "02:30 on the DST day is kept, read as 03:30"
        );
        let When::Timed { start, zone, .. } = &found[0].when else {
            unreachable!()
        };
        assert_eq!(to_utc(*start, *zone).format("%H:%M").to_string(), "01:30");
    }

    #[test]
    fn runaway_rules_are_bounded() {
        let a = repeating(
            whole_day(day(1900, 1, 1)),
            1,
            RepeatUnit::Week,
            Some(day(2999, 1, 1)),
        );
        assert_eq!(all(&a, day(2999, 1, 1)).len(), MAX_STEPS as usize);
    }

    #[test]
    fn a_plain_activity_has_one_occurrence_when_it_touches_the_window() {
        let mut a = Activity::new(
            ActivityId(1),
            "Once",
            PartnerId::new("VEN"),
            day(2017, 5, 5),
        );
        a.when = When::Days {
            start: day(2017, 5, 5),
            end: day(2017, 5, 9),
        };
        assert_eq!(
            between(&a, day(2017, 5, 9), day(2017, 6, 1), day(2017, 12, 31)).len(),
            1
        );
        assert!(between(&a, day(2017, 5, 10), day(2017, 6, 1), day(2017, 12, 31)).is_empty());
    }
}
