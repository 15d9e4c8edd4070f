//! The dissemination log as a person uses it: adding an entry (and seeing
//! its indicator move), a refused entry, filtering with the totals row,
//! editing, following an entry to its activity, and importing a partner's
//! spreadsheet through the dialog, then undoing it.

use crate::support as gui;

use std::path::Path;

use commplan::app::{DialogMessage, Message};
use commplan::screen::Screen;
use commplan::screen::dissemination::Message as LogMessage;
use commplan::screen::dissemination::form::{self, Field};
use commplan_core::indicators;
use commplan_core::vocab::Channel;
use commplan_core::{EntryId, PartnerId};
use gui::Harness;
use iced::keyboard::Modifiers;
use iced::keyboard::key::Named;

fn log(h: &mut Harness, message: LogMessage) {
    h.update(Message::Dissemination(message));
}

fn on_the_log() -> Harness {
    let mut h = Harness::sample();
    h.click("Dissemination")
        .expect("the sidebar leads to the log");
    h
}

/// "Press coverage" (C.2) counts press entries.
fn press_coverage(h: &Harness) -> u64 {
    let at = h
        .app
        .plan
        .indicators
        .iter()
        .position(|i| i.code == "C.2")
        .expect("the sample has C.2");
    indicators::all(&h.app.plan)[at].total
}

#[test]
fn adding_an_entry_through_the_form_moves_its_indicator() {
    let mut h = on_the_log();
    let before = h.app.plan.log.len();
    let coverage = press_coverage(&h);
    assert!(h.shows(&format!("{before} entries")), "the totals row");

    h.type_into(form::DATE_INPUT, "12.03.2018").unwrap();
    log(
        &mut h,
        LogMessage::Form(Field::Partner(PartnerId::new("VEN"))),
    );
    log(&mut h, LogMessage::Form(Field::Channel(Channel::Press)));
    h.type_into(form::TITLE_INPUT, "Article in Il Gazzettino")
        .unwrap();
    h.type_into(form::REACH_INPUT, "1.200").unwrap();
    h.click("Add entry").unwrap();

    assert_eq!(h.app.plan.log.len(), before + 1);
    let added = h.app.plan.log.last().unwrap();
    assert_eq!(added.title, "Article in Il Gazzettino");
    assert_eq!(added.reach, 1200, "thousands separators are read");
    assert_eq!(
        press_coverage(&h),
        coverage + 1,
        "the press indicator moved"
    );
    assert!(h.shows(&format!("{} entries", before + 1)));
    assert!(
        h.shows("Article in Il Gazzettino"),
        "newest first in the table"
    );

    h.key("z", Modifiers::CTRL);
    assert_eq!(h.app.plan.log.len(), before);
    assert_eq!(press_coverage(&h), coverage);
}

#[test]
fn a_bad_entry_is_refused_with_the_reason_and_nothing_changes() {
    let mut h = on_the_log();
    let before = (*h.app.plan).clone();
    h.type_into(form::DATE_INPUT, "2018-03-12").unwrap();
    log(
        &mut h,
        LogMessage::Form(Field::Partner(PartnerId::new("VEN"))),
    );
    log(&mut h, LogMessage::Form(Field::Channel(Channel::Website)));
    h.type_into(form::TITLE_INPUT, "Results page").unwrap();
    h.type_into(form::REACH_INPUT, "lots").unwrap();
    assert!(h.shows("Reach: “lots” is not a whole number."));
    h.click("Add entry").unwrap();
    log(&mut h, LogMessage::FormSubmitted);
    assert_eq!(*h.app.plan, before, "nothing added");

    // Preparation work before the start is warned about, not refused.
    log(&mut h, LogMessage::Form(Field::Reach(String::new())));
    log(&mut h, LogMessage::Form(Field::Date("2016-09-15".into())));
    assert!(h.shows(
        "Outside the project (1 Nov 2016 – 30 Apr 2019): kept, and counted in the first or last period."
    ));
    log(&mut h, LogMessage::FormSubmitted);
    assert_eq!(h.app.plan.log.len(), before.log.len() + 1, "added");
    assert_eq!(
        h.app.plan.log.last().unwrap().date.to_string(),
        "2016-09-15"
    );
}

