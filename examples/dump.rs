#[path = "../tests/support/generate.rs"]
mod generate;
fn main() {
    let large = std::env::args().nth(1).is_some();
    let p = if large {
        generate::plan(generate::Size::LARGE, 7)
    } else {
        commplan::data::sample::plan().unwrap()
    };
    print!("{}", commplan::data::store::to_text(&p));
}
