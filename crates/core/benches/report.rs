//! The progress-report pack of one period on the large generated plan
//! (10,000 activities, 1,000 deliverables, 50,000 log entries). Target: the
//! whole pack (figures included) under 100 ms; the workbook written under
//! a second.

use std::hint::black_box;

use commplan_core::i18n::Strings;
use commplan_core::indicators::series::Figures;
use commplan_core::report::{self, Pack, Request};
use commplan_core::testkit;
use criterion::{Criterion, criterion_group, criterion_main};

fn report(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let request = Request {
        period: 2,
        partner: None,
    };
    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("pack of one period (figures included)", |b| {
        b.iter(|| {
            let figures = Figures::compute(black_box(&plan));
            black_box(Pack::compute(&plan, &figures, &request).ok())
        })
    });
    let figures = Figures::compute(&plan);
    let pack = Pack::compute(&plan, &figures, &request).expect("period 3 exists");
    let strings = Strings::new("en");
    let now = chrono::Utc::now();
    group.bench_function("printable page", |b| {
        b.iter(|| black_box(report::html::write(&plan, &pack, &strings, now)))
    });
    group.bench_function("workbook", |b| {
        b.iter(|| black_box(report::xlsx::write(&plan, &pack, &strings).ok()))
    });
    group.bench_function("csv", |b| {
        b.iter(|| {
            black_box(report::csv::write(
                &plan,
                &pack,
                &strings,
                report::csv::Options::default(),
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
