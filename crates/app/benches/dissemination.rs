//! Consolidating partners' logs on a large generated plan (30 partners,
//! 10,000 activities, 50,000 log entries): importing 50,000 CSV rows
//! (target under 1 s) and recomputing every indicator (target under 50 ms),
//! plainly and month by month as the Indicators screen does.

use std::hint::black_box;

use commplan_core::indicators::series::Figures;
use commplan_core::{import, indicators};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support/frame.rs"]
mod frame;
use commplan_core::testkit;

fn import_rows(c: &mut Criterion) {
    let full = testkit::plan(testkit::Size::LARGE, 7);
    let mut csv = Vec::new();
    import::write_log(&mut csv, &full.log).expect("write to memory");
    // The same plan without its log: every row is new.
    let mut empty = full.clone();
    empty.log.clear();
    let options = import::Options::default();
    let mut group = c.benchmark_group("dissemination");
    group.sample_size(10);
    group.bench_function(format!("import {} CSV rows", full.log.len()), |b| {
        b.iter(|| {
            let preview = import::read(black_box(&csv), &empty, &options).expect("reads");
            assert_eq!(preview.rows.len(), full.log.len());
            black_box(preview.edit(&empty))
        })
    });
    group.bench_function(
        format!(
            "preview against the full log (all {} skipped)",
            full.log.len()
        ),
        |b| b.iter(|| black_box(import::read(black_box(&csv), &full, &options).expect("reads"))),
    );
    group.finish();
}

fn indicators_all(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let mut group = c.benchmark_group("indicators");
    group.bench_function(
        format!(
            "every indicator ({}) over {} entries",
            plan.indicators.len(),
            plan.log.len()
        ),
        |b| b.iter(|| black_box(indicators::all(black_box(&plan)))),
    );
    // What the Indicators screen derives once per version of the plan: every
    // indicator month by month and partner by partner, then each one's
    // cumulative curve and its figures for every reporting period.
    group.bench_function(
        format!(
            "the Indicators screen's figures and curves over {} entries",
            plan.log.len()
        ),
        |b| {
            b.iter(|| {
                let figures = Figures::compute(black_box(&plan));
                for i in 0..plan.indicators.len() {
                    black_box(figures.cumulative(i));
                    for start in (0..figures.months).step_by(6) {
                        black_box(figures.by_partner(i, start..start + 6));
                    }
                }
                figures
            })
        },
    );
    group.finish();
}

/// The log table after a change of filter or sort (computed once per
/// change, not per frame), and one frame of the screen.
fn log_table(c: &mut Criterion) {
    use commplan::screen::dissemination::{Column, Dissemination, Filter, Shown, Sort};
    use commplan_core::PartnerId;
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let mut group = c.benchmark_group("dissemination table");
    group.bench_function(format!("sort {} entries by date", plan.log.len()), |b| {
        b.iter(|| Shown::new(&plan, &Filter::default(), Sort::default()))
    });
    group.bench_function("sort by title", |b| {
        let sort = Sort::default().toggled(Column::Title);
        b.iter(|| Shown::new(&plan, &Filter::default(), sort))
    });
    group.bench_function("filter by partner and text", |b| {
        let filter = Filter {
            partner: Some(PartnerId::new("P03")),
            text: "cluster".into(),
            ..Filter::default()
        };
        b.iter(|| Shown::new(&plan, &filter, Sort::default()))
    });
    group.bench_function("one frame of the screen", |b| {
        let screen = Dissemination::default();
        let mut renderer = frame::renderer();
        // The first frame sorts the log; later ones reuse it.
        drop(screen.view(&plan, 1, plan.project.start, false));
        b.iter(|| {
            frame::layout(
                &mut renderer,
                screen.view(&plan, 1, plan.project.start, false),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, import_rows, indicators_all, log_table);
criterion_main!(benches);
