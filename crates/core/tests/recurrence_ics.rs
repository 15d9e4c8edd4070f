//! CommPlan's occurrences of a repeating activity equal those an
//! independent reader finds in the exported calendar: the `icalendar`
//! crate reads the file, the `rrule` crate expands DTSTART + RRULE +
//! EXDATE (RFC 5545 §3.8.5) in the event's own zone, and RECURRENCE-ID
//! overrides replace their instance. Random rules (weekdays, nth weekday,
//! count or until, skipped and moved occurrences) starting around the
//! daylight-saving changes of four zones.

#[path = "support/export.rs"]
mod support;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use commplan_core::activity::{Moved, nth_of, to_utc};
use commplan_core::export::{Format, Scope};
use commplan_core::recurrence;
use commplan_core::vocab::RepeatUnit;
use commplan_core::{Activity, ActivityId, Plan, Recurrence, When};
use icalendar::parser::{Component, read_calendar, unfold};
use proptest::prelude::*;

const ZONES: [Tz; 4] = [
    chrono_tz::Europe::Rome,
    chrono_tz::Europe::Lisbon,
    chrono_tz::America::New_York,
    chrono_tz::Australia::Sydney,
];

/// Days near the changes of 2017/2018 in the four zones, and others.
const AROUND: [(i32, u32, u32); 6] = [
    (2017, 3, 6),   // Rome, Lisbon: 26 March; New York: 12 March
    (2017, 10, 16), // Europe: 29 October; Sydney: 1 October (summer)
    (2017, 9, 18),  // Sydney: 1 October
    (2018, 3, 19),  // Sydney ends 1 April; Europe 25 March
    (2017, 10, 30), // New York: 5 November
    (2018, 1, 29),
];

#[derive(Debug, Clone)]
struct Case {
    zone: usize,
    around: usize,
    offset: i64,
    /// `None` whole days; else the time in half hours from midnight.
    half_hours: Option<u32>,
    unit: usize,
    every: u32,
    extra_days: Vec<u32>,
    last: bool,
    nth: bool,
    end: u8,
    count: u32,
    until_days: i64,
    skips: Vec<usize>,
    moves: Vec<(usize, i64, i64)>,
}

fn case() -> impl Strategy<Value = Case> {
    (
        (0..4usize, 0..6usize, 0..40i64, prop::option::of(0..48u32)),
        (0..4usize, 1..4u32, prop::collection::vec(0..7u32, 0..3)),
        (any::<bool>(), any::<bool>(), 0..3u8, 1..15u32, 10..400i64),
        prop::collection::vec(0..20usize, 0..3),
        prop::collection::vec((0..20usize, -3..4i64, -4..5i64), 0..3),
    )
        .prop_map(
            |(
                (zone, around, offset, half_hours),
                (unit, every, extra_days),
                (last, nth, end, count, until_days),
                skips,
                moves,
            )| Case {
                zone,
                around,
                offset,
                half_hours,
                unit,
                every,
                extra_days,
                last,
                nth,
                end,
                count,
                until_days,
                skips,
                moves,
            },
        )
}

