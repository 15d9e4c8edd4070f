//! The Export dialog, driven like a person would: open it with Ctrl+E, pick
//! what to export, say where (CommPlan's own path field stands in for the
//! system's file dialog), and find the files partners will open.

use crate::support as gui;

use commplan::app::{Message, PATH_INPUT, export};
use commplan::keys::{self, Shortcut};
use commplan_core::export::Format;
use gui::Harness;
use icalendar::parser::{read_calendar, unfold};
use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};

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

#[test]
fn the_range_is_read_like_every_other_date_field() {
    let mut h = opened();
    h.type_into(export::FROM_INPUT, "01.06.2017")
        .expect("from field");
    h.type_into(export::TO_INPUT, "30/06/2017")
        .expect("to field");
    h.update(Message::Export(export::Message::SaveRequested));
    let error = h.app.export_dialog().and_then(|d| d.error.clone());
    assert_eq!(error, None, "both dates are read");
    assert!(h.shows("Export to"), "the file is asked for");
}

#[test]
fn the_whole_dialog_works_from_the_keyboard() {
    let mut h = opened();
    let focus = |h: &Harness| h.app.export_dialog().and_then(|d| d.focus);

    press(&mut h, Named::Tab, Modifiers::empty());
    assert_eq!(
        focus(&h),
        Some(export::Field::Format),
        "Tab starts at the format"
    );
    press(&mut h, Named::ArrowRight, Modifiers::empty());
    assert_eq!(h.app.export_dialog().map(|d| d.format), Some(Format::Csv));

    press(&mut h, Named::Tab, Modifiers::empty());
    assert_eq!(focus(&h), Some(export::Field::Partner));
    press(&mut h, Named::ArrowDown, Modifiers::empty());
    let first = h.app.plan.partners[0].id.clone();
    assert_eq!(
        h.app.export_dialog().and_then(|d| d.partner.clone()),
        Some(first.clone()),
        "Down picks the first partner after the whole plan"
    );

    // From, To, Table, then the separator.
    for _ in 0..4 {
        press(&mut h, Named::Tab, Modifiers::empty());
    }
    assert_eq!(focus(&h), Some(export::Field::Separator));
    assert!(
        h.app.export_dialog().is_some_and(|d| d.semicolon),
        "the partner's language (French) preselects ';'"
    );
    press(&mut h, Named::Space, Modifiers::empty());
    press(&mut h, Named::Tab, Modifiers::empty());
    press(&mut h, Named::Space, Modifiers::empty());
    let dialog = h.app.export_dialog().expect("still open");
    assert!(
        !dialog.semicolon && !dialog.bom,
        "Space set ',' and took the BOM off (on by default)"
    );

    // Shift+Tab goes back: from the BOM box to the separator.
    press(&mut h, Named::Tab, Modifiers::SHIFT);
    assert_eq!(focus(&h), Some(export::Field::Separator));

    press(&mut h, Named::Enter, Modifiers::empty());
    assert!(h.shows("Export to"), "Enter asks where to write");
    let target = h.dir.path().join("by-keyboard.csv");
    select_all_and_type(&mut h, &target.display().to_string());
    h.click("Export").expect("the path dialog's Export button");

    let bytes = std::fs::read(&target)
        .unwrap_or_else(|e| panic!("{} was not written: {e}", target.display()));
    assert!(
        !bytes.starts_with(b"\xEF\xBB\xBF"),
        "without the BOM, as chosen"
    );
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains(',') && !header.contains(';'), "{header}");
    assert!(text.lines().count() > 1, "the partner has activities");
}

#[test]
fn a_reversed_range_is_flagged_while_typing_and_export_is_held_back() {
    let mut h = opened();
    h.type_into(export::FROM_INPUT, "2018-01-01")
        .expect("from field");
    h.type_into(export::TO_INPUT, "2017-0").expect("to field");
    assert!(
        !h.shows("The date range ends"),
        "no complaint about a date still being typed"
    );
    h.type_into(export::TO_INPUT, "1-01").expect("to field");
    assert!(
        h.shows("The date range ends (2017-01-01) before it starts (2018-01-01)."),
        "the dialog says what is wrong before any click"
    );
    h.click("Export…").ok();
    assert!(!h.shows("Export to"), "the export button is held back");
    assert!(h.app.export_dialog().is_some(), "the dialog stays open");

    h.update(Message::Export(export::Message::ToChanged(
        "2018-12-31".into(),
    )));
    assert!(
        !h.shows("The date range ends"),
        "fixing it clears the message"
    );
}

/// Presses a named key through the window's shortcut mapping.
fn press(h: &mut Harness, key: Named, modifiers: Modifiers) {
    let shortcut = keys::from_key(&Key::Named(key), modifiers, false);
    assert!(
        matches!(shortcut, Some(Shortcut::Press(press)) if press.nav().is_some()),
        "{key:?} is a dialog key"
    );
    if let Some(shortcut) = shortcut {
        h.update(Message::Shortcut(shortcut));
    }
}

/// Replaces the path field's suggestion with `text`.
fn select_all_and_type(h: &mut Harness, text: &str) {
    h.update(Message::Dialog(commplan::app::DialogMessage::PathEdited(
        String::new(),
    )));
    h.type_into(PATH_INPUT, text).expect("the path field");
}
