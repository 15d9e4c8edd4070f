//! The deliverables table on a large generated plan (1,000 deliverables):
//! filtering and sorting run at every frame the table is drawn, so each
//! must stay well under a millisecond or two.

use std::hint::black_box;

use chrono::NaiveDate;
use commplan::screen::deliverables::{Column, Filter, Show, Sort, list};
use criterion::{Criterion, criterion_group, criterion_main};

use commplan_core::testkit;

#[path = "support/frame.rs"]
mod frame;

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

/// One frame of the Deliverables screen on the large plan: the rows in
/// view built and laid out, titles cut to their column.
fn screen(c: &mut Criterion) {
    use commplan::screen::deliverables::Deliverables;
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let today = NaiveDate::from_ymd_opt(2025, 6, 16).expect("a date");
    let screen = Deliverables::default();
    let mut renderer = frame::renderer();
    // The first frame sorts the rows; later ones reuse them.
    drop(screen.view(&plan, 1, today, false));
    let mut group = c.benchmark_group("deliverables");
    group.bench_function("one frame of the screen", |b| {
        b.iter(|| {
            frame::layout(
                &mut renderer,
                screen.view(black_box(&plan), 1, today, false),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, table, screen);
criterion_main!(benches);
