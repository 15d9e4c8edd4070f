//! Load and save of a large generated plan (10,000 activities, 50,000 log
//! entries). Target on the reference machine: each under 200 ms.

use std::hint::black_box;

use commplan_core::store;
use criterion::{Criterion, criterion_group, criterion_main};

use commplan_core::testkit;

fn store(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.commplan.ron");
    store::save(&path, &plan, None).expect("first save");
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!("large plan on disk: {:.1} MB", bytes as f64 / 1e6);

    let mut group = c.benchmark_group("store");
    group.sample_size(20);
    group.bench_function("save 10k activities + 50k entries", |b| {
        b.iter(|| store::save(black_box(&path), black_box(&plan), None).expect("save"))
    });
    group.bench_function("load 10k activities + 50k entries", |b| {
        b.iter(|| black_box(store::load(black_box(&path)).expect("load")))
    });
    group.bench_function("serialise only", |b| {
        b.iter(|| black_box(store::to_text(black_box(&plan))))
    });
    group.finish();
}

fn parts(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let text = store::to_text(&plan);
    let mut group = c.benchmark_group("store parts");
    group.sample_size(10);
    group.bench_function("ron parse only", |b| {
        b.iter(|| black_box(ron::from_str::<commplan_core::Plan>(black_box(&text)).expect("parse")))
    });
    group.bench_function("decode_fast", |b| {
        b.iter(|| {
            black_box(
                store::text::decode_fast(black_box(&text), &ron::Options::default()).expect("fast"),
            )
        })
    });
    group.bench_function("store::parse", |b| {
        b.iter(|| {
            black_box(store::parse(black_box(&text), std::path::Path::new("x")).expect("parse"))
        })
    });
    group.bench_function("check only", |b| {
        b.iter(|| black_box(commplan_core::check::plan(black_box(&plan))))
    });
    group.finish();
}

criterion_group!(more, parts);
criterion_group!(benches, store);
criterion_main!(benches, more);
