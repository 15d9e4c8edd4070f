//! What a publish would put on the server, without a server: a calendar per
//! partner in its language, resources equal to the partner's own export,
//! stable across runs; and the failures that need no server (bad address,
//! refused connection, cancelled). Publishing to a real server is tested
//! against Radicale in the app's `tests/publish_caldav.rs`.

#[path = "support/export.rs"]
mod support;

use std::sync::atomic::AtomicBool;

use chrono::Duration;
use commplan_core::PartnerId;
use commplan_core::export::{Format, Scope};
use commplan_core::publish::caldav::{self, Target};
use commplan_core::publish::calendars::{self, Choice};
use commplan_core::publish::dav::Credentials;
use commplan_core::publish::{PublishError, uid_suffix};

fn choice() -> Choice {
    Choice {
        partners: Vec::new(),
        whole_plan: true,
        reminder_days: Some(7),
        plan_language: "en".into(),
    }
}

#[test]
fn one_calendar_per_partner_in_its_language_equal_to_its_export() {
    let plan = support::sample();
    let wanted = calendars::desired(&plan, &choice(), support::now());
    assert_eq!(wanted.len(), plan.partners.len() + 1, "and the whole plan");
    for calendar in &wanted {
        let mut request = support::request(Format::Ics);
        request.ics.deliverables = true;
        request.ics.reminder_days = Some(7);
        request.language = calendar.language.clone();
        request.scope = Scope {
            partner: calendar.partner.clone(),
            ..Scope::default()
        };
        let export = support::text(&plan, &request);
        assert_eq!(calendar.file, export, "{}", calendar.name);
        assert_eq!(
            calendar.resources.len(),
            export.matches("BEGIN:VEVENT").count()
        );
        for (name, r) in &calendar.resources {
            assert_eq!(name, &format!("{}.ics", r.uid));
            assert!(r.uid.ends_with(&uid_suffix(&plan)));
            assert_eq!(r.body.matches("BEGIN:VEVENT").count(), 1);
            assert!(!r.body.contains("METHOD:"), "RFC 4791 §4.1");
            // Every TZID used has its VTIMEZONE in the same resource.
            for zone in r.body.split("TZID=").skip(1) {
                let id = zone.split([':', ';']).next().unwrap();
                assert!(r.body.contains(&format!("TZID:{id}")), "{id}");
            }
        }
    }
    let ven = wanted
        .iter()
        .find(|c| c.partner == Some(PartnerId::new("VEN")))
        .unwrap();
    assert_eq!(ven.language, "it");
    assert_eq!(ven.name, "s3-4alpclusters-ven");
    assert!(ven.file.contains("CATEGORIES:Scadenza"));
}

#[test]
fn hashes_do_not_move_with_the_clock_but_with_the_content() {
    let mut plan = support::sample();
    let first = calendars::desired(&plan, &choice(), support::now());
    let later = calendars::desired(&plan, &choice(), support::now() + Duration::days(3));
    let hashes = |c: &[calendars::Calendar]| -> Vec<String> {
        c.iter()
            .flat_map(|c| c.resources.values().map(|r| r.hash.clone()))
            .collect()
    };
    assert_eq!(hashes(&first), hashes(&later));
    plan.activities[0].title.push('!');
    let edited = calendars::desired(&plan, &choice(), support::now());
    let changed = hashes(&first)
        .iter()
        .zip(hashes(&edited))
        .filter(|(a, b)| *a != b)
        .count();
    let involved = plan.activities[0].partners().count() + 1; // + whole plan
    assert_eq!(changed, involved);
}

fn target(url: &str) -> Target {
    Target {
        url: url.into(),
        credentials: Credentials::new("alice", "pw".into()),
        dry_run: false,
    }
}

#[test]
fn failures_without_a_server_say_what() {
    let plan = support::sample();
    let wanted = calendars::desired(&plan, &choice(), support::now());
    let suffix = uid_suffix(&plan);
    let go = AtomicBool::new(false);
    let bad = caldav::publish(&target("ftp://x/"), &wanted, &suffix, &go, &mut |_| {});
    assert!(matches!(bad, Err(PublishError::BadUrl { .. })));
    let refused = caldav::publish(
        &target("http://127.0.0.1:9/"),
        &wanted,
        &suffix,
        &go,
        &mut |_| {},
    );
    match refused {
        Err(e @ PublishError::Unreachable { .. }) => {
            assert!(e.to_string().contains("http://127.0.0.1:9/"), "{e}")
        }
        other => panic!("{other:?}"),
    }
    let stop = AtomicBool::new(true);
    let cancelled = caldav::publish(
        &target("http://127.0.0.1:9/"),
        &wanted,
        &suffix,
        &stop,
        &mut |_| {},
    );
    assert_eq!(cancelled, Err(PublishError::Cancelled));
}
