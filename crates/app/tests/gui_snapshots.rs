//! Snapshots of each calendar view on the sample plan, and of the month in
//! German, drawn by the CPU renderer (see .cargo/config.toml). The hashes
//! are committed under tests/snapshots/calendar; a missing one fails the
//! test instead of being written silently. To accept a deliberate change,
//! run with `COMMPLAN_BLESS=1`, look at the PNGs written to
//! target/snapshots, and commit the new hashes.
//!
//! In its own test binary: the German snapshot switches the process-wide
//! language.

#[path = "gui/support.rs"]
mod gui;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use commplan::app::Message;
use commplan::screen::calendar::{Message as CalendarMessage, View};
use gui::Harness;
use iced::keyboard::Modifiers;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Compares the window with the committed snapshot `name`.
fn check(h: &Harness, name: &str) {
    let snapshot = h.snapshot();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = root.join("tests/snapshots/calendar").join(name);
    let hash_file = PathBuf::from(format!("{}-tiny-skia.sha256", committed.display()));
    let bless = std::env::var_os("COMMPLAN_BLESS").is_some();
    // For a person to look at, whatever the outcome.
    let picture = root.join("../../target/snapshots").join(name);
    let _ = std::fs::remove_file(format!("{}-tiny-skia.png", picture.display()));
    let _ = snapshot.matches_image(&picture);
    if bless {
        let _ = std::fs::remove_file(&hash_file);
    } else {
        assert!(
            hash_file.exists(),
            "no committed snapshot {}: run with COMMPLAN_BLESS=1 to create it",
            hash_file.display()
        );
    }
    assert!(
        snapshot
            .matches_hash(&committed)
            .expect("the snapshot compares"),
        "the {name} view changed: see {}-tiny-skia.png",
        picture.display()
    );
}

#[test]
fn each_view_of_the_sample_and_the_month_in_german() {
    let mut h = Harness::sample();
    h.app.today = day(2017, 6, 20);
    h.click("Calendar")
        .expect("the sidebar leads to the calendar");
    h.update(Message::Calendar(CalendarMessage::DayPicked(day(
        2017, 6, 12,
    ))));
    for (key, view, name) in [
        ("1", View::Month, "month"),
        ("2", View::Week, "week"),
        ("3", View::Agenda, "agenda"),
        ("4", View::Timeline, "timeline"),
    ] {
        h.key(key, Modifiers::empty());
        assert_eq!(h.app.calendar.view, view);
        check(&h, name);
    }

    h.key("1", Modifiers::empty());
    commplan_core::i18n::select("de");
    assert!(h.shows("Juni 2017"), "the month's name in German");
    assert!(h.shows("Do"), "weekday names in German");
    check(&h, "month-de");
    commplan_core::i18n::select("en");
}
