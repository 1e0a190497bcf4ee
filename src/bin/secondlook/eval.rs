//! `secondlook eval`: share of each level per label, then per language and label, with the false
//! positive rate, recall and precision at a base rate, and the rules most often in legit texts.

use std::io::Write;
use std::path::PathBuf;

use second_look::{Level, Screener};

use crate::cli::{for_each_line, write_err, BadInput};

/// Per label: how many texts, share at each level, share flagged as distress.
#[derive(Default)]
struct Tally {
    n: usize,
    levels: [usize; 3],
    distress: usize,
}

pub fn eval(screener: &Screener, files: &[PathBuf], out: &mut impl Write) -> Result<(), BadInput> {
    if files.is_empty() {
        return Err(BadInput("name at least one labelled JSON Lines file".into()));
    }
    let mut tallies: std::collections::BTreeMap<String, Tally> = Default::default();
    let mut by_lang: std::collections::BTreeMap<(String, String), Tally> = Default::default();
    let mut legit_rules: std::collections::BTreeMap<String, usize> = Default::default();
    for_each_line(files, |line| {
        let label = line.label.clone().ok_or_else(|| BadInput(format!("line with id {} has no \"label\"", line.id)))?;
        let r = screener.check(&line.text);
        let count = |t: &mut Tally| {
            t.n += 1;
            t.levels[r.level as usize] += 1;
            t.distress += usize::from(r.distress);
        };
        count(tallies.entry(label.clone()).or_default());
        if let Some(lang) = &line.lang {
            count(by_lang.entry((lang.clone(), label.clone())).or_default());
        }
        if label == "legit" && r.level >= Level::Medium {
            for s in r.signals.iter().filter(|s| s.weight > 0) {
                *legit_rules.entry(s.rule.clone()).or_default() += 1;
            }
        }
        Ok(())
    })?;
    let pct = |a: usize, n: usize| if n == 0 { 0.0 } else { 100.0 * a as f64 / n as f64 };
    let row = |name: &str, t: &Tally| {
        format!(
            "{name:<18} {:>6} {:>7.1}% {:>7.1}% {:>7.1}% {:>8.1}%",
            t.n,
            pct(t.levels[0], t.n),
            pct(t.levels[1], t.n),
            pct(t.levels[2], t.n),
            pct(t.distress, t.n)
        )
    };
    let header = format!("{:<18} {:>6} {:>8} {:>8} {:>8} {:>9}", "label", "n", "low", "medium", "high", "distress");
    let mut lines = vec![header.clone()];
    for (label, t) in &tallies {
        lines.push(row(label, t));
    }
    if let Some(l) = tallies.get("legit") {
        let fpr = pct(l.levels[1] + l.levels[2], l.n);
        lines.push(format!(
            "false positives on legit: {fpr:.1}% at medium or high, {:.1}% at high",
            pct(l.levels[2], l.n)
        ));
        for (label, t) in tallies.iter().filter(|(k, _)| ["scam", "spam", "lure"].contains(&k.as_str())) {
            let recall = pct(t.levels[1] + t.levels[2], t.n);
            let (r, f, base) = (recall / 100.0, fpr / 100.0, 0.0484);
            let precision = if r + f == 0.0 { 0.0 } else { 100.0 * r * base / (r * base + f * (1.0 - base)) };
            lines.push(format!(
                "recall on {label}: {recall:.1}% at medium or high; precision at a 4.84% base rate: {precision:.1}%"
            ));
        }
        if !legit_rules.is_empty() {
            let mut top: Vec<_> = legit_rules.into_iter().collect();
            top.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
            let top: Vec<String> = top.iter().take(8).map(|(r, n)| format!("{r} ({n})")).collect();
            lines.push(format!("rules most often in legit texts at medium or high: {}", top.join(", ")));
        }
    }
    if by_lang.keys().map(|(l, _)| l).collect::<std::collections::BTreeSet<_>>().len() > 1 {
        lines.push(String::new());
        lines.push(header.replacen("label             ", "language / label  ", 1));
        for ((lang, label), t) in &by_lang {
            lines.push(row(&format!("{lang} {label}"), t));
        }
    }
    for l in lines {
        writeln!(out, "{l}").map_err(write_err)?;
    }
    Ok(())
}
