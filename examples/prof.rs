use second_look::engine::{extract::Extractors, normalize::normalize};
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let s = second_look::Screener::builtin().unwrap();
    println!("compile {:?}", t.elapsed());
    let t = Instant::now();
    let rs = second_look::rules::load(second_look::rules::embedded_files()).unwrap();
    println!("load only {:?}", t.elapsed());
    let t = Instant::now();
    let ex = Extractors::new();
    println!("extractors new {:?}", t.elapsed());
    let text =
        "We are a growing company with a friendly team. ".repeat(40) + "Telegram @hr_jobs tourist visa $1,500/month";
    let t = Instant::now();
    for _ in 0..20 {
        let _ = normalize(&text);
    }
    println!("normalize 2KB {:?}", t.elapsed() / 20);
    let n = normalize(&text).text;
    let t = Instant::now();
    for _ in 0..20 {
        let _ = ex.extract(&n);
    }
    println!("extract 2KB {:?}", t.elapsed() / 20);
    let t = Instant::now();
    for _ in 0..20 {
        let _ = s.check(&text);
    }
    println!("check 2KB {:?}", t.elapsed() / 20);
    drop(rs);
}
#[allow(dead_code)]
pub fn phr() {
    use second_look::engine::phrase::{Owner, PhraseSetBuilder};
    let rs = second_look::rules::load(second_look::rules::embedded_files()).unwrap();
    let t = Instant::now();
    let mut b = PhraseSetBuilder::default();
    let mut n = 0;
    for (i, r) in rs.rules.iter().enumerate() {
        for p in r.def.patterns.iter().chain(r.def.except.iter()) {
            b.add(Owner { index: i, negative: false }, p).unwrap();
            n += 1;
        }
    }
    println!("add {} patterns {:?}", n, t.elapsed());
    let t = Instant::now();
    let _ = b.build().unwrap();
    println!("build {:?}", t.elapsed());
}