fn activity(case: &Case, project_end: NaiveDate) -> Activity {
    let (y, m, d) = AROUND[case.around];
    let first = NaiveDate::from_ymd_opt(y, m, d).unwrap() + Duration::days(case.offset);
    let mut a = Activity::new(
        ActivityId(1),
        "Slot",
        commplan_core::PartnerId::new("VEN"),
        first,
    );
    if let Some(half_hours) = case.half_hours {
        let at = first.and_time(NaiveTime::MIN) + Duration::minutes(30 * i64::from(half_hours));
        a.when = When::Timed {
            start: at,
            end: at + Duration::minutes(90),
            zone: ZONES[case.zone],
        };
    }
    let unit = [
        RepeatUnit::Day,
        RepeatUnit::Week,
        RepeatUnit::Month,
        RepeatUnit::Year,
    ][case.unit];
    let mut rule = Recurrence::new(case.every, unit, None);
    if unit == RepeatUnit::Week && !case.extra_days.is_empty() {
        let mut days: Vec<Weekday> = case
            .extra_days
            .iter()
            .map(|d| Weekday::try_from(*d as u8).unwrap())
            .collect();
        days.push(first.weekday_of());
        days.sort_by_key(|w| w.num_days_from_monday());
        days.dedup();
        rule.weekdays = days;
    }
    if unit == RepeatUnit::Month && case.nth {
        rule.nth = Some(nth_of(first, case.last));
    }
    match case.end {
        0 => rule.count = Some(case.count),
        1 => rule.until = Some(first + Duration::days(case.until_days)),
        _ => {}
    }
    a.recurrence = Some(rule.clone().into());
    let days: Vec<NaiveDate> = recurrence::all(&a, project_end)
        .iter()
        .map(|o| o.original)
        .collect();
    if days.is_empty() {
        return a;
    }
    for skip in &case.skips {
        rule.skipped.push(days[skip % days.len()]);
    }
    for (pick, by_days, by_hours) in &case.moves {
        let from = days[pick % days.len()];
        if rule.skipped.contains(&from) || rule.moved.iter().any(|m| m.from == from) {
            continue;
        }
        let own = a.when.shifted((from - first).num_days());
        let when = recurrence::change::shift(&own, *by_days, by_hours * 60).unwrap();
        rule.moved.push(Moved { from, when });
    }
    rule.skipped.sort_unstable();
    rule.skipped.dedup();
    a.recurrence = Some(rule.into());
    a
}

trait WeekdayOf {
    fn weekday_of(&self) -> Weekday;
}

impl WeekdayOf for NaiveDate {
    fn weekday_of(&self) -> Weekday {
        chrono::Datelike::weekday(self)
    }
}

/// When an occurrence starts, as an instant (timed) or a day (whole days)
/// written the same way for both sides.
fn start_of(when: &When) -> String {
    match when {
        When::Days { start, .. } => start.format("%Y-%m-%d").to_string(),
        When::Timed { start, zone, .. } => {
            to_utc(*start, *zone).format("%Y-%m-%dT%H:%MZ").to_string()
        }
    }
}

fn prop_line(event: &Component<'_>, name: &str) -> Option<String> {
    event.find_prop(name).map(|p| {
        let mut line = p.name.as_str().to_owned();
        for param in &p.params {
            line.push(';');
            line.push_str(param.key.as_str());
            if let Some(val) = &param.val {
                line.push('=');
                line.push_str(val.as_str());
            }
        }
        line.push(':');
        line.push_str(p.val.as_str());
        line
    })
}

fn show(instant: &DateTime<rrule::Tz>, all_day: bool) -> String {
    if all_day {
        instant.format("%Y-%m-%d").to_string()
    } else {
        instant
            .with_timezone(&Utc)
            .format("%Y-%m-%dT%H:%MZ")
            .to_string()
    }
}

/// A wall-clock time in `zone` as RFC 5545 §3.3.5 reads it: a time that
/// happens twice is the first; one skipped by a change is read with the
/// offset from before the change.
fn rfc_local(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        chrono::LocalResult::None => {
            let before = zone
                .from_local_datetime(&(local - Duration::hours(1)))
                .earliest()
                .unwrap();
            before.with_timezone(&Utc) + Duration::hours(1)
        }
    }
}

/// A property line whose TZID value is read as floating (the zone left
/// out, the wall clock kept as if UTC), for the reader's fallback.
fn floating(line: &str) -> String {
    let (head, value) = line.split_once(':').unwrap();
    let name = head.split(';').next().unwrap();
    if head.contains("TZID=") {
        format!("{name}:{value}Z")
    } else {
        line.to_owned()
    }
}

