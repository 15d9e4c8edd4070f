//! The XLSX exports read back with calamine (an independent reader): the
//! header in the chosen language, dates as date cells, numbers as numbers;
//! and the workbook template, filled in, imports exactly what was filled.

use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;
use commplan_core::export::csv::Table;
use commplan_core::export::{Scope, xlsx};
use commplan_core::i18n::Strings;
use commplan_core::import::{self, Column, Options};
use commplan_core::{PartnerId, Plan, sample};
use std::io::Cursor;

fn plan() -> Plan {
    sample::plan().expect("the sample loads")
}

fn sheet(bytes: &[u8]) -> (String, calamine::Range<Data>) {
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens it");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("first sheet");
    (name, range)
}

#[test]
fn every_table_in_every_language_has_typed_cells() {
    let plan = plan();
    for language in ["en", "it", "de", "fr", "sl"] {
        let strings = Strings::new(language);
        for table in Table::ALL {
            let bytes = xlsx::write(&plan, &Scope::default(), table, &strings)
                .unwrap_or_else(|e| panic!("{language} {table:?}: {e}"));
            let (_, range) = sheet(&bytes);
            let header: Vec<String> = range
                .rows()
                .next()
                .expect("a header")
                .iter()
                .map(|c| c.to_string())
                .collect();
            assert_eq!(header.len(), table.header().len(), "{language} {table:?}");
            assert!(
                header.iter().all(|h| !h.is_empty()),
                "{language} {table:?}: {header:?}"
            );
            assert!(range.height() > 1, "{language} {table:?}: no rows");
        }
    }
    let strings = Strings::new("it");
    let bytes = xlsx::write(&plan, &Scope::default(), Table::Dissemination, &strings).unwrap();
    let (name, range) = sheet(&bytes);
    assert_eq!(name, "Registro di disseminazione");
    assert_eq!(range.get((0, 0)), Some(&Data::String("Data".into())));
    assert!(
        matches!(range.get((1, 0)), Some(Data::DateTime(_))),
        "{:?}",
        range.get((1, 0))
    );
    assert!(
        matches!(range.get((1, 5)), Some(Data::Float(_) | Data::Int(_))),
        "{:?}",
        range.get((1, 5))
    );
    assert_eq!(range.height(), plan.log.len() + 1);
}

#[test]
fn exported_log_imports_back_as_the_same_entries() {
    let plan = plan();
    let mut empty = plan.clone();
    empty.log.clear();
    for language in ["en", "it", "de", "fr", "sl"] {
        let bytes = xlsx::write(
            &plan,
            &Scope::default(),
            Table::Dissemination,
            &Strings::new(language),
        )
        .unwrap();
        let preview = import::read(&bytes, &empty, &Options::default())
            .unwrap_or_else(|e| panic!("{language}: {e}"));
        assert!(
            preview.rejected.is_empty(),
            "{language}: {:?}",
            preview.rejected.first()
        );
        let entries: Vec<_> = preview.rows.iter().map(|r| r.entry.clone()).collect();
        assert_eq!(entries.len(), plan.log.len(), "{language}");
        for (read, original) in entries.iter().zip(&plan.log) {
            assert!(
                read.same_report(original),
                "{language}: {read:?} vs {original:?}"
            );
            assert_eq!(read.target_group, original.target_group, "{language}");
            assert_eq!(read.participants, original.participants, "{language}");
        }
    }
}

#[test]
fn translated_log_headers_are_read_back_as_their_columns() {
    for language in ["en", "it", "de", "fr", "sl"] {
        let strings = Strings::new(language);
        for column in Column::ALL {
            let header = commplan_core::export::headers::header(&strings, column.name());
            assert_eq!(
                Column::from_header(&header),
                Some(column),
                "{language}: {header}"
            );
        }
    }
}

#[test]
fn a_filled_template_adds_exactly_what_was_filled() {
    let plan = plan();
    let strings = Strings::new("it");
    let ven = PartnerId::new("VEN");
    let bytes = xlsx::template(Some(&ven), &strings).expect("template");
    // Empty, it adds nothing and rejects nothing.
    let preview = import::read(&bytes, &plan, &Options::default()).expect("reads");
    assert_eq!(preview.counts(), import::Counts::default());
    assert_eq!(preview.header_line, 1);
    let (_, range) = sheet(&bytes);
    assert_eq!(
        range.get((2, Column::Partner as usize)),
        Some(&Data::String("VEN".into()))
    );
    assert!(
        range
            .get((1, 0))
            .is_some_and(|c| c.to_string().starts_with('#')),
        "the hint row is a comment"
    );
    // The rest of the round trip, with a filled copy, is in the openpyxl
    // check (.ci/run), which writes into this very template.
    let _ = NaiveDate::MIN;
}
