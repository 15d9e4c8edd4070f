//! The app shell, driven like a person would: the sidebar reaches every
//! screen, an edit made in a form is undone and redone with the keyboard,
//! and a plan open elsewhere is read-only.

use std::sync::Arc;

use crate::support as gui;

use commplan::app::{Message, Notice};
use commplan::screen::{Screen, partners};
use commplan::theme::Tone;
use commplan_core::{Change, Edit, PartnerId};
use gui::Harness;
use iced::keyboard::Modifiers;

#[test]
fn the_sidebar_reaches_every_screen_and_each_shows_the_plan() {
    let mut h = Harness::sample();
    let expectations = [
        (Screen::Calendar, "November 2016"),
        (Screen::Deliverables, "D.C.1.1"),
        (Screen::Dissemination, "Dissemination"),
        (Screen::Partners, "Veneto Region"),
        (Screen::Indicators, "Indicators"),
        (Screen::Settings, "Where your work is kept"),
        (Screen::Overview, "S3-4AlpClusters"),
    ];
    for (screen, visible) in expectations {
        h.click(&screen.title())
            .unwrap_or_else(|e| panic!("sidebar entry {screen:?}: {e}"));
        assert_eq!(h.app.screen, screen);
        assert!(h.shows(visible), "{screen:?} shows {visible:?}");
    }
}

#[test]
fn ctrl_and_a_digit_switch_screens() {
    let mut h = Harness::sample();
    h.key("2", Modifiers::CTRL);
    assert_eq!(h.app.screen, Screen::Calendar);
    h.key("7", Modifiers::CTRL);
    assert_eq!(h.app.screen, Screen::Settings);
}

#[test]
fn adding_a_partner_then_undo_and_redo_by_keyboard() {
    let mut h = Harness::sample();
    let before = h.app.plan.partners.len();
    h.click("Partners").unwrap();
    h.type_into(partners::ID_INPUT, "ccia").unwrap();
    h.type_into(partners::NAME_INPUT, "Camera di commercio di Venezia")
        .unwrap();
    h.type_into(partners::COUNTRY_INPUT, "it").unwrap();
    h.click("Add").unwrap();

    let added = h
        .app
        .plan
        .partner(&PartnerId::new("CCIA"))
        .expect("the partner was added");
    assert_eq!(added.name, "Camera di commercio di Venezia");
    assert_eq!(added.country.0, "IT");
    assert_eq!(h.app.plan.partners.len(), before + 1);
    assert!(h.app.document.is_dirty(), "an edit marks the plan unsaved");
    assert!(
        h.app.title().starts_with("• "),
        "the title shows the unsaved marker"
    );
    assert!(h.shows("Camera di commercio di Venezia"));

    h.key("z", Modifiers::CTRL);
    assert_eq!(
        h.app.plan.partners.len(),
        before,
        "Ctrl+Z undid the addition"
    );
    assert!(!h.shows("Camera di commercio di Venezia"));

    h.key("Z", Modifiers::CTRL | Modifiers::SHIFT);
    assert_eq!(
        h.app.plan.partners.len(),
        before + 1,
        "Ctrl+Shift+Z redid it"
    );
    h.key("z", Modifiers::CTRL);
    h.key("y", Modifiers::CTRL);
    assert_eq!(h.app.plan.partners.len(), before + 1, "Ctrl+Y redoes too");
}

#[test]
fn undo_and_redo_with_nothing_to_do_leave_the_plan_and_its_version_alone() {
    let mut h = Harness::sample();
    let version = h.app.plan_version();
    // As a save in progress does: an edit would have to copy the plan.
    let saving = Arc::clone(&h.app.plan);
    h.key("z", Modifiers::CTRL);
    h.key("Z", Modifiers::CTRL | Modifiers::SHIFT);
    h.key("y", Modifiers::CTRL);
    h.update(Message::Undo);
    h.update(Message::Redo);
    assert_eq!(h.app.plan_version(), version, "no screen rebuilds");
    assert!(Arc::ptr_eq(&h.app.plan, &saving), "the plan was not copied");
    assert!(!h.app.document.is_dirty());
}