/// The series of the master event expanded by `rrule`, as instants in UTC
/// (or days): in the event's zone, or, when `rrule` refuses a time that a
/// daylight-saving change skips or repeats (it wants an exact one), in
/// floating time read back by RFC 5545 §3.3.5.
fn expand(dtstart: &str, rule: &str, exdates: &[String], all_day: bool) -> Vec<String> {
    let source = |float: Option<Tz>| {
        let mut text = match float {
            Some(zone) => {
                // UNTIL is UTC: the same instant's wall clock in the zone.
                let rule = match rule.split_once("UNTIL=") {
                    Some((head, until)) if until.ends_with('Z') => {
                        let at = NaiveDateTime::parse_from_str(until, "%Y%m%dT%H%M%SZ").unwrap();
                        let local = Utc
                            .from_utc_datetime(&at)
                            .with_timezone(&zone)
                            .naive_local();
                        format!("{head}UNTIL={}", local.format("%Y%m%dT%H%M%SZ"))
                    }
                    _ => rule.to_owned(),
                };
                format!("{}\n{rule}", floating(dtstart))
            }
            None => format!("{dtstart}\n{rule}"),
        };
        for exdate in exdates {
            text.push('\n');
            text.push_str(&if float.is_some() {
                floating(exdate)
            } else {
                exdate.clone()
            });
        }
        text
    };
    match source(None).parse::<rrule::RRuleSet>() {
        Ok(set) => set
            .all(u16::MAX)
            .dates
            .iter()
            .map(|d| show(d, all_day))
            .collect(),
        Err(_) => {
            let zone: Tz = dtstart
                .split("TZID=")
                .nth(1)
                .and_then(|rest| rest.split(':').next())
                .and_then(|name| name.parse().ok())
                .expect("only zoned times fall back");
            let set: rrule::RRuleSet = source(Some(zone))
                .parse()
                .unwrap_or_else(|e| panic!("{}: {e}", source(Some(zone))));
            set.all(u16::MAX)
                .dates
                .iter()
                .map(|d| {
                    rfc_local(d.naive_utc(), zone)
                        .format("%Y-%m-%dT%H:%MZ")
                        .to_string()
                })
                .collect()
        }
    }
}

/// One DATE or DATE-TIME value as `start_of` writes it.
fn value_of(line: &str, all_day: bool) -> String {
    let (head, value) = line.split_once(':').unwrap();
    if all_day {
        let day = NaiveDate::parse_from_str(value, "%Y%m%d").unwrap();
        return day.format("%Y-%m-%d").to_string();
    }
    let local =
        NaiveDateTime::parse_from_str(value.trim_end_matches('Z'), "%Y%m%dT%H%M%S").unwrap();
    let at = match head.split("TZID=").nth(1) {
        Some(zone) => rfc_local(local, zone.parse().unwrap()),
        None => Utc.from_utc_datetime(&local),
    };
    at.format("%Y-%m-%dT%H:%MZ").to_string()
}

/// The occurrences an independent reader finds in the calendar `text`.
fn independent(text: &str) -> Vec<String> {
    let unfolded = unfold(text);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}"));
    let events: Vec<&Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let master = events
        .iter()
        .find(|e| e.find_prop("RECURRENCE-ID").is_none())
        .expect("the series");
    let dtstart = prop_line(master, "DTSTART").unwrap();
    let all_day = dtstart.contains("VALUE=DATE");
    let mut starts: Vec<(String, String)> = match prop_line(master, "RRULE") {
        None => vec![value_of(&dtstart, all_day)],
        Some(rule) => {
            let exdates: Vec<String> = master
                .properties
                .iter()
                .filter(|p| p.name.as_str() == "EXDATE")
                .map(|p| {
                    let tzid = p.params.iter().find(|x| x.key.as_str() == "TZID");
                    match tzid.and_then(|t| t.val.as_ref()) {
                        Some(zone) => format!("EXDATE;TZID={}:{}", zone.as_str(), p.val.as_str()),
                        None => format!("EXDATE:{}", p.val.as_str()),
                    }
                })
                .collect();
            expand(
                &dtstart.replace(";VALUE=DATE", ""),
                &rule,
                &exdates,
                all_day,
            )
        }
    }
    .into_iter()
    .map(|s| (s.clone(), s))
    .collect();
    // Overrides replace the instance their RECURRENCE-ID names.
    for event in events
        .iter()
        .filter(|e| e.find_prop("RECURRENCE-ID").is_some())
    {
        let id = value_of(&prop_line(event, "RECURRENCE-ID").unwrap(), all_day);
        let start = value_of(&prop_line(event, "DTSTART").unwrap(), all_day);
        let slot = starts.iter_mut().find(|(original, _)| *original == id);
        let slot = slot.unwrap_or_else(|| panic!("RECURRENCE-ID {id} names no instance"));
        slot.1 = start;
    }
    let mut out: Vec<String> = starts.into_iter().map(|(_, s)| s).collect();
    out.sort();
    out
}

