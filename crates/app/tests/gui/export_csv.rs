//! The GUI's CSV export in the dialog's language (issue 18): headers and
//! values translated as the CLI's `--lang` writes them, the separator that
//! language's Excel expects, and a file the import reads back.

use crate::support as gui;

use std::path::Path;

use commplan::app::{DialogMessage, Message, PATH_INPUT, export};
use commplan_core::export::Scope;
use commplan_core::export::csv::{self as csv_export, Table};
use commplan_core::i18n::Strings;
use gui::Harness;
use iced::keyboard::Modifiers;

/// Exports the dissemination log as CSV through the dialog, in `language`,
/// to `name` in the test folder; the file's bytes.
fn export_log(h: &mut Harness, language: &str, name: &str) -> Vec<u8> {
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    h.click("Table (.csv)").expect("the CSV format button");
    h.update(Message::Export(export::Message::TablePicked(
        Table::Dissemination,
    )));
    h.update(Message::Export(export::Message::LanguagePicked(
        language.into(),
    )));
    h.update(Message::Export(export::Message::SaveRequested));
    let target = h.dir.path().join(name);
    h.update(Message::Dialog(DialogMessage::PathEdited(String::new())));
    h.type_into(PATH_INPUT, &target.display().to_string())
        .expect("the path field");
    h.click("Export").expect("the path dialog's Export button");
    std::fs::read(&target).unwrap_or_else(|e| panic!("{} was not written: {e}", target.display()))
}

#[test]
fn the_log_exported_in_italian_has_italian_headers_and_semicolons() {
    let mut h = Harness::sample();
    h.app.native_dialogs = false;
    h.key("e", Modifiers::CTRL);
    h.update(Message::Export(export::Message::LanguagePicked(
        "it".into(),
    )));
    assert!(
        h.app.export_dialog().is_some_and(|d| d.semicolon),
        "Italian preselects ';'"
    );
    h.update(Message::Export(export::Message::LanguagePicked(
        "en".into(),
    )));
    assert!(
        h.app.export_dialog().is_some_and(|d| !d.semicolon),
        "English preselects ','"
    );
    h.update(Message::Export(export::Message::Closed));

    let bytes = export_log(&mut h, "it", "registro.csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "with a BOM by default");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    let header = text.lines().next().unwrap_or_default();
    assert!(header.starts_with("Data;"), "{header}");
    assert!(header.contains(";Canale;"), "{header}");
    assert!(!header.contains(','), "{header}");
    assert!(
        text.contains(";Stampa;") || text.contains(";Sito web;"),
        "vocabulary values in Italian"
    );

    // The same bytes as the CLI's `export csv --table dissemination
    // --lang it` (one code path: export::csv::write with the strings).
    let options = csv_export::Options {
        translated: true,
        ..csv_export::Options::for_language(Table::Dissemination, "it")
    };
    let cli = csv_export::write(
        &h.app.plan,
        &Scope::default(),
        &options,
        Some(&Strings::new("it")),
    );
    assert_eq!(text.as_bytes(), &cli[3..], "the CLI writes the same file");
}

#[test]
fn the_italian_export_is_read_back_by_the_import() {
    let mut h = Harness::sample();
    let log = h.app.plan.log.clone();
    let bytes = export_log(&mut h, "it", "registro.csv");
    let file = h.dir.path().join("registro.csv");
    assert!(!bytes.is_empty());

    // Into a copy of the plan whose log is empty, through the dialog.
    let mut empty = (*h.app.plan).clone();
    empty.log.clear();
    let mut h = Harness::with_plan(empty);
    h.app.native_dialogs = false;
    h.click("Dissemination")
        .expect("the sidebar leads to the log");
    open(&mut h, &file);
    h.click(&format!("Import {} rows", log.len()))
        .expect("every row of the export is to be added");
    assert_eq!(h.app.plan.log.len(), log.len());
    for (read, original) in h.app.plan.log.iter().zip(&log) {
        assert!(
            read.same_report(original)
                && read.reach == original.reach
                && read.participants == original.participants
                && read.target_group == original.target_group
                && read.language == original.language
                && read.notes == original.notes,
            "{read:?}\n{original:?}"
        );
    }
}

fn open(h: &mut Harness, path: &Path) {
    h.click("Import…").expect("the import button");
    h.update(Message::Dialog(DialogMessage::PathEdited(
        path.display().to_string(),
    )));
    h.update(Message::Dialog(DialogMessage::PathConfirmed));
}
