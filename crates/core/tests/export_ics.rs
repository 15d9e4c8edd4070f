//! The calendar export: golden files of the sample plan, read back by an
//! independent parser (the `icalendar` crate), and the RFC 5545 rules that
//! calendars rely on to import cleanly and to update on re-import.

#[path = "support/export.rs"]
mod support;

use std::collections::{BTreeSet, HashMap};

use chrono::{NaiveDate, TimeZone, Utc};
use commplan_core::export::{Format, Scope, text};
use commplan_core::{PartnerId, Plan, When};
use icalendar::parser::{Component, read_calendar, unfold};

fn ics(plan: &Plan, scope: Scope, deliverables: bool, utc: bool) -> String {
    let mut request = support::request(Format::Ics);
    request.scope = scope;
    request.ics.deliverables = deliverables;
    request.ics.reminder_days = deliverables.then_some(7);
    request.ics.utc = utc;
    support::text(plan, &request)
}

fn whole(plan: &Plan) -> String {
    ics(plan, Scope::default(), true, false)
}

/// The events of a calendar, parsed by the `icalendar` crate.
fn events(unfolded: &str) -> Vec<Component<'_>> {
    let calendar = read_calendar(unfolded).unwrap_or_else(|e| panic!("{e}"));
    calendar
        .components
        .into_iter()
        .filter(|c| c.name == "VEVENT")
        .collect()
}

fn prop<'a>(event: &'a Component<'_>, name: &str) -> &'a str {
    event
        .find_prop(name)
        .map(|p| p.val.as_str())
        .unwrap_or_else(|| panic!("{name} missing in {event:?}"))
}

fn param<'a>(event: &'a Component<'_>, name: &str, key: &str) -> Option<&'a str> {
    event
        .find_prop(name)?
        .params
        .iter()
        .find(|p| p.key == key)
        .and_then(|p| p.val.as_ref().map(|v| v.as_str()))
}

#[test]
fn golden_whole_plan_with_deadlines() {
    let text = whole(&support::sample());
    insta::assert_snapshot!("ics_sample_whole_plan", text.replace("\r\n", "\n"));
}

#[test]
fn golden_one_partner_in_utc() {
    let scope = Scope {
        partner: Some(PartnerId::new("VEN")),
        from: NaiveDate::from_ymd_opt(2017, 6, 1),
        to: NaiveDate::from_ymd_opt(2017, 12, 31),
    };
    let text = ics(&support::sample(), scope, true, true);
    insta::assert_snapshot!("ics_sample_ven_2017_utc", text.replace("\r\n", "\n"));
}

#[test]
fn every_line_ends_in_crlf_and_is_at_most_75_octets() {
    let text = whole(&support::sample());
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "a bare LF");
    assert!(!text.replace("\r\n", "").contains('\r'), "a bare CR");
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        text.split_terminator("\r\n").any(|l| l.starts_with(' ')),
        "long descriptions are folded"
    );
}

#[test]
fn the_independent_parser_reads_one_event_per_activity_and_deadline() {
    let plan = support::sample();
    let unfolded = unfold(&whole(&plan));
    let events = events(&unfolded);
    assert_eq!(
        events.len(),
        plan.activities.len() + plan.deliverables.len()
    );
    let uids: BTreeSet<&str> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    for activity in &plan.activities {
        let uid = format!("activity-{}@s3-4alpclusters.commplan", activity.id.0);
        let event = events
            .iter()
            .find(|e| prop(e, "UID") == uid)
            .unwrap_or_else(|| panic!("{uid}"));
        assert_eq!(prop(event, "SUMMARY"), activity.title);
        assert_eq!(prop(event, "DTSTAMP"), "20260115T093000Z");
        let expected_status = commplan_core::export::ics::status(activity.status);
        assert_eq!(prop(event, "STATUS"), expected_status);
        assert!(event.find_prop("CATEGORIES").is_some());
        match &activity.when {
            When::Days { start, end } => {
                assert_eq!(param(event, "DTSTART", "VALUE"), Some("DATE"));
                assert_eq!(param(event, "DTEND", "VALUE"), Some("DATE"));
                assert_eq!(prop(event, "DTSTART"), start.format("%Y%m%d").to_string());
                let after = end.succ_opt().unwrap();
                assert_eq!(
                    prop(event, "DTEND"),
                    after.format("%Y%m%d").to_string(),
                    "DTEND is the day after the last day"
                );
            }
            When::Timed { zone, .. } => {
                assert_eq!(param(event, "DTSTART", "TZID"), Some(zone.name()));
                assert!(prop(event, "DTEND") > prop(event, "DTSTART"));
            }
        }
        assert_eq!(
            event.find_prop("RRULE").is_some(),
            activity.recurrence.is_some(),
            "{uid}"
        );
    }
}