#[test]
fn a_refused_edit_leaves_the_plan_and_its_version_alone_even_during_a_save() {
    let mut h = Harness::sample();
    h.click("Partners").unwrap();
    let version = h.app.plan_version();
    let saving = Arc::clone(&h.app.plan);
    // The screen would not offer this; the app refuses it all the same.
    let in_use = || Edit::Partner(Change::Remove(PartnerId::new("VEN")));
    h.app.apply(in_use());
    assert!(matches!(
        h.app.notice,
        Some(Notice {
            tone: Tone::Danger,
            ..
        })
    ));
    assert_eq!(h.app.plan_version(), version, "no screen rebuilds");
    assert!(Arc::ptr_eq(&h.app.plan, &saving), "the plan was not copied");
    assert!(!h.app.document.is_dirty());
    drop(saving);
    let alone = Arc::as_ptr(&h.app.plan);
    h.app.apply(in_use());
    assert_eq!(h.app.plan_version(), version, "nor without a save");
    assert_eq!(Arc::as_ptr(&h.app.plan), alone);
    let saving = Arc::clone(&h.app.plan);

    // An edit that is accepted during the save changes a copy, and leaves
    // the save's plan as it was.
    let mut project = h.app.plan.project.clone();
    project.name = "Renamed during a save".into();
    h.app.apply(Edit::Project(project));
    assert_eq!(h.app.plan_version(), version + 1);
    assert!(!Arc::ptr_eq(&h.app.plan, &saving));
    assert_ne!(saving.project.name, "Renamed during a save");
    drop(saving);

    h.key("z", Modifiers::CTRL);
    assert_eq!(h.app.plan_version(), version + 2, "an undo that undoes");
    let undone = Arc::as_ptr(&h.app.plan);
    h.key("z", Modifiers::CTRL);
    assert_eq!(
        h.app.plan_version(),
        version + 2,
        "and one with nothing left"
    );
    assert_eq!(Arc::as_ptr(&h.app.plan), undone);
}

#[test]
fn a_bad_partner_is_refused_in_the_form_with_a_reason() {
    let mut h = Harness::sample();
    let before = h.app.plan.clone();
    h.click("Partners").unwrap();
    h.type_into(partners::ID_INPUT, "NEW").unwrap();
    h.type_into(partners::NAME_INPUT, "Somebody").unwrap();
    h.type_into(partners::COUNTRY_INPUT, "ITA").unwrap();
    h.click("Add").unwrap();
    assert_eq!(h.app.plan, before);
    assert!(h.shows("“ITA” is not a two-letter country code such as IT or AT."));
}

#[test]
fn removing_a_partner_in_use_is_refused_and_says_what_uses_it() {
    let mut h = Harness::sample();
    let before = h.app.plan.clone();
    h.click("Partners").unwrap();
    h.update(Message::Partners(partners::Message::RemovePressed(
        PartnerId::new("VEN"),
    )));
    assert_eq!(h.app.plan, before, "nothing changed");
    let uses = commplan_core::validate::partner_uses(&before, &PartnerId::new("VEN"));
    let says = format!("Partner “VEN” is still used by {uses}.");
    assert!(says.contains("activities"), "{says}");
    assert!(h.shows(&says), "the screen says why: {says}");
}

#[test]
fn a_plan_open_in_another_instance_opens_read_only_and_refuses_edits() {
    let h = Harness::sample();
    // The first app holds the lock; a second one on the same file:
    let mut second = commplan::app::App::new(
        commplan::config::Paths::under(h.dir.path()),
        commplan::config::Settings::default(),
        commplan_core::Plan::empty("", h.app.plan.project.start),
    );
    second.open_now(h.plan_file());
    assert_eq!(second.plan, h.app.plan, "the plan is shown");
    assert!(second.document.read_only.is_some(), "but read-only");
    assert!(
        second.title().ends_with("(read-only)"),
        "{}",
        second.title()
    );
    let before = second.plan.clone();
    let form = |m| Message::Partners(partners::Message::Form(m));
    let _ = second.update(form(partners::FormMessage::IdChanged("ZZ".into())));
    let _ = second.update(form(partners::FormMessage::NameChanged("Zed".into())));
    let _ = second.update(form(partners::FormMessage::CountryChanged("IT".into())));
    let _ = second.update(form(partners::FormMessage::Submitted));
    assert_eq!(second.plan, before, "the edit was refused");
    assert!(second.notice.is_some());
}
