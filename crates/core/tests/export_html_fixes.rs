//! The printable page in every language (issue 19): long German words are
//! hyphenated by the page's language instead of broken anywhere, header
//! cells never run into each other, and a partner's page lists what it
//! still has to deliver apart from what it delivered.

#[path = "support/export.rs"]
mod support;

use commplan_core::PartnerId;
use commplan_core::export::{Format, Scope};

fn page(partner: &str, language: &str) -> String {
    let mut request = support::request(Format::Html);
    request.language = language.to_owned();
    request.scope = Scope {
        partner: Some(PartnerId::new(partner)),
        ..Scope::default()
    };
    support::text(&support::sample(), &request)
}

/// The text of the section whose heading is `heading`.
fn section<'a>(html: &'a str, heading: &str) -> Option<&'a str> {
    let start = html.find(&format!("<h2>{heading}</h2>"))?;
    let rest = &html[start..];
    Some(&rest[..rest.find("</section>").unwrap_or(rest.len())])
}

#[test]
fn a_german_page_hyphenates_by_its_language_and_keeps_column_gaps() {
    let html = page("VEN", "de");
    assert!(html.contains("<html lang=\"de\">"));
    let style = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    let cells = style
        .lines()
        .find(|l| l.starts_with("th, td {"))
        .expect("a rule for every cell");
    assert!(cells.contains("hyphens: auto"), "{cells}");
    let th = style.lines().find(|l| l.starts_with("th {")).unwrap();
    // A header too long for its column wraps inside it, with padding on
    // both sides, instead of running into the next header.
    assert!(
        th.contains("overflow-wrap: anywhere") && th.contains("padding: 1.5mm 2mm"),
        "{th}"
    );
    assert!(!th.contains("white-space: nowrap"));
    assert!(html.contains("Kommunikationsleitung"));
}

#[test]
fn a_partners_page_lists_what_is_still_due_apart_from_what_was_delivered() {
    let plan = support::sample();
    for partner in ["VEN", "HES-SO"] {
        let html = page(partner, "en");
        let owed = section(&html, "Deliverables you owe").expect("owed section");
        let id = PartnerId::new(partner);
        let mine: Vec<_> = plan
            .deliverables
            .iter()
            .filter(|d| d.partners().any(|p| p == &id))
            .collect();
        assert!(
            mine.iter().any(|d| d.status.is_delivered()),
            "the sample has delivered ones"
        );
        let delivered = section(&html, "Delivered already").expect("delivered section");
        for d in mine {
            let cell = format!("<td class=\"title code\">{}</td>", d.code);
            if d.status.is_delivered() {
                assert!(!owed.contains(&cell), "{partner}: {} is not owed", d.code);
                assert!(delivered.contains(&cell), "{partner}: {}", d.code);
            } else {
                assert!(owed.contains(&cell), "{partner}: {} is owed", d.code);
                assert!(!delivered.contains(&cell));
            }
        }
    }
}