#[test]
fn filtering_by_partner_and_dates_changes_the_totals_row() {
    let mut h = on_the_log();
    let all = h.app.plan.log.len();
    log(
        &mut h,
        LogMessage::PartnerFiltered(Some(PartnerId::new("VEN"))),
    );
    let ven = h
        .app
        .plan
        .log
        .iter()
        .filter(|e| e.partner.as_str() == "VEN")
        .count();
    assert!(ven < all);
    assert!(h.shows(&format!("{ven} entries of {all}")));
    h.type_into(commplan::screen::dissemination::FROM_INPUT, "2019-01-01")
        .unwrap();
    let recent = h
        .app
        .plan
        .log
        .iter()
        .filter(|e| e.partner.as_str() == "VEN" && e.date.to_string().as_str() >= "2019-01-01")
        .count();
    assert!(recent < ven);
    let shown = match recent {
        1 => format!("One entry of {all}"),
        n => format!("{n} entries of {all}"),
    };
    assert!(h.shows(&shown), "{shown}");
    h.click("Clear filters").unwrap();
    assert!(h.shows(&format!("{all} entries")));
}

#[test]
fn editing_an_entry_and_following_it_to_its_activity() {
    let mut h = on_the_log();
    let entry = h
        .app
        .plan
        .log
        .iter()
        .find(|e| e.activity.is_some())
        .expect("the sample links entries to activities")
        .clone();
    log(&mut h, LogMessage::EditPressed(entry.id));
    assert!(h.shows("Editing an entry"));
    log(&mut h, LogMessage::Form(Field::Title(String::new())));
    h.type_into(form::TITLE_INPUT, "Corrected title").unwrap();
    h.click("Save changes").unwrap();
    let edited = h.app.plan.entry(entry.id).unwrap();
    assert_eq!(edited.title, "Corrected title");
    assert_eq!(edited.reach, entry.reach, "the rest is kept");
    assert!(h.shows("New entry"), "the form is free again");

    // Escape drops an entry open in the form, unsaved.
    log(&mut h, LogMessage::EditPressed(entry.id));
    h.type_into(form::TITLE_INPUT, " (draft)").unwrap();
    h.press(Named::Escape, Modifiers::empty());
    assert!(h.shows("New entry"), "the form is free again");
    assert_eq!(h.app.plan.entry(entry.id).unwrap().title, "Corrected title");

    let activity = entry.activity.unwrap();
    log(&mut h, LogMessage::ActivityOpened(activity));
    assert_eq!(h.app.screen, Screen::Calendar);
    assert_eq!(h.app.calendar.selected.map(|p| p.id), Some(activity));

    h.click("Dissemination").unwrap();
    log(&mut h, LogMessage::EditPressed(entry.id));
    log(&mut h, LogMessage::DeletePressed);
    assert!(
        h.app.plan.entry(entry.id).is_none(),
        "deleted from the form"
    );
    h.key("z", Modifiers::CTRL);
    assert!(h.app.plan.entry(EntryId(entry.id.0)).is_some());
}

