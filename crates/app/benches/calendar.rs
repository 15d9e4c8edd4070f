//! The queries behind the calendar's views on a large generated plan
//! (10,000 activities over four years, recurrences expanded, 1,000
//! deliverables). Target: each view's query under 5 ms.

use std::hint::black_box;

use chrono::{Datelike, Duration, NaiveDate};
use commplan_core::PartnerId;
use commplan_core::query::{Filter, Index};
use commplan_core::vocab::Kind;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support/frame.rs"]
mod frame;
use commplan_core::testkit;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

fn calendar(c: &mut Criterion) {
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let index = Index::build(&plan, None);
    eprintln!(
        "{} activities, {} occurrences with recurrences expanded, {} conflicts",
        plan.activities.len(),
        index.len(),
        index.conflicts()
    );
    // The month grid shows six weeks around the month.
    let month = (day(2025, 5, 26), day(2025, 7, 6));
    let week = (day(2025, 6, 16), day(2025, 6, 22));
    let timeline = (day(2025, 4, 1), day(2025, 9, 30));
    let mut filtered = Filter::default();
    filtered.partners.insert(PartnerId::new("P03"));
    filtered.kinds.insert(Kind::Workshop);
    filtered.kinds.insert(Kind::Webinar);
    filtered.text = "cluster".into();

    let mut group = c.benchmark_group("calendar");
    group.bench_function("index build (once per plan change)", |b| {
        b.iter(|| black_box(Index::build(black_box(&plan), None)))
    });
    group.bench_function("index build, Europe/London display zone", |b| {
        b.iter(|| {
            black_box(Index::build(
                black_box(&plan),
                Some(chrono_tz::Europe::London),
            ))
        })
    });
    for (name, (from, to)) in [
        ("month", month),
        ("week", week),
        ("timeline 6 months", timeline),
    ] {
        group.bench_function(format!("{name} query"), |b| {
            b.iter(|| {
                black_box(index.query(&plan, black_box(from), black_box(to), &Filter::default()))
            })
        });
        group.bench_function(format!("{name} query, filtered"), |b| {
            b.iter(|| black_box(index.query(&plan, black_box(from), black_box(to), &filtered)))
        });
    }
    group.bench_function("agenda: whole plan query", |b| {
        let (from, to) = index.bounds().expect("a plan with items");
        b.iter(|| black_box(index.query(&plan, from, to, &Filter::default())))
    });
    group.bench_function("every month of the plan, one after another", |b| {
        b.iter(|| {
            let mut first = day(2024, 1, 1);
            let mut total = 0;
            while first.year() < 2028 {
                total += index
                    .query(&plan, first, first + Duration::days(41), &Filter::default())
                    .spans
                    .len();
                first = first + chrono::Months::new(1);
            }
            black_box(total)
        })
    });
    group.finish();
}

/// Each view's frame on the large plan: its widgets built and laid out at
/// the window's size (see `support/frame.rs`). The index is built once, as
/// the app caches it per change of the plan; then only what is visible is
/// built.
fn views(c: &mut Criterion) {
    use commplan::screen::calendar::Calendar;
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let today = day(2025, 6, 18);
    let mut renderer = frame::renderer();
    let mut group = c.benchmark_group("calendar view");
    for slug in ["month", "week", "agenda", "timeline"] {
        let calendar = Calendar::remembered(Some(slug), Some(today));
        // The first frame builds the index (and the agenda's rows).
        drop(calendar.view(&plan, 1, today, false));
        group.bench_function(format!("{slug} frame"), |b| {
            b.iter(|| {
                frame::layout(
                    &mut renderer,
                    calendar.view(black_box(&plan), 1, today, false),
                )
            })
        });
    }
    group.finish();
}

/// Each view's frame with an item selected and being dragged three days
/// (or three hours) on: the target cells lit, the ghost drawn, the line
/// saying where it lands.
fn dragging(c: &mut Criterion) {
    use commplan::screen::calendar::{Calendar, Grip, Message, Pick, Spot};
    let plan = testkit::plan(testkit::Size::LARGE, 7);
    let today = day(2025, 6, 18);
    let mut renderer = frame::renderer();
    let mut group = c.benchmark_group("calendar view, dragging");
    for slug in ["month", "week", "timeline"] {
        let mut calendar = Calendar::remembered(Some(slug), Some(today));
        let index = calendar.index(&plan, 1);
        let (from, to) = commplan::screen::calendar::range(calendar.view, today);
        let found = index.query(&plan, from, to, &Filter::default());
        // A timed item in the week, any item elsewhere.
        let span = found
            .spans
            .iter()
            .find(|s| slug != "week" || (!s.all_day && s.first == s.last))
            .expect("an item in view");
        let id = plan.activities[span.activity as usize].id;
        let pick = Pick {
            id,
            step: span.step,
        };
        let minute = (slug == "week").then_some(600);
        let grabbed = Spot {
            day: span.first,
            minute,
        };
        let over = Spot {
            day: span.first + Duration::days(3),
            minute: minute.map(|m| m + 180),
        };
        let _ = calendar.update(Message::Pressed(pick, Grip::Move), &plan, 1, today);
        let _ = calendar.update(Message::Dragged(grabbed, Some(over)), &plan, 1, today);
        drop(calendar.view(&plan, 1, today, false));
        group.bench_function(format!("{slug} frame, dragging"), |b| {
            b.iter(|| {
                frame::layout(
                    &mut renderer,
                    calendar.view(black_box(&plan), 1, today, false),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, calendar, views, dragging);
criterion_main!(benches);
