//! Global search (Ctrl+K) and the overview on a large generated plan
//! (10,000 activities, 1,000 deliverables, 50,000 log entries). Target: a
//! query answers within one frame, under 10 ms.

use std::hint::black_box;

use chrono::NaiveDate;
use commplan_core::dashboard::Dashboard;
use commplan_core::search::Index;
use criterion::{Criterion, criterion_group, criterion_main};

use commplan_core::testkit;

/// How many results per kind the search overlay shows.
const LIMIT: usize = 8;

fn search(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let index = Index::new(&plan);
    let mut group = c.benchmark_group("search");
    group.bench_function("build the index", |b| {
        b.iter(|| black_box(Index::new(black_box(&plan))))
    });
    for query in [
        "e",
        "cluster",
        "smart regional",
        "workshop innovation network",
        "d.3.4.",
        "P07",
        "nothing like this",
    ] {
        group.bench_function(format!("query {query:?}"), |b| {
            b.iter(|| black_box(index.search(black_box(query), LIMIT)))
        });
    }
    group.finish();
}

fn overview(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let day = NaiveDate::from_ymd_opt(2025, 6, 16).expect("a date");
    let mut group = c.benchmark_group("overview");
    group.sample_size(20);
    group.bench_function("dashboard of a large plan", |b| {
        b.iter(|| black_box(Dashboard::new(black_box(&plan), day)))
    });
    group.finish();
}

criterion_group!(benches, search, overview);
criterion_main!(benches);
