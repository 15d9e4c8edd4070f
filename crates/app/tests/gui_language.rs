//! Switching the interface language at run time, as a person does it in
//! Settings. In its own test binary: the language is process-wide, so no
//! other flow may run beside this one.

#[path = "gui/support.rs"]
mod gui;

use std::sync::Mutex;

use commplan::app::Message;
use commplan::config::Settings;
use commplan::screen::calendar::editor::{self, Message as EditorMessage};
use commplan::screen::calendar::{Message as CalendarMessage, View};
use commplan_core::{When, i18n};
use gui::{Harness, Mouse};

/// The interface's language is the process's: one test at a time.
static LANGUAGE: Mutex<()> = Mutex::new(());

#[test]
fn switching_to_italian_translates_the_window_and_is_remembered() {
    let _one = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let mut h = Harness::sample();
    h.click("Settings").expect("the sidebar leads to Settings");
    assert!(h.shows("Calendar"), "English at first");

    h.click("Italiano")
        .expect("Italian is offered by its own name");

    assert_eq!(i18n::current(), "it");
    assert!(h.shows("Calendario"), "the sidebar reads in Italian");
    assert!(
        h.shows("Impostazioni"),
        "the screen's title reads in Italian"
    );
    assert!(
        !h.shows("Dissemination"),
        "no English label is left in the sidebar"
    );
    h.settle_settings();
    let saved = Settings::load(&h.app.paths.settings_file());
    assert_eq!(saved.language.as_deref(), Some("it"), "the choice is saved");

    // Counts in messages are grouped the Italian way; years are not.
    assert_eq!(
        commplan_core::fl!("log-subtitle", count = 50_000),
        "50.000 voci nel registro"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2017, 6, 29).unwrap();
    assert_eq!(commplan_core::format::date(day), "29 giu 2017");

    h.click("English")
        .expect("English is offered by its own name");
    assert_eq!(i18n::current(), "en");
    assert!(h.shows("Calendar"), "back to English without a restart");
    assert_eq!(
        commplan_core::fl!("log-subtitle", count = 50_000),
        "50,000 entries in the log"
    );
}

#[test]
fn in_italian_portogallo_finds_lisbon_and_names_its_country_in_italian() {
    let _one = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let mut h = Harness::sample();
    h.click("Settings").unwrap();
    h.click("Italiano").unwrap();
    assert_eq!(i18n::current(), "it");

    let day = |d| chrono::NaiveDate::from_ymd_opt(2017, 6, d).unwrap();
    h.app.today = day(20);
    let calendar = |h: &mut Harness, m| h.update(Message::Calendar(m));
    h.click("Calendario").unwrap();
    calendar(&mut h, CalendarMessage::ViewChosen(View::Month));
    calendar(&mut h, CalendarMessage::Create(day(13), Some(10 * 60)));
    h.type_into(editor::TITLE_INPUT, "Riunione").unwrap();
    let id = h.app.calendar.editor.as_ref().unwrap().activity_id();
    calendar(
        &mut h,
        CalendarMessage::Editor(EditorMessage::ZoneEdited(String::new())),
    );
    h.type_into(editor::ZONE_INPUT, "portogallo").unwrap();
    let label = "Lisbon · Portogallo · Europe/Lisbon";
    assert!(h.shows(label), "the country in Italian");
    let mut mouse = Mouse::new();
    let at = mouse.find(&h, label).expect("the zone shows");
    mouse.click_at(&mut h, at.center());
    assert!(!h.shows(label), "picking closes the list");
    h.click("Salva attività").unwrap();
    let saved = h.app.plan.activity(id).expect("saved");
    let When::Timed { zone, .. } = &saved.when else {
        panic!("a timed item");
    };
    assert_eq!(*zone, chrono_tz::Europe::Lisbon);

    h.click("Impostazioni").unwrap();
    h.click("English").unwrap();
    assert_eq!(i18n::current(), "en");
}
