//! The pack against independent sums of the sample's log.

use super::*;
use crate::indicators::{amount, counts, kinds};
use crate::sample;

fn pack(plan: &Plan, period: usize, partner: Option<&str>) -> Pack {
    let figures = Figures::compute(plan);
    Pack::compute(
        plan,
        &figures,
        &Request {
            period,
            partner: partner.map(PartnerId::new),
        },
    )
    .unwrap()
}

/// The indicator's amount over the entries dated in `from..=to`, summed
/// straight from the log (entries outside the project count in the first
/// or last period, as reports count them).
fn straight_sum(plan: &Plan, i: usize, period: &Period, last: usize, partner: Option<&str>) -> u64 {
    let indicator = &plan.indicators[i];
    let kinds = kinds(plan);
    plan.log
        .iter()
        .filter(|e| {
            period.contains(e.date)
                || (period.index == 0 && e.date < plan.project.start)
                || (period.index == last && e.date > plan.project.end)
        })
        .filter(|e| partner.is_none_or(|p| e.partner.as_str() == p))
        .filter(|e| counts(indicator, e, &kinds))
        .map(|e| amount(indicator.measure, e))
        .sum()
}

#[test]
fn every_period_of_the_sample_adds_up() {
    let plan = sample::plan().unwrap();
    let periods = period::of(&plan.project);
    assert_eq!(periods.len(), 5);
    let figures = Figures::compute(&plan);
    let mut cumulative = vec![0u64; plan.indicators.len()];
    for (index, period) in periods.iter().enumerate() {
        let pack = pack(&plan, index, None);
        assert_eq!(pack.period, *period);
        for (i, row) in pack.indicators.iter().enumerate() {
            // The Indicators screen's figure for the period.
            assert_eq!(row.this_period, figures.total(i, period.months.clone()));
            // The log summed by hand.
            assert_eq!(
                row.this_period,
                straight_sum(&plan, i, period, periods.len() - 1, None),
                "{} in P{}",
                plan.indicators[i].code,
                index + 1
            );
            assert_eq!(row.before, cumulative[i], "reported before");
            assert_eq!(row.before + row.this_period, row.cumulative);
            cumulative[i] = row.cumulative;
            let evidence: u64 = row
                .evidence
                .iter()
                .map(|id| amount(plan.indicators[i].measure, plan.entry(*id).unwrap()))
                .sum();
            assert_eq!(evidence, row.this_period, "the evidence makes the value");
            let shares: u64 = row.by_partner.iter().map(|(_, v)| v).sum();
            assert_eq!(shares, row.this_period, "the partners' shares add up");
        }
    }
    let whole: Vec<u64> = crate::indicators::all(&plan)
        .iter()
        .map(|a| a.total)
        .collect();
    assert_eq!(
        cumulative, whole,
        "the last period's cumulative is the whole project"
    );
}

#[test]
fn a_partners_pack_holds_only_that_partner() {
    let plan = sample::plan().unwrap();
    let last = period::of(&plan.project).len() - 1;
    for index in 0..=last {
        let pack = pack(&plan, index, Some("VEN"));
        let ven = PartnerId::new("VEN");
        for part in &pack.work_packages {
            for row in part.activities.iter().chain(&part.not_done) {
                assert!(plan.activity(row.id).unwrap().partners().any(|p| p == &ven));
            }
        }
        for row in &pack.deliverables {
            assert!(
                plan.deliverable(row.id)
                    .unwrap()
                    .partners()
                    .any(|p| p == &ven)
            );
        }
        for row in &pack.indicators {
            assert!(row.by_partner.iter().all(|(p, _)| p == &ven));
            for id in &row.evidence {
                assert_eq!(plan.entry(*id).unwrap().partner, ven);
            }
        }
        assert!(pack.partners.iter().all(|p| p.id == ven));
        for (i, row) in pack.indicators.iter().enumerate() {
            let period = &pack.period;
            assert_eq!(
                row.this_period,
                straight_sum(&plan, i, period, last, Some("VEN"))
            );
        }
    }
}

#[test]
fn a_period_or_partner_the_plan_lacks_is_refused() {
    let plan = sample::plan().unwrap();
    let figures = Figures::compute(&plan);
    let request = Request {
        period: 9,
        partner: None,
    };
    assert_eq!(
        Pack::compute(&plan, &figures, &request),
        Err(RequestError::NoSuchPeriod {
            number: 10,
            count: 5
        })
    );
    let request = Request {
        period: 0,
        partner: Some(PartnerId::new("NOPE")),
    };
    assert!(matches!(
        Pack::compute(&plan, &figures, &request),
        Err(RequestError::NoSuchPartner(_))
    ));
}

