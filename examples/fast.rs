#[path = "../tests/support/generate.rs"]
mod generate;
fn main() {
    let p = generate::plan(generate::Size::LARGE, 7);
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let c = p.clone();
        println!("clone {:?} {}", t.elapsed(), c.log.len());
        let t = std::time::Instant::now();
        let x = commplan::data::indicators::all(&p);
        println!("indicators {:?} {}", t.elapsed(), x.len());
    }
}
