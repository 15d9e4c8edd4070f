//! Importing partners' dissemination logs from messy real-world CSV files
//! (tests/fixtures): what is added, what is skipped as already logged, and
//! what is rejected, with the line and the reason.

use std::path::Path;

use chrono::NaiveDate;
use commplan_core::import::{self, Duplicate, FileError, Options, Preview, Reason};
use commplan_core::value::Lang;
use commplan_core::vocab::{Channel, TargetGroup};
use commplan_core::{ActivityId, EntryId, History, LogEntry, PartnerId, Plan, sample};
use proptest::prelude::*;

fn plan() -> Plan {
    sample::plan().expect("the sample loads")
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(name: &str, plan: &Plan) -> Preview {
    import::read(&fixture(name), plan, &Options::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

fn lines(preview: &Preview) -> Vec<u64> {
    preview.rows.iter().map(|r| r.line).collect()
}

#[test]
fn excel_italian_with_bom_semicolons_blank_lines_and_trailing_separators() {
    let plan = plan();
    let preview = read("excel-italian-semicolon-bom.csv", &plan);
    assert_eq!(preview.separator, b';');
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    assert!(
        preview.ignored_columns.is_empty(),
        "{:?}",
        preview.ignored_columns
    );
    assert_eq!(lines(&preview), [2, 3, 5, 7]);
    let first = &preview.rows[0].entry;
    assert_eq!(first.date, day(2017, 6, 29));
    assert_eq!(first.partner, PartnerId::new("VEN"));
    assert_eq!(first.channel, Channel::Event);
    assert_eq!(first.title, "Workshop S3 a Venezia");
    assert_eq!(first.target_group, Some(TargetGroup::Enterprise));
    assert_eq!(first.reach, 1200, "1.200 is twelve hundred");
    assert_eq!(first.participants, Some(85));
    assert_eq!(first.activity, Some(ActivityId(5)));
    assert_eq!(
        first.link.as_deref(),
        Some("https://example.org/ven/ws-venezia")
    );
    let second = &preview.rows[1].entry;
    assert_eq!(second.channel, Channel::Press);
    assert_eq!(second.target_group, Some(TargetGroup::GeneralPublic));
    assert_eq!(second.reach, 12_500);
    assert_eq!(second.participants, None);
    assert_eq!(second.language, Some(Lang::new("it")));
    let third = &preview.rows[2].entry;
    assert_eq!(third.partner, PartnerId::new("VEN"), "ids in any case");
    assert_eq!(third.language, Some(Lang::new("it")), "a language's name");
    assert_eq!(third.notes, "Dati da LinkedIn; aggiornati al 10/07");
    let fourth = &preview.rows[3].entry;
    assert_eq!(fourth.target_group, Some(TargetGroup::BusinessSupport));
    assert_eq!(fourth.reach, 2150);
}

#[test]
fn libreoffice_german_in_windows_1252_with_quoted_newlines() {
    let plan = plan();
    let preview = read("libreoffice-german-windows1252.csv", &plan);
    assert_eq!(preview.encoding, "windows-1252");
    assert_eq!(preview.separator, b',');
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    assert_eq!(
        lines(&preview),
        [2, 4, 5, 6],
        "a quoted newline spans two lines"
    );
    let first = &preview.rows[0].entry;
    assert_eq!(
        first.title,
        "Fachtagung \"Cluster & Innovation\" in München"
    );
    assert_eq!(first.notes, "Zweitägig.\nFotos im Ordner Tagung 2017.");
    assert_eq!(first.date, day(2017, 9, 12));
    assert_eq!(first.reach, 1200, "1,200 is twelve hundred");
    assert_eq!(first.target_group, Some(TargetGroup::HigherEducation));
    assert_eq!(
        preview.rows[1].entry.title,
        "Artikel in den Salzburger Nachrichten über Größenvorteile"
    );
    assert_eq!(preview.rows[1].entry.reach, 45_000);
    assert_eq!(preview.rows[2].entry.channel, Channel::SocialMedia);
    assert_eq!(preview.rows[2].entry.language, Some(Lang::new("de")));
    assert_eq!(preview.rows[3].entry.channel, Channel::Website);
}

#[test]
fn excel_french_with_a_sep_line_and_partners_by_name() {
    let plan = plan();
    let preview = read("excel-french-sep-line.csv", &plan);
    assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
    assert_eq!(lines(&preview), [3, 4, 5], "the sep= line counts as line 1");
    let rows: Vec<&LogEntry> = preview.rows.iter().map(|r| &r.entry).collect();
    assert_eq!(rows[0].channel, Channel::Event);
    assert_eq!(rows[0].language, Some(Lang::new("fr")));
    assert_eq!(rows[1].partner, PartnerId::new("GODC"), "by short name");
    assert_eq!(rows[1].channel, Channel::SocialMedia);
    assert_eq!(rows[1].reach, 1250);
    assert_eq!(rows[2].partner, PartnerId::new("POLY4EMI"));
    assert_eq!(rows[2].channel, Channel::Email);
    assert_eq!(rows[2].target_group, Some(TargetGroup::InterestGroups));
}

#[test]
fn every_bad_row_is_reported_with_its_line_and_reason() {
    let plan = plan();
    let preview = read("messy-english.csv", &plan);
    assert_eq!(lines(&preview), [4, 14, 17]);
    assert_eq!(
        preview.skipped,
        [
            import::Skipped {
                line: 3,
                duplicate_of: Duplicate::Entry(EntryId(1))
            },
            import::Skipped {
                line: 5,
                duplicate_of: Duplicate::Line(4)
            },
        ]
    );
    let rejected: Vec<(u64, Reason)> = preview
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.clone()))
        .collect();
    assert_eq!(
        rejected,
        [
            (
                6,
                Reason::TooFewColumns {
                    found: 6,
                    expected: 11
                }
            ),
            (7, Reason::UnknownPartner("ACME".into())),
            (8, Reason::BadDate("2017-31-05".into())),
            (
                9,
                Reason::Unknown {
                    vocab: import::Vocab::Channel,
                    text: "hologram".into()
                }
            ),
            (
                10,
                Reason::BadNumber {
                    column: import::Column::Reach,
                    text: "about 400".into()
                }
            ),
            (11, Reason::UnknownActivity(ActivityId(9999))),
            (12, Reason::Missing(import::Column::Title)),
        ]
    );
    // The reasons read well.
    let text: Vec<String> = preview
        .rejected
        .iter()
        .map(|r| r.reason.to_string())
        .collect();
    assert_eq!(
        text[0],
        "the row has 6 values, but the header names 11 columns."
    );
    assert_eq!(text[1], "there is no partner “ACME” in the plan.");
    assert!(
        text[2].contains("YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY"),
        "{}",
        text[2]
    );
    assert_eq!(text[4], "the reach “about 400” is not a whole number.");
    assert_eq!(text[6], "the title is missing.");
    let guest = &preview.rows[1].entry;
    assert_eq!(guest.notes, "Line one\nline two, with a comma");
    assert_eq!(guest.target_group, Some(TargetGroup::HigherEducation));
    assert_eq!(preview.rows[2].entry.date, day(2017, 6, 22));
}

#[test]
fn importing_the_same_file_twice_adds_nothing_and_undo_removes_the_whole_import() {
    let mut plan = plan();
    let original = plan.clone();
    let mut history = History::default();
    let bytes = fixture("excel-italian-semicolon-bom.csv");
    let preview = import::read(&bytes, &plan, &Options::default()).unwrap();
    let edit = preview.edit(&plan).expect("rows to add");
    history.apply(&mut plan, edit).unwrap();
    assert_eq!(plan.log.len(), original.log.len() + 4);
    let added: Vec<u32> = plan.log[original.log.len()..]
        .iter()
        .map(|e| e.id.0)
        .collect();
    assert_eq!(added, [82, 83, 84, 85], "fresh ids after the last one");

    let again = import::read(&bytes, &plan, &Options::default()).unwrap();
    assert_eq!(again.counts().added, 0);
    assert_eq!(again.counts().skipped, 4);
    assert!(again.edit(&plan).is_none());

    history.undo(&mut plan).unwrap();
    assert_eq!(plan.log, original.log, "one undo removes the whole import");
    history.redo(&mut plan).unwrap();
    assert_eq!(plan.log.len(), original.log.len() + 4);
}

#[test]
fn a_partner_for_every_row_overrides_the_column() {
    let plan = plan();
    let options = Options {
        partner: Some(PartnerId::new("UFC")),
        ..Options::default()
    };
    let preview = import::read(&fixture("excel-french-sep-line.csv"), &plan, &options).unwrap();
    assert_eq!(preview.rows.len(), 3);
    assert!(
        preview
            .rows
            .iter()
            .all(|r| r.entry.partner == PartnerId::new("UFC"))
    );
    let options = Options {
        partner: Some(PartnerId::new("NOPE")),
        ..Options::default()
    };
    let error = import::read(&fixture("excel-french-sep-line.csv"), &plan, &options).unwrap_err();
    assert_eq!(error, FileError::UnknownPartner(PartnerId::new("NOPE")));
    // Without a partner column, the choice is what makes the file readable.
    let text = "date,channel,title\n2017-01-05,press,Article\n";
    let error = import::read(text.as_bytes(), &plan, &Options::default()).unwrap_err();
    assert_eq!(error.to_string(), "the file has no column partner.");
    let preview = import::read(
        text.as_bytes(),
        &plan,
        &Options {
            partner: Some(PartnerId::new("VEN")),
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(preview.rows.len(), 1);
}

#[test]
fn files_that_are_not_logs_are_refused_whole() {
    let plan = plan();
    let read = |text: &str| import::read(text.as_bytes(), &plan, &Options::default());
    assert_eq!(read(""), Err(FileError::Empty));
    assert_eq!(read("\n\n# only a comment\n"), Err(FileError::Empty));
    assert!(matches!(
        read("Budget,Amount\n1,2\n"),
        Err(FileError::NoHeader { line: 1, .. })
    ));
    let error = read("date,partner\n2017-01-01,VEN\n").unwrap_err();
    assert_eq!(error.to_string(), "the file has no columns channel, title.");
}

#[test]
fn the_template_reads_as_an_empty_log_in_every_language() {
    let plan = plan();
    for language in ["en", "it", "de", "fr", "sl"] {
        let mut bytes = Vec::new();
        import::template(&mut bytes, language).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        // Headers in the language, separated as its Excel expects.
        let separator = if language == "en" { ',' } else { ';' };
        let header = text.lines().next().unwrap().trim_start_matches('\u{feff}');
        assert!(text.starts_with('\u{feff}'), "{language}: a BOM");
        assert_eq!(header.split(separator).count(), 11, "{language}: {header}");
        assert!(
            text.contains("\r\n\"# "),
            "{language}: the hint row is a comment"
        );
        let preview = import::read(&bytes, &plan, &Options::default()).unwrap();
        assert_eq!(preview.counts(), import::Counts::default(), "{language}");
        assert!(preview.ignored_columns.is_empty());
    }
    let mut bytes = Vec::new();
    import::template(&mut bytes, "de").unwrap();
    assert!(String::from_utf8(bytes).unwrap().contains("Veranstaltung"));
}

fn text_strategy() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 àéèüßčš€\"',;=+@#\\-\n\t]{0,30}".prop_map(|s| s.trim().to_owned())
}

fn entry_strategy(
    partners: Vec<PartnerId>,
    activities: Vec<ActivityId>,
) -> impl Strategy<Value = LogEntry> {
    (
        (
            0..partners.len(),
            (1900i32..=2999, 1u32..=12, 1u32..=28),
            0..Channel::ALL.len(),
            text_strategy(),
            proptest::option::of(0..TargetGroup::ALL.len()),
            any::<u64>(),
            proptest::option::of(any::<u64>()),
        ),
        (
            proptest::option::of("[a-z]{2,3}"),
            proptest::option::of(text_strategy()),
            text_strategy(),
            proptest::option::of(0..activities.len()),
        ),
    )
        .prop_map(
            move |(
                (partner, (y, m, d), channel, title, group, reach, participants),
                (language, link, notes, activity),
            )| LogEntry {
                id: EntryId(0),
                date: NaiveDate::from_ymd_opt(y, m, d).expect("days up to 28 exist"),
                partner: partners[partner].clone(),
                activity: activity.map(|i| activities[i]),
                channel: Channel::ALL[channel],
                title: if title.is_empty() { "x".into() } else { title },
                target_group: group.map(|g| TargetGroup::ALL[g]),
                reach,
                participants,
                language: language.map(|l| Lang::new(&l)),
                link: link.filter(|l| !l.is_empty()),
                notes,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The log written as CSV and imported into a plan with an empty log
    /// is the same log.
    #[test]
    fn exporting_the_log_and_importing_it_into_an_empty_plan_gives_the_same_log(
        entries in {
            let plan = plan();
            let partners = plan.partners.iter().map(|p| p.id.clone()).collect();
            let activities = plan.activities.iter().map(|a| a.id).collect();
            proptest::collection::vec(entry_strategy(partners, activities), 0..40)
        }
    ) {
        // The log holds no two reports of the same thing.
        let mut log: Vec<LogEntry> = Vec::new();
        for entry in entries {
            if !log.iter().any(|e| e.same_report(&entry)) {
                log.push(entry);
            }
        }
        for (i, entry) in log.iter_mut().enumerate() {
            entry.id = EntryId(i as u32 + 1);
        }
        let mut bytes = Vec::new();
        import::write_log(&mut bytes, &log).unwrap();

        let mut empty = plan();
        empty.log.clear();
        empty.next_ids = Default::default();
        let preview = import::read(&bytes, &empty, &Options::default()).unwrap();
        prop_assert!(preview.rejected.is_empty(), "{:?}", preview.rejected);
        prop_assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
        if let Some(edit) = preview.edit(&empty) {
            empty.apply(edit).unwrap();
        }
        prop_assert_eq!(empty.log, log);
    }
}
