//! Work in an editor is never dropped: closing the window, opening another
//! plan or leaving a screen with an editor or form holding changes asks
//! (save, discard, go back), and the header counts it as unsaved. A
//! read-only window (the plan open in another) offers no editing control.

use crate::support::{Harness, Mouse};

use commplan::app::{App, Message};
use commplan::screen::calendar::{self, Message as CalendarMessage, View};
use commplan::screen::{Screen, dissemination, partners};
use iced::keyboard::Modifiers;
use iced::window;

const ASKS: &str = "Save your changes before going on?";

/// The calendar with a new activity's editor holding a typed title.
fn typing_a_new_activity() -> Harness {
    let mut h = Harness::sample();
    h.click("Calendar").unwrap();
    h.click("New activity").unwrap();
    h.type_into(
        calendar::editor::TITLE_INPUT,
        "Press conference in Brussels",
    )
    .unwrap();
    assert!(h.app.calendar.unsaved());
    h
}

fn on_disk(h: &Harness) -> String {
    std::fs::read_to_string(h.plan_file()).unwrap()
}

#[test]
fn a_dirty_editor_asks_before_the_window_closes_and_saves_when_told() {
    let mut h = typing_a_new_activity();
    let before = (*h.app.plan).clone();
    assert!(h.shows("Unsaved changes"), "the header counts the editor");

    h.update(Message::CloseRequested(window::Id::unique()));
    assert!(h.shows(ASKS), "closing asks first");
    assert!(h.shows("Calendar: what you typed is not saved yet."));
    h.click("Go back").unwrap();
    assert!(!h.shows(ASKS));
    assert!(h.app.calendar.unsaved(), "the editor is as it was");
    assert_eq!(*h.app.plan, before);

    h.update(Message::CloseRequested(window::Id::unique()));
    h.click("Save").unwrap();
    assert!(
        h.app
            .plan
            .activities
            .iter()
            .any(|a| a.title == "Press conference in Brussels"),
        "Save saved the editor"
    );
    assert!(
        on_disk(&h).contains("Press conference in Brussels"),
        "and the window's close wrote it to the file"
    );
}

#[test]
fn discard_drops_the_editor_and_closes() {
    let mut h = typing_a_new_activity();
    let before = (*h.app.plan).clone();
    h.update(Message::CloseRequested(window::Id::unique()));
    h.click("Discard changes").unwrap();
    assert!(h.app.calendar.editor.is_none());
    assert_eq!(*h.app.plan, before);
    assert!(!on_disk(&h).contains("Press conference in Brussels"));
}

#[test]
fn opening_another_plan_or_leaving_the_screen_asks_too() {
    let mut h = typing_a_new_activity();
    h.key("o", Modifiers::CTRL);
    assert!(h.shows(ASKS), "Open asks first");
    h.click("Go back").unwrap();
    h.key("n", Modifiers::CTRL);
    assert!(h.shows(ASKS), "New asks first");
    h.click("Go back").unwrap();

    h.click("Partners").unwrap();
    assert!(h.shows(ASKS), "another screen asks first");
    h.click("Go back").unwrap();
    assert_eq!(h.app.screen, Screen::Calendar);
    h.click("Partners").unwrap();
    h.click("Discard changes").unwrap();
    assert_eq!(h.app.screen, Screen::Partners);

    // A half-typed partner, then another screen.
    h.type_into(partners::ID_INPUT, "ZZ").unwrap();
    assert!(h.shows("Unsaved changes"));
    h.click("Calendar").unwrap();
    assert!(h.shows(ASKS));
    assert!(h.shows("Partners: what you typed is not saved yet."));
    h.click("Go back").unwrap();
    assert_eq!(h.app.screen, Screen::Partners);
}

/// A second window on the plan the harness holds: read-only.
fn second_window(first: &Harness) -> Harness {
    let mut app = App::new(
        commplan::config::Paths::under(first.dir.path()),
        commplan::config::Settings::default(),
        commplan_core::Plan::empty("", first.app.plan.project.start),
    );
    app.open_now(first.plan_file());
    assert!(
        app.document.read_only.is_some(),
        "the second window is read-only"
    );
    Harness {
        app,
        dir: tempfile::tempdir().unwrap(),
    }
}

#[test]
fn a_read_only_window_offers_no_enabled_editing_control() {
    let first = Harness::sample();
    let mut h = second_window(&first);
    let before = (*h.app.plan).clone();
    let mut mouse = Mouse::new();
    assert_eq!(
        mouse.count(
            &h,
            "This plan is open in another CommPlan window, so it is read-only here. Use Save As to continue in a copy."
        ),
        1,
        "one banner says so"
    );

    // Calendar: new, duplicate, delete, double click, keys, drag.
    h.click("Calendar").unwrap();
    h.update(Message::Calendar(CalendarMessage::ViewChosen(View::Month)));
    h.update(Message::Calendar(CalendarMessage::DayPicked(
        chrono::NaiveDate::from_ymd_opt(2017, 6, 12).unwrap(),
    )));
    for label in ["New activity", "Duplicate", "Delete"] {
        let _ = h.click(label);
    }
    let title = "Workshop of 29 June announced on the Regione del Veneto website";
    let item = mouse.find(&h, title).expect("the item shows");
    let at = iced::Point::new(item.x + 8.0, item.center_y());
    mouse.double_click_at(&mut h, at);
    assert!(
        h.app
            .calendar
            .editor
            .as_ref()
            .is_none_or(|e| e.is_read_only()),
        "a double click opens no editor that can change the item"
    );
    // It shows the item to read; Close puts it away.
    let _ = h.click("Close");
    assert!(h.app.calendar.editor.is_none());
    mouse.drag(&mut h, at, iced::Point::new(at.x + 300.0, at.y));
    for key in ["n", "d"] {
        h.key(key, Modifiers::empty());
    }
    h.key("d", Modifiers::CTRL);
    h.press(iced::keyboard::key::Named::Delete, Modifiers::empty());
    h.press(iced::keyboard::key::Named::Enter, Modifiers::empty());
    h.press(iced::keyboard::key::Named::ArrowRight, Modifiers::ALT);
    assert!(h.app.calendar.editor.is_none(), "no key opens an editor");
    assert_eq!(*h.app.plan, before, "nothing moved, was added or removed");

    // Deliverables, indicators: no new or edit.
    h.click("Deliverables").unwrap();
    let _ = h.click("New deliverable");
    h.click("Indicators").unwrap();
    for label in ["New indicator", "Edit", "Delete"] {
        let _ = h.click(label);
    }
    assert!(
        !h.app.busy_screens().contains(&Screen::Indicators),
        "no indicator editor"
    );

    // Forms: nothing can be typed or added.
    h.click("Dissemination").unwrap();
    let _ = h.type_into(
        dissemination::form::TITLE_INPUT,
        "Typed in a read-only window",
    );
    let _ = h.click("Add entry");
    h.click("Partners").unwrap();
    let _ = h.type_into(partners::ID_INPUT, "ZZ");
    let _ = h.click("Add");
    assert!(h.app.unsaved_screens().is_empty(), "no form took anything");
    assert!(
        h.app.busy_screens().iter().all(|s| *s == Screen::Calendar),
        "no editor is open: {:?}",
        h.app.busy_screens()
    );
    assert_eq!(*h.app.plan, before);
    drop(first);
}
