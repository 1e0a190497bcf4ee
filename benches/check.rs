//! Criterion benchmarks: rule-set compile time, the first check after it (which builds the phrase
//! automaton of the text's script), and check time for a 2 KB offer, a 20 KB offer and a 1 MB
//! paste. Run with `cargo bench --bench check`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use second_look::Screener;

const OFFER: &str = "URGENT HIRING: Customer Service Representative in Bangkok, Thailand. \
Salary $1,500/month + commission. No experience needed, just basic English and typing. \
Free flight ticket, visa and accommodation provided by the company. Contact our HR manager \
on Telegram @hr_jobs_asia for a quick interview. You will travel on a tourist visa and we \
will process the work permit after arrival. Send your passport copy today, limited slots! ";

fn text_of(bytes: usize) -> String {
    let filler = "We are a growing company with a friendly team and modern offices near the city centre. ";
    let mut s = String::with_capacity(bytes + OFFER.len());
    while s.len() + OFFER.len() < bytes {
        s.push_str(filler);
    }
    s.push_str(OFFER);
    s
}

fn benches(c: &mut Criterion) {
    c.bench_function("compile built-in rules", |b| b.iter(|| Screener::builtin().expect("valid rules")));
    c.bench_function("compile + first check of an English offer", |b| {
        b.iter(|| Screener::builtin().expect("valid rules").check(black_box(OFFER)))
    });
    let screener = Screener::builtin().expect("valid rules");
    for (name, size) in [("check 2 KB offer", 2_000), ("check 20 KB offer", 20_000), ("check 1 MB paste", 1_000_000)] {
        let text = text_of(size);
        c.bench_function(name, |b| b.iter(|| screener.check(black_box(&text))));
    }
}

criterion_group!(name = group; config = Criterion::default().sample_size(20); targets = benches);
criterion_main!(group);
