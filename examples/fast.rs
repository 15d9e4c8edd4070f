fn main() {
    let text = std::fs::read_to_string("/tmp/large.ron").unwrap();
    let o = ron::Options::default().with_recursion_limit(64);
    let p = commplan::data::store::text::decode_fast(&text, &o);
    println!("fast with limit: {:?}", p.as_ref().map(|p| p.log.len()));
    let t = std::time::Instant::now();
    let r = commplan::data::store::parse(&text, std::path::Path::new("x"));
    println!(
        "parse: {:?} {:?}",
        r.as_ref().map(|p| p.log.len()).map_err(|e| e.to_string()),
        t.elapsed()
    );
    let p: Result<commplan::data::Plan, _> = o.from_str(&text);
    println!("{:?}", p.map(|p| p.log.len()));
}
