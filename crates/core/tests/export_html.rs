//! The printable HTML schedule: a golden file of the sample, everything
//! escaped, nothing outside the file, a page break per month.

#[path = "support/export.rs"]
mod support;

use commplan_core::export::{Format, Scope};
use commplan_core::{PartnerId, Plan};

fn html(plan: &Plan, partner: Option<&str>) -> String {
    let mut request = support::request(Format::Html);
    request.scope = Scope {
        partner: partner.map(PartnerId::new),
        ..Scope::default()
    };
    support::text(plan, &request)
}

#[test]
fn golden_schedule_for_one_partner() {
    let text = html(&support::sample(), Some("VEN"));
    insta::assert_snapshot!("html_sample_ven", text);
}

#[test]
fn self_contained_with_print_css_and_no_scripts() {
    let text = html(&support::sample(), None);
    let lower = text.to_ascii_lowercase();
    for forbidden in [
        "<script", "<link", "@import", "src=", "url(", "<iframe", "<img",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden}");
    }
    assert!(text.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(text.contains("<meta charset=\"utf-8\">"));
    assert!(text.contains("@page { size: A4;"));
    assert!(text.contains("section.month { break-before: page;"));
    assert!(
        text.contains("default-src 'none'"),
        "a CSP forbids fetching"
    );
}

#[test]
fn months_deliverables_and_contacts_of_the_partner() {
    let plan = support::sample();
    let text = html(&plan, Some("VEN"));
    assert!(text.contains("<h1>S3-4AlpClusters: schedule for Veneto Region</h1>"));
    assert!(text.contains("<h2>June 2017</h2>"));
    assert!(text.contains("Thu 29 Jun 2017"));
    assert!(text.contains("09:30–13:30 (Europe/Rome)"));
    assert!(text.contains("<h2>Deliverables you owe</h2>"));
    assert!(text.contains("communication.ven@example.org"));
    assert!(text.contains("generated on 15 Jan 2026"));
    let months = text.matches("<section class=\"month\">").count();
    assert!(months >= 20, "{months} months");
    // A deliverable VEN has nothing to do with is not listed.
    for d in plan
        .deliverables
        .iter()
        .filter(|d| !d.partners().any(|p| p.as_str() == "VEN"))
    {
        assert!(!text.contains(&format!(">{}<", d.code)), "{}", d.code);
    }
}

#[test]
fn every_value_is_escaped() {
    let mut plan = support::sample();
    let evil = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";
    plan.activities[0].title = evil.to_owned();
    plan.activities[0].location.venue = evil.to_owned();
    plan.activities[0].registration = Some("javascript:alert(1)".to_owned());
    plan.partners[0].name = evil.to_owned();
    plan.partners[0].contact_email = "\"><script>x</script>@example.org".to_owned();
    plan.deliverables[0].title = evil.to_owned();
    plan.project.name = evil.to_owned();
    let text = html(&plan, None);
    let lower = text.to_ascii_lowercase();
    assert!(!lower.contains("<script"));
    assert!(!lower.contains("<img"));
    assert!(!lower.contains("href=\"javascript"), "no script links");
    assert!(
        text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
    );
    assert!(text.contains("javascript:alert(1)"), "shown as text");
}

#[test]
fn an_unknown_language_falls_back_to_english() {
    let plan = support::sample();
    let mut request = support::request(Format::Html);
    request.language = "xx".to_owned();
    let text = support::text(&plan, &request);
    assert!(text.contains("<html lang=\"en\">"));
    assert!(text.contains("<h2>Contacts</h2>"));
}
