//! Calendar faults found with independent readers (issue 19): a weekly
//! series written at a fixed UTC time drifts by an hour across a
//! daylight-saving change and loses its last occurrence; UNTIL must keep
//! the last occurrence for clients without time-zone support; a calendar
//! with nothing in it is refused rather than written empty.

#[path = "support/export.rs"]
mod support;

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use commplan_core::export::{self, ExportError, Format, Scope, occur};
use commplan_core::{ActivityId, PartnerId, Plan};
use icalendar::parser::{Component, read_calendar, unfold};

fn calendar(plan: &Plan, utc: bool) -> String {
    let mut request = support::request(Format::Ics);
    request.ics.utc = utc;
    unfold(&support::text(plan, &request))
}

fn event<'a>(components: &'a [Component<'a>], uid_prefix: &str) -> &'a Component<'a> {
    components
        .iter()
        .find(|c| {
            c.name == "VEVENT"
                && c.find_prop("UID")
                    .is_some_and(|p| p.val.as_str().starts_with(uid_prefix))
        })
        .unwrap_or_else(|| panic!("no event {uid_prefix}"))
}

/// The starts of a weekly series as a calendar with time-zone support
/// expands it: DTSTART's local hour in its zone, every week, while the
/// start is not after UNTIL (RFC 5545 §3.3.10).
fn expand_weekly(event: &Component<'_>) -> Vec<NaiveDateTime> {
    let start = event.find_prop("DTSTART").expect("DTSTART");
    let zone: Tz = start
        .params
        .iter()
        .find(|p| p.key == "TZID")
        .and_then(|p| p.val.as_ref())
        .expect("a recurring item keeps its TZID")
        .as_str()
        .parse()
        .expect("a known zone");
    let local = NaiveDateTime::parse_from_str(start.val.as_str(), "%Y%m%dT%H%M%S").unwrap();
    let rule = event.find_prop("RRULE").expect("RRULE").val.as_str();
    let until = rule
        .split(';')
        .find_map(|part| part.strip_prefix("UNTIL="))
        .expect("UNTIL");
    let until = NaiveDateTime::parse_from_str(until, "%Y%m%dT%H%M%SZ")
        .expect("UNTIL in UTC")
        .and_utc();
    let mut out = Vec::new();
    let mut at = local;
    while zone.from_local_datetime(&at).earliest().unwrap() <= until {
        out.push(at);
        at += Duration::weeks(1);
    }
    out
}

#[test]
fn in_utc_mode_a_weekly_series_keeps_its_local_hour_and_its_last_occurrence() {
    let plan = support::sample();
    let text = calendar(&plan, true);
    let parsed = read_calendar(&text).unwrap();
    // Activity 7: every Monday 10:00 in Rome, 6 March to 18 December 2017,
    // across both daylight-saving changes of 2017.
    let weekly = event(&parsed.components, "activity-7@");
    let starts = expand_weekly(weekly);
    let activity = plan.activity(ActivityId(7)).unwrap();
    let expected = occur::occurrences(activity, plan.project.end);
    assert_eq!(
        starts.len(),
        expected.len(),
        "every occurrence, the last too"
    );
    assert!(
        starts
            .iter()
            .all(|s| s.format("%H:%M").to_string() == "10:00")
    );
    assert_eq!(
        starts.last().unwrap().date(),
        NaiveDate::from_ymd_opt(2017, 12, 18).unwrap()
    );
    assert!(
        parsed.components.iter().any(|c| c.name == "VTIMEZONE"),
        "the zone the series uses is written"
    );
    // A single item is still written in UTC: the Veneto workshop, 09:30 in
    // Rome in summer time, is 07:30 UTC.
    assert!(text.contains("DTSTART:20170629T073000Z"), "{text}");
}

#[test]
fn until_keeps_the_last_occurrence_for_a_client_without_time_zones() {
    let plan = support::sample();
    for utc in [false, true] {
        let text = calendar(&plan, utc);
        let parsed = read_calendar(&text).unwrap();
        for id in [7, 21, 48] {
            let weekly = event(&parsed.components, &format!("activity-{id}@"));
            let start = weekly.find_prop("DTSTART").unwrap().val.as_str();
            let rule = weekly.find_prop("RRULE").unwrap().val.as_str();
            let until = rule
                .split(';')
                .find_map(|p| p.strip_prefix("UNTIL="))
                .unwrap();
            // calcurse reads DTSTART's local hour as if it were its own
            // zone's (UTC here) and compares it with UNTIL.
            let floating = NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%S").unwrap();
            let until = NaiveDateTime::parse_from_str(until, "%Y%m%dT%H%M%SZ").unwrap();
            let activity = plan.activity(ActivityId(id)).unwrap();
            let last = occur::occurrences(activity, plan.project.end)
                .last()
                .unwrap()
                .start_date();
            let last_floating = last.and_time(floating.time());
            assert!(
                last_floating <= until,
                "activity {id}: the last occurrence {last_floating} is after UNTIL {until}"
            );
            assert!(
                until < last_floating + Duration::weeks(1),
                "activity {id}: UNTIL {until} lets one more occurrence in"
            );
        }
    }
}

#[test]
fn a_calendar_that_matches_nothing_is_refused() {
    let plan = support::sample();
    let mut request = support::request(Format::Ics);
    request.scope = Scope {
        partner: Some(PartnerId::new("VEN")),
        from: NaiveDate::from_ymd_opt(2030, 1, 1),
        to: NaiveDate::from_ymd_opt(2030, 12, 31),
    };
    assert_eq!(
        export::render(&plan, &request),
        Err(ExportError::NothingMatched)
    );
    // With items in range it is written as before.
    request.scope.from = NaiveDate::from_ymd_opt(2017, 1, 1);
    request.scope.to = NaiveDate::from_ymd_opt(2017, 12, 31);
    assert!(export::render(&plan, &request).is_ok());
}
