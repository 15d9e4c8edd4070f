//! Exports of a large generated plan (10,000 activities over 4 years).
//! Target: the ICS export of 10,000 activities under 100 ms.

use std::hint::black_box;

use chrono::{TimeZone, Utc};
use commplan_core::export::{self, Format, Request, csv::Table};
use criterion::{Criterion, criterion_group, criterion_main};

use commplan_core::testkit;

fn exports(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let now = Utc.with_ymd_and_hms(2026, 1, 15, 9, 30, 0).unwrap();
    let ics = Request::new(Format::Ics, "en", now);
    let mut with_deadlines = ics.clone();
    with_deadlines.ics.deliverables = true;
    with_deadlines.ics.reminder_days = Some(7);
    let mut csv = Request::new(Format::Csv, "en", now);
    csv.csv.table = Table::Activities;
    let html = Request::new(Format::Html, "en", now);
    let bytes = export::render(&plan, &ics).expect("ics").len();
    eprintln!(
        "{} activities -> {:.1} MB of iCalendar",
        plan.activities.len(),
        bytes as f64 / 1e6
    );

    let mut group = c.benchmark_group("export");
    group.sample_size(20);
    group.bench_function("ics 10k activities", |b| {
        b.iter(|| black_box(export::render(black_box(&plan), black_box(&ics)).expect("ics")))
    });
    group.bench_function("ics 10k activities + 1k deadlines", |b| {
        b.iter(|| black_box(export::render(&plan, black_box(&with_deadlines)).expect("ics")))
    });
    group.bench_function("csv 10k activities", |b| {
        b.iter(|| black_box(export::render(&plan, black_box(&csv)).expect("csv")))
    });
    group.bench_function("html whole plan", |b| {
        b.iter(|| black_box(export::render(&plan, black_box(&html)).expect("html")))
    });
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
