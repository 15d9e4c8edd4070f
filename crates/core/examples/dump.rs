//! Prints a plan file to standard output: the embedded sample, or with any
//! argument the large generated plan of the benchmarks (30 partners, 10,000
//! activities, 1,000 deliverables, 50,000 log entries), e.g. to open it in
//! the window and measure memory:
//! `cargo run --release --example dump -- large > large.commplan.ron`.
//! `publish` gives the plan of the publishing figures: two partners, 1,600
//! activities, so that partner P01 has over 1,000 events.

use commplan_core::testkit;
fn main() {
    let which = std::env::args().nth(1);
    let p = if which.as_deref() == Some("publish") {
        testkit::plan(
            testkit::Size {
                partners: 2,
                activities: 1_600,
                deliverables: 60,
                entries: 0,
                indicators: 0,
            },
            19,
        )
    } else if which.is_some() {
        testkit::plan(testkit::Size::LARGE, 7)
    } else {
        commplan_core::sample::plan().unwrap()
    };
    print!("{}", commplan_core::store::to_text(&p));
}
