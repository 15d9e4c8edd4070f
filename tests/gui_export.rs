//! The Export dialog, driven like a person would: open it with Ctrl+E, pick
//! what to export, say where (CommPlan's own path field stands in for the
//! system's file dialog), and find the files partners will open.

#[path = "support/gui.rs"]
mod gui;

use commplan::app::{Message, PATH_INPUT, export};
use commplan::data::export::Format;
use gui::Harness;
use icalendar::parser::{read_calendar, unfold};
use iced::keyboard::Modifiers;

fn opened() -> Harness {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    assert!(h.app.export_dialog().is_some(), "Ctrl+E opens the dialog");
    h
}

#[test]
fn one_partners_june_calendar_is_written_where_asked() {
    let mut h = opened();
    h.click("Calendar (.ics)").expect("the ICS format button");
    h.type_into(export::FROM_INPUT, "2017-06-01")
        .expect("from field");
    h.type_into(export::TO_INPUT, "2017-06-30")
        .expect("to field");
    // The dialog's own "Export…" (the toolbar has a button of that name too).
    h.update(Message::Export(export::Message::SaveRequested));
    assert!(h.shows("Export to"), "CommPlan's path field asks where");

    let target = h.dir.path().join("june");
    let field = target.display().to_string();
    select_all_and_type(&mut h, &field);
    h.click("Export").expect("the path dialog's Export button");

    let written = h.dir.path().join("june.ics");
    let bytes = std::fs::read(&written)
        .unwrap_or_else(|e| panic!("{} was not written: {e}", written.display()));
    let text = String::from_utf8(bytes).expect("UTF-8");
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("an independent parser reads it");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert!(!events.is_empty(), "June 2017 has events");
    assert!(
        text.contains("Sala Europa"),
        "the 29 June workshop in Venezia-Marghera is in it"
    );
    assert!(
        !text.contains("DTSTART;VALUE=DATE:2018"),
        "nothing after June 2017"
    );
    assert!(h.app.export_dialog().is_none(), "the dialog closes");
    let notice = h.app.notice.as_ref().expect("a notice says where it went");
    assert!(notice.text.contains("june.ics"), "{}", notice.text);
}

#[test]
fn every_partner_gets_a_file_in_the_chosen_folder() {
    let mut h = opened();
    h.click("Table (.csv)").expect("the CSV format button");
    assert_eq!(h.app.export_dialog().map(|d| d.format), Some(Format::Csv));
    h.click("Export for every partner (15)…")
        .expect("the every-partner button names how many");
    let folder = h.dir.path().join("for-partners");
    std::fs::create_dir(&folder).unwrap();
    select_all_and_type(&mut h, &folder.display().to_string());
    h.click("Export").expect("the path dialog's Export button");

    let files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 15, "one file per partner: {files:?}");
    assert!(files.iter().all(|f| f.ends_with(".csv")), "{files:?}");
    assert!(files.iter().any(|f| f.contains("-ven-")), "{files:?}");
}

#[test]
fn a_range_that_ends_before_it_starts_is_refused_in_the_dialog() {
    let mut h = opened();
    h.type_into(export::FROM_INPUT, "2018-01-01")
        .expect("from field");
    h.type_into(export::TO_INPUT, "2017-01-01")
        .expect("to field");
    h.update(Message::Export(export::Message::SaveRequested));
    let dialog = h.app.export_dialog().expect("the dialog stays open");
    assert!(dialog.error.is_some(), "it says what is wrong");
    assert!(!h.shows("Export to"), "no file is asked for");
}

/// Replaces the path field's suggestion with `text`.
fn select_all_and_type(h: &mut Harness, text: &str) {
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        String::new(),
    )));
    h.type_into(PATH_INPUT, text).expect("the path field");
}
