//! CSV tables: golden files of the sample plan, read back with the csv
//! crate, formula injection neutralised, BOM and separator options.

#[path = "support/export.rs"]
mod support;

use commplan_core::export::csv::Table;
use commplan_core::export::{Format, Scope};
use commplan_core::{PartnerId, Plan};

fn table(plan: &Plan, table: Table, separator: u8, bom: bool) -> String {
    let mut request = support::request(Format::Csv);
    request.csv.table = table;
    request.csv.separator = separator;
    request.csv.bom = bom;
    support::text(plan, &request)
}

fn records(text: &str, separator: u8) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("the CSV reads back")
}

#[test]
fn golden_tables_of_the_sample() {
    let plan = support::sample();
    for t in Table::ALL {
        let text = table(&plan, t, b',', false);
        insta::assert_snapshot!(
            format!("csv_sample_{}", t.slug()),
            text.replace("\r\n", "\n")
        );
    }
}

#[test]
fn one_header_row_then_one_row_per_item_with_iso_dates() {
    let plan = support::sample();
    let expected = [
        (Table::Activities, plan.activities.len()),
        (Table::Deliverables, plan.deliverables.len()),
        (Table::Dissemination, plan.log.len()),
        (Table::Partners, plan.partners.len()),
    ];
    for (t, count) in expected {
        let rows = records(&table(&plan, t, b',', false), b',');
        assert_eq!(rows.len(), count + 1, "{t:?}");
        let header: Vec<&str> = rows[0].iter().collect();
        assert_eq!(header, t.header());
        assert!(rows.iter().all(|r| r.len() == header.len()));
    }
    let rows = records(&table(&plan, Table::Dissemination, b',', false), b',');
    assert_eq!(
        rows[1].get(0),
        Some(plan.log[0].date.format("%Y-%m-%d").to_string().as_str())
    );
    assert_eq!(rows[1].get(2), Some(plan.log[0].channel.slug()));
}

#[test]
fn the_dissemination_table_has_the_importers_english_headers() {
    let text = table(&support::sample(), Table::Dissemination, b',', false);
    assert!(text.starts_with(
        "date,partner,channel,title,target_group,reach,participants,language,link,notes,activity\r\n"
    ));
}

#[test]
fn bom_and_semicolon_for_excel() {
    let plan = support::sample();
    let text = table(&plan, Table::Partners, b';', true);
    assert!(text.starts_with("\u{feff}id;name;short_name;"));
    let rows = records(&text, b';');
    assert_eq!(rows[1].get(0), Some(plan.partners[0].id.as_str()));
    assert_eq!(rows[1].get(1), Some(plan.partners[0].name.as_str()));
    let plain = table(&plan, Table::Partners, b',', false);
    assert!(plain.starts_with("id,name,"), "no BOM unless asked");
}

#[test]
fn formula_like_text_is_shown_as_text() {
    let mut plan = support::sample();
    let attacks = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+SUM(1,2)",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
    ];
    for (entry, attack) in plan.log.iter_mut().zip(attacks) {
        entry.title = attack.to_owned();
        entry.notes = attack.to_owned();
    }
    let rows = records(&table(&plan, Table::Dissemination, b',', false), b',');
    for (row, attack) in rows.iter().skip(1).zip(attacks) {
        for column in [3, 9] {
            let cell = row.get(column).unwrap();
            assert_eq!(cell, format!("'{attack}"), "column {column}");
        }
    }
    // Plain text and numbers are left alone.
    assert_eq!(rows[7].get(5), Some(plan.log[6].reach.to_string().as_str()));
}

#[test]
fn a_partner_scope_keeps_only_its_rows() {
    let plan = support::sample();
    let mut request = support::request(Format::Csv);
    request.csv.table = Table::Dissemination;
    request.scope = Scope {
        partner: Some(PartnerId::new("BIZUP")),
        ..Scope::default()
    };
    let rows = records(&support::text(&plan, &request), b',');
    let expected = plan
        .log
        .iter()
        .filter(|e| e.partner.as_str() == "BIZUP")
        .count();
    assert!(expected > 0);
    assert_eq!(rows.len(), expected + 1);
    assert!(rows.iter().skip(1).all(|r| r.get(1) == Some("BIZUP")));
}
