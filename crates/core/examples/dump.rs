//! Prints a plan file to standard output: the embedded sample, or with any
//! argument the large generated plan of the benchmarks (30 partners, 10,000
//! activities, 1,000 deliverables, 50,000 log entries), e.g. to open it in
//! the window and measure memory:
//! `cargo run --release --example dump -- large > large.commplan.ron`.

use commplan_core::testkit;
fn main() {
    let large = std::env::args().nth(1).is_some();
    let p = if large {
        testkit::plan(testkit::Size::LARGE, 7)
    } else {
        commplan_core::sample::plan().unwrap()
    };
    print!("{}", commplan_core::store::to_text(&p));
}
