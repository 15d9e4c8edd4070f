//! A plan of repeating items for the CI's Python validators
//! (tests/fixtures/recurrence.commplan.ron): weekly on two weekdays,
//! monthly on the nth and last weekday, daily, yearly, with counts, end
//! dates, skipped and moved occurrences, across daylight-saving changes in
//! Rome, New York, Lisbon and Sydney. Its occurrences as CommPlan shows
//! them are in tests/fixtures/recurrence.occurrences (one "UID start" per
//! line); `.ci/run` exports the plan to ICS and `validate-ics.py --expect`
//! checks that Python's readers expand it to the same list.
//!
//! `COMMPLAN_BLESS=1 cargo test --test recurrence_fixture` writes both
//! files again after a deliberate change.

use std::path::PathBuf;

use chrono::{Duration, NaiveDate, Weekday};
use chrono_tz::Tz;
use commplan_core::activity::{nth_of, to_utc};
use commplan_core::recurrence::{self, change};
use commplan_core::vocab::RepeatUnit;
use commplan_core::{Activity, ActivityId, PartnerId, Plan, Recurrence, When, sample, store};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn timed(first: NaiveDate, hour: u32, minute: u32, zone: Tz) -> When {
    let at = first.and_hms_opt(hour, minute, 0).expect("a time");
    When::Timed {
        start: at,
        end: at + Duration::minutes(45),
        zone,
    }
}

fn item(id: u32, title: &str, when: When, rule: Recurrence) -> Activity {
    let mut a = Activity::new(
        ActivityId(id),
        title,
        PartnerId::new("VEN"),
        when.start_date(),
    );
    a.when = when;
    a.recurrence = Some(rule.into());
    a
}

/// The plan: the sample's partners and project, and five series.
fn plan() -> Plan {
    let mut plan = sample::plan().expect("the sample");
    plan.activities.clear();
    plan.deliverables.clear();
    plan.log.clear();
    plan.indicators.clear();

    let mut weekly = Recurrence::new(2, RepeatUnit::Week, None);
    weekly.weekdays = vec![Weekday::Mon, Weekday::Thu];
    weekly.count = Some(10);
    let a = item(
        1,
        "Jour fixe",
        timed(day(2017, 3, 2), 9, 30, chrono_tz::Europe::Rome),
        weekly,
    );
    let a = change::skip_occurrence(&a, day(2017, 3, 16)).expect("a series");
    let a = change::move_occurrence(
        &a,
        day(2017, 3, 27),
        timed(day(2017, 3, 28), 14, 0, chrono_tz::Europe::Rome),
    )
    .expect("a series");

    let mut second_tuesday = Recurrence::new(1, RepeatUnit::Month, None);
    second_tuesday.nth = Some(2);
    second_tuesday.count = Some(6);
    let first = day(2017, 1, 10);
    let b = item(
        2,
        "Partner call",
        timed(first, 10, 0, chrono_tz::America::New_York),
        second_tuesday,
    );
    let b = change::move_occurrence(
        &b,
        day(2017, 3, 14),
        timed(day(2017, 3, 15), 11, 0, chrono_tz::America::New_York),
    )
    .expect("a series");

    let mut last_friday = Recurrence::new(1, RepeatUnit::Month, Some(day(2017, 12, 31)));
    last_friday.nth = Some(nth_of(day(2017, 1, 27), true));
    let c = item(
        3,
        "Newsletter",
        When::Days {
            start: day(2017, 1, 27),
            end: day(2017, 1, 27),
        },
        last_friday,
    );
    let c = change::skip_occurrence(&c, day(2017, 8, 25)).expect("a series");

    let mut daily = Recurrence::new(3, RepeatUnit::Day, None);
    daily.count = Some(6);
    let d = item(
        4,
        "Countdown post",
        timed(day(2017, 9, 26), 8, 0, chrono_tz::Australia::Sydney),
        daily,
    );

    let mut yearly = Recurrence::new(1, RepeatUnit::Year, Some(day(2019, 4, 30)));
    yearly.count = None;
    let e = item(
        5,
        "Anniversary",
        timed(day(2017, 3, 26), 18, 0, chrono_tz::Europe::Lisbon),
        yearly,
    );

    plan.activities = vec![a, b, c, d, e];
    plan.next_ids.activity = plan.next_ids.activity.max(5);
    plan
}

/// "UID start" lines of every occurrence, sorted: starts in UTC for timed
/// items, dates for whole days.
fn occurrences(plan: &Plan) -> String {
    let domain = "s3-4alpclusters.commplan";
    let mut lines: Vec<String> = Vec::new();
    for a in &plan.activities {
        for o in recurrence::all(a, plan.project.end) {
            let start = match o.when {
                When::Days { start, .. } => start.format("%Y%m%d").to_string(),
                When::Timed { start, zone, .. } => {
                    to_utc(start, zone).format("%Y%m%dT%H%M%SZ").to_string()
                }
            };
            lines.push(format!("activity-{}@{domain} {start}", a.id.0));
        }
    }
    lines.sort();
    lines.join("\n") + "\n"
}

#[test]
fn the_fixture_and_its_occurrences_are_current() {
    let plan = plan();
    let text = store::to_text(&plan);
    let expected = occurrences(&plan);
    let plan_path = fixtures().join("recurrence.commplan.ron");
    let list_path = fixtures().join("recurrence.occurrences");
    if std::env::var_os("COMMPLAN_BLESS").is_some() {
        std::fs::write(&plan_path, &text).unwrap();
        std::fs::write(&list_path, &expected).unwrap();
    }
    let on_disk = store::load(&plan_path).expect("the fixture loads");
    assert_eq!(
        on_disk, plan,
        "the fixture is current (COMMPLAN_BLESS=1 to rewrite)"
    );
    assert_eq!(std::fs::read_to_string(&list_path).unwrap(), expected);
    // A sanity check of the list itself, counted by hand.
    assert_eq!(
        expected
            .lines()
            .filter(|l| l.starts_with("activity-1@"))
            .count(),
        9
    );
    assert_eq!(
        expected
            .lines()
            .filter(|l| l.starts_with("activity-2@"))
            .count(),
        6
    );
    assert!(expected.contains("activity-2@s3-4alpclusters.commplan 20170315T150000Z"));
}
