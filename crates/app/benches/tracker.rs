//! The deliverables table on a large generated plan (1,000 deliverables):
//! filtering and sorting run at every frame the table is drawn, so each
//! must stay well under a millisecond or two.

use std::hint::black_box;

use chrono::NaiveDate;
use commplan::screen::deliverables::{Column, Filter, Show, Sort, list};
use criterion::{Criterion, criterion_group, criterion_main};

use commplan_core::testkit;

fn table(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let today = NaiveDate::from_ymd_opt(2025, 6, 16).expect("a date");
    let mut group = c.benchmark_group("deliverables");
    for column in [Column::Due, Column::Code, Column::Title, Column::DaysLeft] {
        let sort = Sort {
            column,
            descending: false,
        };
        group.bench_function(format!("sort 1,000 by {column:?}"), |b| {
            b.iter(|| black_box(list::visible(&plan, &Filter::default(), sort, today)))
        });
    }
    let narrowed = Filter {
        query: "report 2".into(),
        show: Show::Open,
        ..Filter::default()
    };
    group.bench_function("filter 1,000 by words and status", |b| {
        b.iter(|| black_box(list::visible(&plan, &narrowed, Sort::default(), today)))
    });
    group.finish();
}

criterion_group!(benches, table);
criterion_main!(benches);