#[test]
fn dtend_comes_after_dtstart_for_every_event() {
    let unfolded = unfold(&whole(&support::sample()));
    for event in events(&unfolded) {
        let (start, end) = (prop(&event, "DTSTART"), prop(&event, "DTEND"));
        assert_eq!(start.len(), end.len(), "same value type");
        assert!(end > start, "{}: {start} .. {end}", prop(&event, "UID"));
    }
}

#[test]
fn every_tzid_used_has_its_vtimezone() {
    let text = whole(&support::sample());
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let defined: BTreeSet<&str> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .map(|c| prop(c, "TZID"))
        .collect();
    let used: BTreeSet<&str> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .filter_map(|e| param(e, "DTSTART", "TZID"))
        .collect();
    assert!(!used.is_empty());
    assert_eq!(defined, used);
    for zone in calendar.components.iter().filter(|c| c.name == "VTIMEZONE") {
        let kinds: BTreeSet<&str> = zone.components.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            kinds,
            BTreeSet::from(["DAYLIGHT", "STANDARD"]),
            "European zones have both rules"
        );
    }
}

#[test]
fn utc_mode_writes_single_items_in_utc_and_series_in_their_zone() {
    let text = unfold(&ics(&support::sample(), Scope::default(), false, true));
    for event in events(&text) {
        let zoned = param(&event, "DTSTART", "TZID").is_some();
        let recurring = event.find_prop("RRULE").is_some();
        let all_day = param(&event, "DTSTART", "VALUE") == Some("DATE");
        assert!(all_day || zoned == recurring, "{event:?}");
    }
    // The Veneto workshop, 09:30 in Rome in summer time, is 07:30 UTC.
    assert!(text.contains("DTSTART:20170629T073000Z"), "{text}");
}

#[test]
fn recurrences_become_rrules_with_until() {
    let text = unfold(&whole(&support::sample()));
    // Weekly 15-minute call in Rome until 18 Dec 2017: UNTIL is the end
    // of that day in Rome, 23:59:59 CET = 22:59:59 UTC.
    assert!(
        text.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20171218T225959Z"),
        "{text}"
    );
    // A monthly whole-day item ends with a date.
    assert!(text.contains("RRULE:FREQ=MONTHLY;INTERVAL=1;UNTIL=20190401\r\n"));
}

#[test]
fn deadlines_are_all_day_with_a_reminder_while_open() {
    let plan = support::sample();
    let unfolded = unfold(&whole(&plan));
    let events = events(&unfolded);
    for d in &plan.deliverables {
        let uid = format!("deliverable-{}@s3-4alpclusters.commplan", d.id.0);
        let event = events.iter().find(|e| prop(e, "UID") == uid).unwrap();
        assert_eq!(prop(event, "DTSTART"), d.due.format("%Y%m%d").to_string());
        assert_eq!(param(event, "DTSTART", "VALUE"), Some("DATE"));
        let alarms: Vec<_> = event
            .components
            .iter()
            .filter(|c| c.name == "VALARM")
            .collect();
        if d.status.is_delivered() {
            assert!(alarms.is_empty());
        } else {
            assert_eq!(alarms.len(), 1);
            assert_eq!(prop(alarms[0], "TRIGGER"), "-P7D");
            assert_eq!(prop(alarms[0], "ACTION"), "DISPLAY");
        }
    }
}

