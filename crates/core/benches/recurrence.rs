//! Expanding every recurrence of the large generated plan (10,000
//! activities, about 300 of them repeating: weekly, on two weekdays,
//! monthly on a day or the nth weekday, some with a count or a skipped
//! occurrence) for a month view. Target: under 5 ms.

use std::hint::black_box;

use chrono::{Datelike, Months, NaiveDate};
use commplan_core::recurrence;
use commplan_core::testkit;
use criterion::{Criterion, criterion_group, criterion_main};

fn month_view(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let repeating: Vec<_> = plan
        .activities
        .iter()
        .filter(|a| a.recurrence.is_some())
        .collect();
    // A month in the middle of the project, where most series run.
    let middle = plan.project.start + (plan.project.end - plan.project.start) / 2;
    let from = middle.with_day(1).expect("a first of the month");
    let to = from
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(from);
    let count: usize = repeating
        .iter()
        .map(|a| recurrence::between(a, from, to, plan.project.end).len())
        .sum();
    eprintln!(
        "{} repeating activities, {count} occurrences in {from}..{to}",
        repeating.len()
    );
    let mut group = c.benchmark_group("recurrence");
    group.bench_function("every series of a large plan for a month view", |b| {
        b.iter(|| {
            let mut total = 0;
            for a in &repeating {
                total +=
                    recurrence::between(a, black_box(from), black_box(to), plan.project.end).len();
            }
            black_box(total)
        })
    });
    let last: NaiveDate = plan.project.end;
    group.bench_function("every series of a large plan, all occurrences", |b| {
        b.iter(|| {
            let mut total = 0;
            for a in &repeating {
                total += recurrence::all(a, black_box(last)).len();
            }
            black_box(total)
        })
    });
    group.finish();
}

criterion_group!(benches, month_view);
criterion_main!(benches);