fn ics(plan: &Plan) -> String {
    let mut request = support::request(Format::Ics);
    request.scope = Scope::default();
    support::text(plan, &request)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn commplan_and_an_independent_reader_expand_the_same(case in case()) {
        let mut plan = support::sample();
        plan.activities.clear();
        plan.deliverables.clear();
        plan.project.end = NaiveDate::from_ymd_opt(2019, 4, 30).unwrap();
        let a = activity(&case, plan.project.end);
        plan.activities.push(a.clone());
        let ours: Vec<String> = {
            let mut v: Vec<String> = recurrence::all(&a, plan.project.end)
                .iter()
                .map(|o| start_of(&o.when))
                .collect();
            v.sort();
            v
        };
        let text = ics(&plan);
        let theirs = independent(&text);
        prop_assert_eq!(&ours, &theirs, "{:?}\n{}", a.recurrence, text);
    }
}

#[test]
fn second_tuesday_six_times_with_the_third_moved() {
    let first = NaiveDate::from_ymd_opt(2017, 1, 10).unwrap();
    let mut plan = support::sample();
    plan.activities.clear();
    plan.deliverables.clear();
    let mut a = Activity::new(
        ActivityId(1),
        "Meeting",
        commplan_core::PartnerId::new("VEN"),
        first,
    );
    let at = first.and_hms_opt(10, 0, 0).unwrap();
    a.when = When::Timed {
        start: at,
        end: at + Duration::hours(1),
        zone: chrono_tz::Europe::Rome,
    };
    let mut rule = Recurrence::new(1, RepeatUnit::Month, None);
    rule.nth = Some(2);
    rule.count = Some(6);
    a.recurrence = Some(rule.into());
    let third = recurrence::nth(&a, 2, plan.project.end).unwrap();
    let moved = recurrence::change::move_occurrence(
        &a,
        third.original,
        recurrence::change::shift(&third.when, 1, 60).unwrap(),
    )
    .unwrap();
    plan.activities.push(moved.clone());
    let text = ics(&plan);
    assert!(
        unfold(&text).contains("RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=6\r\n"),
        "{text}"
    );
    assert!(
        unfold(&text).contains("RECURRENCE-ID;TZID=Europe/Rome:20170314T100000\r\n"),
        "{text}"
    );
    let theirs = independent(&text);
    assert_eq!(
        theirs,
        [
            "2017-01-10T09:00Z",
            "2017-02-14T09:00Z",
            "2017-03-15T10:00Z",
            "2017-04-11T08:00Z",
            "2017-05-09T08:00Z",
            "2017-06-13T08:00Z",
        ]
    );
}

#[test]
fn thousands_of_exceptions_in_a_hostile_file_stay_quick() {
    let first = NaiveDate::from_ymd_opt(2017, 1, 2).unwrap();
    let mut plan = support::sample();
    plan.activities.clear();
    let mut a = Activity::new(
        ActivityId(1),
        "Daily",
        commplan_core::PartnerId::new("VEN"),
        first,
    );
    let mut rule = Recurrence::new(1, RepeatUnit::Day, None);
    rule.count = Some(10_000);
    for k in 0..20_000 {
        let d = first + Duration::days(k);
        if k % 2 == 0 {
            rule.skipped.push(d);
        } else {
            rule.moved.push(Moved {
                from: d,
                when: When::Days {
                    start: d + Duration::days(1),
                    end: d + Duration::days(1),
                },
            });
        }
    }
    a.recurrence = Some(rule.into());
    plan.activities.push(a.clone());
    let started = std::time::Instant::now();
    let all = recurrence::all(&a, plan.project.end);
    assert_eq!(all.len(), 5_000, "every other day skipped, the rest moved");
    let text = ics(&plan);
    assert_eq!(text.matches("RECURRENCE-ID").count(), 5_000);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
