//! The expansion of recurrence rules, against dates counted by hand.

use super::*;
use crate::activity::to_utc;
use crate::ids::{ActivityId, PartnerId};
use crate::vocab::RepeatUnit;
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
    a.recurrence = Some(Recurrence::new(every, unit, until).into());
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
    // Months without the day are not counted (RFC 5545 §3.3.10).
    assert_eq!(
        all.iter().map(|o| o.step).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4]
    );
    assert_eq!(
        nth(&a, 1, day(2019, 4, 30)).map(|o| o.when),
        Some(whole_day(day(2017, 12, 31)))
    );
    assert_eq!(nth(&a, 9, day(2019, 4, 30)), None, "past the end");
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

fn rule(unit: RepeatUnit, f: impl FnOnce(&mut Recurrence)) -> Recurrence {
    let mut r = Recurrence::new(1, unit, None);
    f(&mut r);
    r
}

fn series(first: NaiveDate, rule: Recurrence) -> Activity {
    let mut a = Activity::new(ActivityId(1), "Slot", PartnerId::new("VEN"), first);
    a.recurrence = Some(rule.into());
    a
}

#[test]
fn daily_every_third_day_with_a_count() {
    let a = series(
        day(2017, 2, 27),
        rule(RepeatUnit::Day, |r| {
            r.every = 3;
            r.count = Some(4);
        }),
    );
    assert_eq!(
        starts(&all(&a, day(2017, 3, 3))),
        vec![
            day(2017, 2, 27),
            day(2017, 3, 2),
            day(2017, 3, 5),
            day(2017, 3, 8)
        ],
        "a count runs past the project's end"
    );
}

#[test]
fn weekly_on_monday_and_thursday_every_other_week() {
    use chrono::Weekday::{Mon, Thu};
    // Thursday 2 March 2017 first: its week's Monday came before.
    let a = series(
        day(2017, 3, 2),
        rule(RepeatUnit::Week, |r| {
            r.every = 2;
            r.weekdays = vec![Thu, Mon];
            r.until = Some(day(2017, 3, 31));
        }),
    );
    assert_eq!(
        starts(&all(&a, day(2019, 1, 1))),
        vec![
            day(2017, 3, 2),
            day(2017, 3, 13),
            day(2017, 3, 16),
            day(2017, 3, 27),
            day(2017, 3, 30),
        ]
    );
}

#[test]
fn second_tuesday_six_times_and_last_friday() {
    let a = series(
        day(2017, 1, 10),
        rule(RepeatUnit::Month, |r| {
            r.nth = Some(2);
            r.count = Some(6);
        }),
    );
    assert_eq!(
        starts(&all(&a, day(2017, 2, 1))),
        vec![
            day(2017, 1, 10),
            day(2017, 2, 14),
            day(2017, 3, 14),
            day(2017, 4, 11),
            day(2017, 5, 9),
            day(2017, 6, 13),
        ]
    );
    let b = series(
        day(2017, 1, 27),
        rule(RepeatUnit::Month, |r| {
            r.nth = Some(-1);
            r.until = Some(day(2017, 4, 30));
        }),
    );
    assert_eq!(
        starts(&all(&b, day(2019, 1, 1))),
        vec![
            day(2017, 1, 27),
            day(2017, 2, 24),
            day(2017, 3, 31),
            day(2017, 4, 28)
        ]
    );
    // A fifth Monday only in months that have one.
    let c = series(
        day(2017, 1, 30),
        rule(RepeatUnit::Month, |r| {
            r.nth = Some(5);
            r.until = Some(day(2017, 7, 31));
        }),
    );
    assert_eq!(
        starts(&all(&c, day(2019, 1, 1))),
        vec![day(2017, 1, 30), day(2017, 5, 29), day(2017, 7, 31)]
    );
}

#[test]
fn yearly_on_29_february_only_in_leap_years() {
    let a = series(
        day(2016, 2, 29),
        rule(RepeatUnit::Year, |r| r.count = Some(2)),
    );
    assert_eq!(
        starts(&all(&a, day(2017, 1, 1))),
        vec![day(2016, 2, 29), day(2020, 2, 29)]
    );
}

#[test]
fn a_skipped_occurrence_keeps_its_count_and_a_moved_one_its_step() {
    let mut r = rule(RepeatUnit::Week, |r| r.count = Some(4));
    r.skipped = vec![day(2017, 1, 9)];
    r.moved = vec![crate::activity::Moved {
        from: day(2017, 1, 16),
        when: whole_day(day(2017, 2, 20)),
    }];
    let a = series(day(2017, 1, 2), r);
    let all = all(&a, day(2019, 1, 1));
    assert_eq!(
        starts(&all),
        vec![day(2017, 1, 2), day(2017, 2, 20), day(2017, 1, 23)]
    );
    assert_eq!(all.iter().map(|o| o.step).collect::<Vec<_>>(), [0, 2, 3]);
    assert!(all[1].moved && all[1].original == day(2017, 1, 16));
    // The moved one shows in February's window, its rule day does not.
    let feb = between(&a, day(2017, 2, 1), day(2017, 2, 28), day(2019, 1, 1));
    assert_eq!(starts(&feb), vec![day(2017, 2, 20)]);
    let jan16 = between(&a, day(2017, 1, 16), day(2017, 1, 16), day(2019, 1, 1));
    assert!(jan16.is_empty());
    assert_eq!(nth(&a, 1, day(2019, 1, 1)), None, "skipped");
    assert!(is_rule_day(&a, day(2017, 1, 9), day(2019, 1, 1)));
    assert!(!is_rule_day(&a, day(2017, 1, 10), day(2019, 1, 1)));
}

#[test]
fn shifting_a_series_turns_its_weekdays_and_nth() {
    use chrono::Weekday::{Mon, Sun, Thu, Wed};
    let r = rule(RepeatUnit::Week, |r| {
        r.weekdays = vec![Mon, Thu];
        r.skipped = vec![day(2017, 1, 5)];
    });
    let moved = r.shifted(-1, day(2017, 1, 1));
    assert_eq!(moved.weekdays, vec![Wed, Sun]);
    assert_eq!(moved.skipped, vec![day(2017, 1, 4)]);
    let r = rule(RepeatUnit::Month, |r| r.nth = Some(2));
    assert_eq!(r.shifted(7, day(2017, 1, 17)).nth, Some(3));
    let r = rule(RepeatUnit::Month, |r| r.nth = Some(-1));
    assert_eq!(r.shifted(1, day(2017, 1, 28)).nth, Some(-1));
}
