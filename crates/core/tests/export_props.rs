//! Property tests: any text (quotes, commas, semicolons, backslashes, emoji,
//! newlines, markup, formula starts) survives each format's escaping and
//! folding, read back by independent parsers.

#[path = "support/export.rs"]
mod support;

use commplan_core::export::csv::Table;
use commplan_core::export::{Format, text};
use icalendar::parser::{read_calendar, unfold};
use proptest::prelude::*;

/// Text people could type, heavy on the characters each format treats
/// specially.
fn nasty() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just(",".to_owned()),
        Just(";".to_owned()),
        Just(":".to_owned()),
        Just("\\".to_owned()),
        Just("\\n".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\t".to_owned()),
        Just("<b>".to_owned()),
        Just("&amp;".to_owned()),
        Just("=".to_owned()),
        Just("+".to_owned()),
        Just("-".to_owned()),
        Just("@".to_owned()),
        Just("🎉".to_owned()),
        Just("👩‍👩‍👧".to_owned()),
        Just("é".to_owned()),
        Just("—".to_owned()),
        Just("Sala Europa".to_owned()),
        "[a-zA-Z0-9 ]{1,12}",
        "\\PC{1,6}",
    ];
    proptest::collection::vec(fragment, 1..40).prop_map(|parts| parts.concat())
}

/// What a TEXT value can hold: line breaks become LF, other control
/// characters but tab are dropped.
fn as_ics_keeps(original: &str) -> String {
    original
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_text_folds_into_short_crlf_lines_and_unfolds_back(value in nasty()) {
        let line = format!("DESCRIPTION:{}", text::ics_text(&value));
        let mut out = String::new();
        text::fold_into(&mut out, &line);
        prop_assert!(out.ends_with("\r\n"));
        for physical in out.split_terminator("\r\n") {
            prop_assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        prop_assert_eq!(text::unfold(&out), format!("{line}\r\n"));
        prop_assert_eq!(commplan_core::export::ics::unescape(&text::ics_text(&value)), as_ics_keeps(&value));
    }

    #[test]
    fn any_title_and_place_come_back_from_the_icalendar_parser(title in nasty(), venue in nasty()) {
        let mut plan = support::sample();
        plan.activities.truncate(3);
        plan.activities[1].title = title.clone();
        plan.activities[1].location.venue = venue.clone();
        plan.activities[1].location.city.clear();
        plan.activities[1].location.country = None;
        let request = support::request(Format::Ics);
        let ics = support::text(&plan, &request);
        for physical in ics.split_terminator("\r\n") {
            prop_assert!(physical.len() <= 75);
        }
        let unfolded = unfold(&ics);
        let calendar = read_calendar(&unfolded).map_err(TestCaseError::fail)?;
        let event = calendar
            .components
            .iter()
            .find(|c| c.name == "VEVENT" && c.find_prop("UID").is_some_and(|u| u.val.as_str().starts_with("activity-2@")))
            .ok_or_else(|| TestCaseError::fail("activity 2 is missing"))?;
        let summary = event.find_prop("SUMMARY").map(|p| p.val.as_str().to_owned()).unwrap_or_default();
        prop_assert_eq!(summary, as_ics_keeps(&title));
        let kept = as_ics_keeps(venue.trim());
        if !kept.is_empty() {
            let location = event.find_prop("LOCATION").map(|p| p.val.as_str().to_owned()).unwrap_or_default();
            prop_assert_eq!(location, kept);
        }
    }

    #[test]
    fn any_text_survives_a_csv_round_trip(title in nasty(), notes in nasty(), semicolon in any::<bool>()) {
        let mut plan = support::sample();
        plan.log.truncate(2);
        plan.log[0].title = title.clone();
        plan.log[0].notes = notes.clone();
        let separator = if semicolon { b';' } else { b',' };
        let mut request = support::request(Format::Csv);
        request.csv.table = Table::Dissemination;
        request.csv.separator = separator;
        request.csv.bom = semicolon;
        let text = support::text(&plan, &request);
        let rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
            .delimiter(separator)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .collect::<Result<_, _>>()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(rows.len(), 2);
        for (column, original) in [(3, &title), (9, &notes)] {
            let cell = rows[0].get(column).unwrap_or_default();
            let expected = if original.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{original}")
            } else {
                original.clone()
            };
            prop_assert_eq!(cell, expected.as_str());
            prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }

    #[test]
    fn any_text_is_inert_in_html(value in nasty()) {
        let escaped = text::html(&value);
        prop_assert!(!escaped.contains(['<', '>', '"', '\'']));
        let back = escaped
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        let kept: String = value.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
        prop_assert_eq!(back, kept);

        let mut plan = support::sample();
        plan.activities.truncate(2);
        plan.activities[0].title = value.clone();
        plan.partners[1].contact_name = value.clone();
        let html = support::text(&plan, &support::request(Format::Html));
        prop_assert!(!html.to_ascii_lowercase().contains("<b>"));
        prop_assert!(html.contains(&escaped));
    }
}