#[test]
fn importing_a_spreadsheet_previews_then_adds_in_one_undoable_step() {
    let mut h = on_the_log();
    h.app.native_dialogs = false;
    let before = h.app.plan.log.len();
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/messy-english.csv");

    h.click("Import…").unwrap();
    assert!(
        h.shows(
            "Type the full path of the spreadsheet (XLSX, XLS, ODS or CSV) (no system file dialog is available here)."
        ),
        "the path field asks for the spreadsheet, not a plan"
    );
    h.update(Message::Dialog(DialogMessage::PathEdited(
        file.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    assert!(h.app.import_dialog(), "the preview opens");
    assert_eq!(
        h.app.plan.log.len(),
        before,
        "nothing changes before Import"
    );
    assert!(h.shows("3 rows to add"));
    assert!(h.shows("2 already in the log"));
    assert!(h.shows("7 rejected"));
    assert!(h.shows("there is no partner “ACME” in the plan."));
    assert!(h.shows("Line 7"));

    h.click("Import 3 rows").unwrap();
    assert!(!h.app.import_dialog());
    assert_eq!(h.app.plan.log.len(), before + 3);
    assert!(h.shows(
        "messy-english.csv: 3 rows added, 2 skipped (already in the log), 7 rejected. Undo takes the import back."
    ));

    h.key("z", Modifiers::CTRL);
    assert_eq!(h.app.plan.log.len(), before, "one undo takes it all back");
}

#[test]
fn a_file_that_is_not_a_log_says_why_and_imports_nothing() {
    let mut h = on_the_log();
    h.app.native_dialogs = false;
    let before = (*h.app.plan).clone();
    let file = h.dir.path().join("notes.csv");
    std::fs::write(&file, "hello;world\n1;2\n").unwrap();
    h.click("Import…").unwrap();
    h.update(Message::Dialog(DialogMessage::PathEdited(
        file.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    assert!(h.shows("Nothing to import"));
    h.click("Nothing to import").unwrap();
    assert_eq!(*h.app.plan, before);
    h.click("Cancel").unwrap();
    assert!(!h.app.import_dialog());
}

#[test]
fn importing_a_workbook_shows_sheet_rows_and_asks_about_number_columns() {
    let mut h = on_the_log();
    h.app.native_dialogs = false;
    let before = h.app.plan.log.len();
    let workbooks = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/workbooks");

    let open = |h: &mut Harness, name: &str| {
        h.click("Import…").unwrap();
        h.update(Message::Dialog(DialogMessage::PathEdited(
            workbooks.join(name).display().to_string(),
        )));
        h.update(Message::Dialog(DialogMessage::PathConfirmed));
        assert!(h.app.import_dialog(), "the preview opens");
    };
    open(&mut h, "openpyxl-italian-title-rows.xlsx");
    assert!(h.shows("4 rows to add"));
    assert!(
        h.shows("sheet “Registro”, row 10"),
        "rows named as the spreadsheet shows them"
    );
    assert_eq!(
        h.app.plan.log.len(),
        before,
        "nothing changes before Import"
    );
    // The rejected rows, saved for the partner with their reasons.
    h.click("Save the rejected rows for the partner…").unwrap();
    let target = h.dir.path().join("rejected.xlsx");
    h.update(Message::Dialog(DialogMessage::PathEdited(
        target.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    let bytes = std::fs::read(&target).expect("the rejected rows were written");
    let source = commplan_core::import::Source::from_bytes(&bytes).unwrap();
    assert_eq!(
        source.sheets[0].rows.len(),
        3,
        "header and the two rejected rows"
    );
    assert_eq!(h.app.plan.log.len(), before, "saving them changes nothing");
    assert!(h.app.import_dialog(), "the preview stays open");
    h.click("Import 4 rows").unwrap();
    assert_eq!(h.app.plan.log.len(), before + 4);
    h.key("z", Modifiers::CTRL);
    assert_eq!(h.app.plan.log.len(), before, "one undo takes it all back");

    // A number column CommPlan does not read: asked before importing.
    open(&mut h, "openpyxl-four-languages.xlsx");
    assert!(h.shows("2 rows to add"));
    let unchanged = (*h.app.plan).clone();
    h.click("Import 2 rows").unwrap();
    assert_eq!(*h.app.plan, unchanged, "not before the person agrees");
    h.click("Import without the number columns CommPlan does not read: Budget (EUR)")
        .unwrap();
    h.click("Import 2 rows").unwrap();
    assert_eq!(h.app.plan.log.len(), before + 2);
}

#[test]
fn a_word_mapped_for_a_partner_is_remembered_for_its_next_file() {
    use commplan::app::import::{Mapped, Message as ImportMessage};
    use commplan_core::import::Vocab;
    let mut h = on_the_log();
    h.app.native_dialogs = false;
    let before = h.app.plan.log.len();
    let write = |name: &str, title: &str| {
        let path = h.dir.path().join(name);
        std::fs::write(
            &path,
            format!("date,channel,title\n2018-03-05,Piccione viaggiatore,{title}\n"),
        )
        .unwrap();
        path
    };
    let first = write("first.csv", "Primo messaggio");
    let second = write("second.csv", "Secondo messaggio");
    let open = |h: &mut Harness, path: &Path| {
        h.click("Import…").unwrap();
        h.update(Message::Dialog(DialogMessage::PathEdited(
            path.display().to_string(),
        )));
        h.update(Message::Dialog(DialogMessage::PathConfirmed));
        h.update(Message::Import(ImportMessage::PartnerChosen(Some(
            PartnerId::new("VEN"),
        ))));
    };
    open(&mut h, &first);
    assert!(h.shows("One rejected"));
    assert!(
        h.shows("“Piccione viaggiatore” (rows: 1)"),
        "the unknown word is offered for mapping"
    );
    h.update(Message::Import(ImportMessage::Mapped(
        Vocab::Channel,
        "piccione viaggiatore".into(),
        Mapped::Channel(Channel::Other),
    )));
    assert!(h.shows("One row to add"));
    h.click("Import one row").unwrap();
    assert_eq!(h.app.plan.log.len(), before + 1);

    open(&mut h, &second);
    assert!(h.shows("One row to add"), "the mapping came back for VEN");
    h.click("Import one row").unwrap();
    assert_eq!(h.app.plan.log.len(), before + 2);
    assert_eq!(h.app.plan.log.last().unwrap().channel, Channel::Other);
}

#[test]
fn a_rejected_rows_cell_is_corrected_in_the_preview() {
    use commplan::app::import::Message as ImportMessage;
    use commplan_core::import::Column;
    let mut h = on_the_log();
    h.app.native_dialogs = false;
    let before = h.app.plan.log.len();
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/workbooks/openpyxl-italian-title-rows.xlsx");
    h.click("Import…").unwrap();
    h.update(Message::Dialog(DialogMessage::PathEdited(
        file.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
    assert!(h.shows("4 rows to add"));
    assert!(
        h.shows("Correct the date, Enter"),
        "a field beside the bad date"
    );
    // Row 11 has 31/02/2018: corrected to the 28th for this import.
    h.update(Message::Import(ImportMessage::CorrectionTyped(
        11,
        "28/02/2018".into(),
    )));
    assert!(h.shows("4 rows to add"), "typing alone reads nothing again");
    h.update(Message::Import(ImportMessage::CorrectionSubmitted(
        11,
        Column::Date,
    )));
    assert!(h.shows("5 rows to add"));
    assert!(h.shows("One rejected"));
    assert_eq!(
        h.app.plan.log.len(),
        before,
        "nothing changes before Import"
    );
    h.click("Import 5 rows").unwrap();
    assert_eq!(h.app.plan.log.len(), before + 5);
    assert!(h.app.plan.log.iter().any(|e| e.title == "Data impossibile"
        && e.date == chrono::NaiveDate::from_ymd_opt(2018, 2, 28).unwrap()));
}

#[test]
fn an_entrys_activity_is_found_by_its_title_never_typed_as_an_id() {
    let mut h = on_the_log();
    h.type_into(form::DATE_INPUT, "26.01.2018").unwrap();
    log(
        &mut h,
        LogMessage::Form(Field::Partner(PartnerId::new("VEN"))),
    );
    log(&mut h, LogMessage::Form(Field::Channel(Channel::Press)));
    h.type_into(form::TITLE_INPUT, "Article on the Veneto workshop")
        .unwrap();
    h.type_into(form::REACH_INPUT, "300").unwrap();
    assert!(h.shows("Activity: type to find it by title"));
    // Case and accents aside, a part of the title finds it.
    h.type_into(form::ACTIVITY_INPUT, "midterm workshop, VEN")
        .unwrap();
    assert!(h.shows("Midterm workshop, Veneto · 25 Jan 2018"));
    h.click("Midterm workshop, Veneto · 25 Jan 2018").unwrap();
    h.click("Add entry").unwrap();
    let added = h.app.plan.log.last().unwrap();
    assert_eq!(added.title, "Article on the Veneto workshop");
    let veneto = h
        .app
        .plan
        .activities
        .iter()
        .find(|a| a.title == "Midterm workshop, Veneto")
        .unwrap()
        .id;
    assert_eq!(added.activity, Some(veneto));
}