#[test]
fn the_packs_parts_are_filled_for_the_sample() {
    let plan = sample::plan().unwrap();
    let pack = pack(&plan, 1, None);
    assert!(pack.work_packages.iter().any(|w| !w.activities.is_empty()));
    assert!(!pack.partners.is_empty());
    assert!(!pack.groups.is_empty());
    // Every activity listed takes place in the period.
    for part in &pack.work_packages {
        for row in part.activities.iter().chain(&part.not_done) {
            assert!(row.first >= pack.period.start && row.last <= pack.period.end);
        }
    }
}

#[test]
fn the_page_is_self_contained_and_in_every_language() {
    let plan = sample::plan().unwrap();
    let pack = pack(&plan, 2, None);
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    // C.1's target, 1400, in each language's own digits, whatever the
    // interface language is.
    for (language, heading, target) in [
        ("en", "Activities by work package", "1,400"),
        ("it", "Attività per work package", "1.400"),
        ("de", "Aktivitäten nach Arbeitspaket", "1.400"),
        ("fr", "Activités par lot de travail", "1\u{202F}400"),
        ("sl", "Dejavnosti po delovnih sklopih", "1.400"),
    ] {
        let s = crate::i18n::Strings::new(language);
        let page = html::write(&plan, &pack, &s, now);
        assert!(page.contains(&format!("<html lang=\"{language}\">")));
        assert!(page.contains(heading), "{language}");
        assert!(
            page.contains(&format!("<td class=\"num\">{target}</td>")),
            "{language}: {target}"
        );
        let warning = crate::tr!(
            s,
            "report-warning-unlinked",
            indicator = "C.1",
            count = 12345
        );
        assert!(
            warning.contains(&target.replace("1", "12").replace("400", "345")),
            "{language}: {warning}"
        );
        for fetched in ["<script", "<link", "src=", "url(", "@import"] {
            assert!(!page.contains(fetched), "{language}: {fetched}");
        }
        assert!(page.contains("default-src 'none'"));
        assert!(!page.contains('\u{2068}'), "no isolation marks");
    }
}

#[test]
fn the_csv_holds_the_same_indicator_figures() {
    let plan = sample::plan().unwrap();
    let pack = pack(&plan, 1, None);
    let s = crate::i18n::Strings::new("en");
    let bytes = csv::write(&plan, &pack, &s, csv::Options::default());
    let text = String::from_utf8(bytes).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let at = rows.iter().position(|r| r[0] == "Indicators").unwrap();
    assert_eq!(rows[at + 1][3], "This period");
    for (k, row) in pack.indicators.iter().enumerate() {
        let line = &rows[at + 2 + k];
        assert_eq!(line[0], plan.indicator(row.id).unwrap().code);
        assert_eq!(line[3], row.this_period.to_string());
        assert_eq!(line[4], row.before.to_string());
        assert_eq!(line[5], row.cumulative.to_string());
    }
}

#[test]
fn the_workbook_has_a_typed_sheet_per_part_read_back_by_calamine() {
    use calamine::{Data, Reader, Xlsx};
    let plan = sample::plan().unwrap();
    let pack = pack(&plan, 1, None);
    let s = crate::i18n::Strings::new("it");
    let bytes = xlsx::write(&plan, &pack, &s).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names().to_vec();
    assert_eq!(names.len(), 7, "{names:?}");
    assert_eq!(names[0], "Attività per work package");
    let indicators = names
        .iter()
        .find(|n| n.as_str() == "Indicatori")
        .unwrap()
        .clone();
    let range = book.worksheet_range(&indicators).unwrap();
    let rows: Vec<_> = range.rows().collect();
    assert_eq!(rows[0][3], Data::String("Questo periodo".into()));
    for (k, row) in pack.indicators.iter().enumerate() {
        let cells = rows[k + 1];
        let number = |c: &Data| match c {
            Data::Float(f) => *f as u64,
            Data::Int(i) => *i as u64,
            other => panic!("a number cell, not {other:?}"),
        };
        assert_eq!(number(&cells[3]), row.this_period);
        assert_eq!(number(&cells[4]), row.before);
        assert_eq!(number(&cells[5]), row.cumulative);
        assert_eq!(number(&cells[4]) + number(&cells[3]), number(&cells[5]));
    }
    // Dates are date cells.
    let activities = book.worksheet_range(&names[0]).unwrap();
    let first = activities.rows().nth(1).expect("an activity in P2");
    assert!(matches!(first[3], Data::DateTime(_)), "{:?}", first[3]);
}
