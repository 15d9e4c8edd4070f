//! Partners' workbooks at the scale of a large partnership (50,000 log
//! rows): importing an XLSX log including loading the plan and saving it
//! atomically (target under 1 s, and within 2× of calamine's bare read of
//! the same file), and writing the log as XLSX (target under 1 s).

use std::hint::black_box;
use std::io::Cursor;

use calamine::{Reader, Xlsx};
use commplan_core::export::csv::Table;
use commplan_core::export::{Scope, xlsx};
use commplan_core::i18n::Strings;
use commplan_core::{import, store, testkit};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

fn spreadsheets(c: &mut Criterion) {
    let full = testkit::plan(testkit::Size::LARGE, 7);
    let strings = Strings::new("en");
    let bytes = xlsx::write(&full, &Scope::default(), Table::Dissemination, &strings)
        .expect("the log as XLSX");
    let mut empty = full.clone();
    empty.log.clear();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("plan.commplan.ron");
    let rows = full.log.len();

    let mut group = c.benchmark_group("spreadsheets");
    group.sample_size(10);
    group.bench_function(format!("calamine's bare read of {rows} XLSX rows"), |b| {
        b.iter(|| {
            let mut book: Xlsx<_> =
                calamine::open_workbook_from_rs(Cursor::new(black_box(&bytes).clone()))
                    .expect("opens");
            let name = book.sheet_names()[0].clone();
            black_box(book.worksheet_range(&name).expect("reads"))
        })
    });
    group.bench_function(
        format!("preview {rows} XLSX rows (no load, no save)"),
        |b| {
            b.iter(|| {
                black_box(
                    import::read(black_box(&bytes), &empty, &import::Options::default())
                        .expect("reads"),
                )
            })
        },
    );
    group.bench_function(
        format!("import {rows} XLSX rows (load plan, preview, apply, atomic save)"),
        |b| {
            b.iter_batched(
                || store::save(&path, &empty, None).expect("fresh plan"),
                |()| {
                    // As `commplan import dissemination` does: the plan and
                    // the workbook read at the same time.
                    let (plan, source) =
                        import::Source::alongside(black_box(&bytes), || store::load(&path));
                    let mut plan = plan.expect("loads");
                    let source = source.expect("a workbook");
                    let preview = import::read_source(&source, &plan, &import::Options::default())
                        .expect("reads");
                    assert_eq!(preview.rows.len(), rows);
                    // As the CLI does: the cells freed while the plan saves.
                    let freeing = std::thread::spawn(move || drop(source));
                    plan.apply(preview.into_edit(&plan).expect("rows"))
                        .expect("applies");
                    store::save(&path, &plan, None).expect("saves");
                    freeing.join().expect("frees");
                    // Freed after the timing, as calamine's range above is.
                    plan
                },
                BatchSize::PerIteration,
            )
        },
    );
    // The app's `dissemination` bench's CSV import, here so that it runs
    // without building the GUI: preview and edit of the same rows as CSV.
    let mut csv = Vec::new();
    import::write_log(&mut csv, &full.log).expect("write to memory");
    group.bench_function(format!("import {rows} CSV rows (preview + edit)"), |b| {
        b.iter(|| {
            let preview =
                import::read(black_box(&csv), &empty, &import::Options::default()).expect("reads");
            assert_eq!(preview.rows.len(), rows);
            black_box(preview.edit(&empty))
        })
    });
    group.bench_function(format!("write the {rows}-row log as XLSX"), |b| {
        b.iter(|| {
            black_box(
                xlsx::write(
                    black_box(&full),
                    &Scope::default(),
                    Table::Dissemination,
                    &strings,
                )
                .expect("writes"),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, spreadsheets);
criterion_main!(benches);