#[test]
fn uids_stay_and_sequence_moves_when_an_item_changes() {
    let mut plan = support::sample();
    let first = whole(&plan);
    let before: HashMap<String, String> = events(&unfold(&first))
        .iter()
        .map(|e| (prop(e, "UID").to_owned(), prop(e, "SEQUENCE").to_owned()))
        .collect();

    let previous = plan.activities[3].clone();
    let mut changed = previous.clone();
    changed.title.push_str(" (moved)");
    changed.when = changed.when.shifted(7);
    let at = Utc.with_ymd_and_hms(2026, 2, 1, 12, 0, 0).unwrap();
    changed.stamp(&previous, at);
    let id = changed.id;
    plan.apply(commplan_core::Edit::Activity(
        commplan_core::Change::Update(changed),
    ))
    .unwrap();

    let second = whole(&plan);
    let unfolded = unfold(&second);
    let after = events(&unfolded);
    let after_uids: BTreeSet<&str> = after.iter().map(|e| prop(e, "UID")).collect();
    let before_uids: BTreeSet<&str> = before.keys().map(String::as_str).collect();
    assert_eq!(
        after_uids, before_uids,
        "the same UIDs, so a re-import updates"
    );
    let uid = format!("activity-{}@s3-4alpclusters.commplan", id.0);
    let event = after.iter().find(|e| prop(e, "UID") == uid).unwrap();
    let old: u32 = before[&uid].parse().unwrap();
    let new: u32 = prop(event, "SEQUENCE").parse().unwrap();
    assert_eq!(new, old + 1);
    assert_eq!(prop(event, "LAST-MODIFIED"), "20260201T120000Z");
    let untouched = after
        .iter()
        .filter(|e| prop(e, "UID") != uid)
        .all(|e| before[prop(e, "UID")] == prop(e, "SEQUENCE"));
    assert!(untouched, "other items keep their SEQUENCE");
}

#[test]
fn a_partner_gets_only_its_items_and_a_range_cuts_the_rest() {
    let plan = support::sample();
    let ven = PartnerId::new("VEN");
    let scope = Scope {
        partner: Some(ven.clone()),
        from: NaiveDate::from_ymd_opt(2018, 1, 1),
        to: NaiveDate::from_ymd_opt(2018, 6, 30),
    };
    let unfolded = unfold(&ics(&plan, scope.clone(), true, false));
    let events = events(&unfolded);
    let expected = plan
        .activities
        .iter()
        .filter(|a| scope.activity(a, plan.project.end))
        .count()
        + plan
            .deliverables
            .iter()
            .filter(|d| scope.deliverable(d))
            .count();
    assert!(expected > 0);
    assert_eq!(events.len(), expected);
    for a in plan
        .activities
        .iter()
        .filter(|a| !a.partners().any(|p| p == &ven))
    {
        assert!(!unfolded.contains(&format!("UID:activity-{}@", a.id.0)));
    }
    assert!(unfolded.contains("X-WR-CALNAME:S3-4AlpClusters — Veneto Region"));
}

#[test]
fn text_is_escaped_so_the_parser_gives_it_back() {
    let mut plan = support::sample();
    let nasty = "Kick-off; agenda, part 1\\2\nsecond line — “quotes” 🎉 <b>&amp;</b>";
    plan.activities[0].title = nasty.to_owned();
    plan.activities[0].location.venue = "Sala Europa; Palazzo, 1st floor".to_owned();
    let text = whole(&plan);
    let unfolded = unfold(&text);
    let events = events(&unfolded);
    let event = events
        .iter()
        .find(|e| prop(e, "UID").starts_with("activity-1@"))
        .unwrap();
    assert_eq!(prop(event, "SUMMARY"), nasty);
    assert!(prop(event, "LOCATION").starts_with("Sala Europa; Palazzo, 1st floor"));
    assert!(text.contains("SUMMARY:Kick-off\\; agenda\\, part 1\\\\2\\nsecond"));
    assert_eq!(text::unfold(&text), unfolded);
}
