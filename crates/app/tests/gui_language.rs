//! Switching the interface language at run time, as a person does it in
//! Settings. In its own test binary: the language is process-wide, so no
//! other flow may run beside this one.

#[path = "gui/support.rs"]
mod gui;

use commplan::config::Settings;
use commplan_core::i18n;
use gui::Harness;

#[test]
fn switching_to_italian_translates_the_window_and_is_remembered() {
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
