//! The global search (Ctrl+K): type, choose with the arrows, Enter jumps.

use crate::support as gui;

use commplan::app::{Message, search};
use commplan::screen::Screen;
use commplan_core::search::{Index, Kind, Target};
use gui::Harness;
use iced::keyboard::{Modifiers, key::Named};

#[test]
fn ctrl_k_then_a_deliverable_code_and_enter_opens_it_in_the_editor() {
    let mut h = Harness::sample();
    h.click(&Screen::Partners.title()).unwrap();
    let d = h.app.plan.deliverables[4].clone();
    h.key("k", Modifiers::CTRL);
    assert!(h.shows("↑ ↓ to choose · Enter to open · Esc to close"));
    h.type_into(search::INPUT, &d.code).unwrap();
    assert!(h.shows("Deliverables"), "results are grouped by kind");
    assert!(h.shows(&d.title), "the deliverable is found");
    h.submit(search::INPUT).unwrap();

    assert_eq!(h.app.screen, Screen::Deliverables);
    assert_eq!(h.app.jumped, Some(Target::Deliverable(d.id)));
    assert!(
        h.shows(&format!("Edit {}", d.code)),
        "it is open in the editor"
    );
    assert!(
        !h.shows("↑ ↓ to choose · Enter to open · Esc to close"),
        "the search closed"
    );
}

#[test]
fn arrows_choose_a_partner_and_escape_closes() {
    let mut h = Harness::sample();
    // Deliverables and activities come before partners: count the results
    // above the partner VEN, as the overlay lists them.
    let results = Index::new(&h.app.plan).search("VEN", 6);
    let steps = results
        .hits()
        .position(|hit| hit.kind == Kind::Partner)
        .expect("VEN is found");
    assert!(steps > 0, "something comes before the partner");
    h.key("k", Modifiers::CTRL);
    h.type_into(search::INPUT, "VEN").unwrap();
    for _ in 0..steps {
        h.press(Named::ArrowDown, Modifiers::empty());
    }
    h.press(Named::ArrowDown, Modifiers::empty());
    h.press(Named::ArrowUp, Modifiers::empty());
    h.submit(search::INPUT).unwrap();
    assert_eq!(h.app.screen, Screen::Partners);
    assert_eq!(
        h.app.jumped,
        Some(Target::Partner(commplan_core::PartnerId::new("VEN")))
    );
    assert!(
        h.shows("Edit Veneto Region"),
        "the partner is open in its form"
    );

    h.key("k", Modifiers::CTRL);
    assert!(h.shows("↑ ↓ to choose · Enter to open · Esc to close"));
    h.press(Named::Escape, Modifiers::empty());
    assert!(!h.shows("↑ ↓ to choose · Enter to open · Esc to close"));
    assert_eq!(h.app.screen, Screen::Partners, "Escape goes nowhere");
}

#[test]
fn an_activity_opens_the_calendar_with_its_target() {
    let mut h = Harness::sample();
    let a = h.app.plan.activities[0].clone();
    h.key("k", Modifiers::CTRL);
    h.type_into(search::INPUT, &a.title).unwrap();
    h.submit(search::INPUT).unwrap();
    assert_eq!(h.app.screen, Screen::Calendar);
    assert!(matches!(h.app.jumped, Some(Target::Activity(id, _)) if id == a.id));
    assert_eq!(
        h.app.calendar.selected.map(|p| p.id),
        Some(a.id),
        "the calendar selects it"
    );
    assert_eq!(
        h.app.calendar.anchor,
        Some(a.when.start_date()),
        "on its day"
    );
    assert!(h.shows(&a.title), "the selection line names it");
}

#[test]
fn a_log_entry_opens_in_the_log_form() {
    let mut h = Harness::sample();
    let e = h.app.plan.log[5].clone();
    h.key("k", Modifiers::CTRL);
    h.type_into(search::INPUT, &e.title).unwrap();
    h.submit(search::INPUT).unwrap();
    assert_eq!(h.app.screen, Screen::Dissemination);
    assert!(h.shows("Editing an entry"));
    assert!(h.shows(&e.title));
}

#[test]
fn an_overview_deadline_opens_the_deliverable() {
    let mut h = Harness::sample();
    h.app.today = h.app.plan.project.start;
    let first = h
        .app
        .plan
        .deliverables
        .iter()
        .min_by_key(|d| d.due)
        .unwrap()
        .clone();
    h.update(Message::Overview(
        commplan::screen::overview::Message::Jump(Target::Deliverable(first.id)),
    ));
    assert_eq!(h.app.screen, Screen::Deliverables);
    assert!(h.shows(&first.title));
}
