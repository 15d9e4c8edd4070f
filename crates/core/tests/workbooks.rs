//! Importing partners' workbooks written by programs other than CommPlan
//! (tests/fixtures/workbooks, made by its make.py with openpyxl,
//! LibreOffice headless and msoffcrypto-tool): title rows above the header,
//! natural headers in five languages, typed dates, serial dates, several
//! sheets, ODS; exactly which rows are added, skipped and rejected.

use std::path::Path;

use chrono::NaiveDate;
use commplan_core::import::{self, ColumnOrder, Duplicate, FileError, Options, Preview, Reason};
use commplan_core::value::Lang;
use commplan_core::vocab::{Channel, TargetGroup};
use commplan_core::{History, PartnerId, Plan, sample};

fn plan() -> Plan {
    sample::plan().expect("the sample loads")
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workbooks")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_with(name: &str, plan: &Plan, options: &Options) -> Preview {
    import::read(&fixture(name), plan, options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

fn lines(preview: &Preview) -> Vec<u64> {
    preview.rows.iter().map(|r| r.line).collect()
}

#[test]
fn italian_log_below_a_title_on_the_second_sheet() {
    let plan = plan();
    let preview = read_with(
        "openpyxl-italian-title-rows.xlsx",
        &plan,
        &Options::default(),
    );
    assert_eq!(preview.encoding, "XLSX");
    assert_eq!(preview.sheet.as_deref(), Some("Registro"));
    assert_eq!(preview.sheets, ["Istruzioni", "Registro"]);
    assert_eq!(preview.header_line, 4, "title, blank and logo rows skipped");
    assert!(
        preview.ignored_columns.is_empty(),
        "{:?}",
        preview.ignored_columns
    );
    assert_eq!(
        lines(&preview),
        [5, 6, 7, 9],
        "rows as the spreadsheet numbers them"
    );
    let rejected: Vec<u64> = preview.rejected.iter().map(|r| r.line).collect();
    assert_eq!(rejected, [10, 11], "{:?}", preview.rejected);
    assert!(matches!(
        &preview.rejected[0].reason,
        Reason::Unknown { text, .. } if text == "Piccione viaggiatore"
    ));
    assert_eq!(
        preview.rejected[1].reason,
        Reason::BadDate("31/02/2018".into())
    );
    assert_eq!(preview.skipped.len(), 1);
    assert_eq!(preview.skipped[0].line, 12);
    assert_eq!(preview.skipped[0].duplicate_of, Duplicate::Line(5));

    let [typed, serial, text, date_time] = [0, 1, 2, 3].map(|i| &preview.rows[i].entry);
    assert_eq!(typed.date, day(2018, 3, 5), "a date cell");
    assert_eq!(typed.target_group, Some(TargetGroup::HigherEducation));
    assert_eq!(typed.reach, 1200);
    assert_eq!(typed.participants, Some(85));
    assert_eq!(typed.language, Some(Lang::new("it")));
    assert_eq!(typed.channel, Channel::Event);
    assert_eq!(serial.date, day(2018, 3, 6), "43165 in General format");
    assert_eq!(serial.channel, Channel::Press);
    assert_eq!(serial.target_group, Some(TargetGroup::RegionalAuthority));
    assert_eq!(text.date, day(2017, 6, 29));
    assert_eq!(text.partner, PartnerId::new("VEN"));
    assert_eq!(date_time.date, day(2018, 4, 10));
    assert_eq!(date_time.channel, Channel::SocialMedia, "Socialmedia");
    assert_eq!(date_time.target_group, Some(TargetGroup::Enterprise));

    // One undoable edit, as for CSV.
    let mut plan = plan;
    let mut history = History::default();
    let before = plan.log.len();
    let edit = preview.edit(&plan).expect("rows to add");
    history.apply(&mut plan, edit).expect("applies");
    assert_eq!(plan.log.len(), before + 4);
    history.undo(&mut plan).expect("undoes");
    assert_eq!(plan.log.len(), before);
}

#[test]
fn natural_headers_in_german_french_slovenian_and_english() {
    let plan = plan();
    let german = read_with("openpyxl-four-languages.xlsx", &plan, &Options::default());
    assert_eq!(german.sheet.as_deref(), Some("Deutsch"));
    assert_eq!(lines(&german), [2, 3]);
    assert!(german.rejected.is_empty(), "{:?}", german.rejected);
    assert_eq!(
        german.ignored_numbers,
        ["Budget (EUR)"],
        "a number column is named"
    );
    assert_eq!(german.rows[0].entry.participants, Some(42));
    assert_eq!(german.rows[0].entry.channel, Channel::Event);
    assert_eq!(
        german.rows[1].entry.target_group,
        Some(TargetGroup::GeneralPublic)
    );
    for (sheet, partner, participants) in [
        ("Français", "UFC", 35),
        ("Slovenščina", "TIH", 28),
        ("English", "LOMB", 120),
    ] {
        let options = Options {
            sheet: Some(sheet.to_owned()),
            ..Options::default()
        };
        let preview = read_with("openpyxl-four-languages.xlsx", &plan, &options);
        assert!(
            preview.rejected.is_empty(),
            "{sheet}: {:?}",
            preview.rejected
        );
        assert!(preview.ignored_columns.is_empty(), "{sheet}");
        assert_eq!(lines(&preview), [2], "{sheet}");
        let entry = &preview.rows[0].entry;
        assert_eq!(entry.partner, PartnerId::new(partner));
        assert_eq!(entry.participants, Some(participants), "{sheet}");
        assert_eq!(entry.channel, Channel::Event, "{sheet}");
    }
    let missing = Options {
        sheet: Some("Nope".into()),
        ..Options::default()
    };
    assert_eq!(
        import::read(&fixture("openpyxl-four-languages.xlsx"), &plan, &missing).unwrap_err(),
        FileError::UnknownSheet("Nope".into())
    );
}

#[test]
fn libreoffice_xlsx_and_ods_from_a_us_csv() {
    let plan = plan();
    for name in [
        "libreoffice-us-dates.xlsx",
        "libreoffice-us-dates.ods",
        "libreoffice-us-dates.xls",
    ] {
        let preview = read_with(name, &plan, &Options::default());
        assert!(
            preview.rejected.is_empty(),
            "{name}: {:?}",
            preview.rejected
        );
        assert_eq!(lines(&preview), [2, 3, 4], "{name}");
        let dates: Vec<NaiveDate> = preview.rows.iter().map(|r| r.entry.date).collect();
        assert_eq!(
            dates,
            [day(2018, 6, 29), day(2018, 3, 4), day(2018, 12, 1)],
            "{name}: LibreOffice typed the US dates"
        );
        assert_eq!(preview.rows[1].entry.reach, 12_000, "{name}");
    }
    let ods = read_with("libreoffice-us-dates.ods", &plan, &Options::default());
    assert_eq!(ods.encoding, "ODS");
    let xls = read_with("libreoffice-us-dates.xls", &plan, &Options::default());
    assert_eq!(xls.encoding, "XLS");
}

#[test]
fn the_us_csv_itself_proves_month_first() {
    let plan = plan();
    let preview = read_with("us-dates.csv", &plan, &Options::default());
    assert_eq!(
        preview.date_order,
        ColumnOrder::Known(import::Order::MonthFirst)
    );
    assert_eq!(
        preview.rows[1].entry.date,
        day(2018, 3, 4),
        "4 March, not 3 April"
    );
}

#[test]
fn broken_locked_and_foreign_files_are_named_and_import_nothing() {
    let plan = plan();
    let error =
        |name: &str| import::read(&fixture(name), &plan, &Options::default()).expect_err(name);
    assert!(
        matches!(
            error("corrupt.xlsx"),
            FileError::Truncated { format: "XLSX" }
        ),
        "{:?}",
        error("corrupt.xlsx")
    );
    assert_eq!(error("password.xlsx"), FileError::Encrypted);
    assert_eq!(
        error("not-a-workbook.xlsx"),
        FileError::NotAWorkbook { what: "ZIP" }
    );
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    assert_eq!(
        import::read(png, &plan, &Options::default()).unwrap_err(),
        FileError::Binary
    );
    for name in ["corrupt.xlsx", "password.xlsx", "not-a-workbook.xlsx"] {
        let text = error(name).to_string();
        assert!(
            !text.contains('\u{0}') && text.len() < 400,
            "{name}: {text}"
        );
    }
}

#[test]
fn a_million_formatted_empty_rows_cost_little_and_import_nothing() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Log").unwrap();
    for (c, name) in ["date", "partner", "channel", "title"].iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    // Rows a partner "formatted down to the bottom": a style, no value.
    let yellow = Format::new().set_background_color("FFFF00");
    for row in 1..1_000_000u32 {
        sheet.write_blank(row, 0, &yellow).unwrap();
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let plan = plan();
    let started = std::time::Instant::now();
    let preview = import::read(&bytes, &plan, &Options::default()).expect("reads");
    let took = started.elapsed();
    assert_eq!(preview.sheet.as_deref(), Some("Log"));
    assert_eq!(
        preview.counts(),
        import::Counts::default(),
        "nothing imported"
    );
    assert!(took.as_secs() < 20, "took {took:?}");
}

#[test]
fn an_ambiguous_date_column_is_reported_until_the_order_is_chosen() {
    let plan = plan();
    let csv = "date,partner,channel,title\n3/4/2018,PAT,press,Article\n5/6/2018,PAT,press,Other\n5/5/2018,PAT,press,Same both ways\n";
    let preview = import::read(csv.as_bytes(), &plan, &Options::default()).unwrap();
    assert_eq!(preview.date_order, ColumnOrder::Ambiguous);
    assert_eq!(
        lines(&preview),
        [4],
        "only the date that reads the same both ways"
    );
    assert_eq!(
        preview.rejected[0].reason,
        Reason::AmbiguousDate("3/4/2018".into())
    );
    let chosen = Options {
        date_order: Some(import::Order::DayFirst),
        ..Options::default()
    };
    let preview = import::read(csv.as_bytes(), &plan, &chosen).unwrap();
    assert!(preview.rejected.is_empty());
    assert_eq!(preview.rows[0].entry.date, day(2018, 4, 3));
    // CR-only line ends (old Mac Excel) with a sep= line naming a tab:
    // lines counted as the file has them.
    let mac = "sep=\t\rdate\tpartner\tchannel\ttitle\r2018-03-05\tPAT\tpress\tA\r\r2018-03-06\tPAT\thologram\tB\r";
    let preview = import::read(mac.as_bytes(), &plan, &Options::default()).unwrap();
    assert_eq!(lines(&preview), [3]);
    assert_eq!(preview.rejected[0].line, 5);
}
