//! One line of batch output (`secondlook check --jsonl`): the input's id, the level, the score,
//! the distress flag, and each signal's rule, category, weight and spans, without the prose.

use serde::Serialize;

use crate::{Level, Report, Span};

#[derive(Debug, Serialize)]
pub struct BatchSignal<'a> {
    pub rule: &'a str,
    pub category: &'a str,
    pub weight: i32,
    pub spans: &'a [Span],
}

#[derive(Debug, Serialize)]
pub struct BatchLine<'a, Id: Serialize> {
    pub id: &'a Id,
    pub level: Level,
    pub score: u8,
    pub distress: bool,
    #[serde(rename = "rulesetVersion")]
    pub ruleset_version: &'a str,
    pub signals: Vec<BatchSignal<'a>>,
}

/// The batch line of the input `id`.
pub fn batch_line<'a, Id: Serialize>(id: &'a Id, r: &'a Report) -> BatchLine<'a, Id> {
    let signals = r
        .signals
        .iter()
        .map(|s| BatchSignal { rule: &s.rule, category: &s.category, weight: s.weight, spans: &s.spans })
        .collect();
    BatchLine { id, level: r.level, score: r.score, distress: r.distress, ruleset_version: &r.ruleset_version, signals }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Screener;

    #[test]
    fn a_batch_line_keeps_the_id_and_the_findings_without_prose() {
        let s = Screener::builtin().unwrap();
        let r = s.check("Customer service in Cambodia, free flight, Telegram only.");
        let line = serde_json::to_value(batch_line(&"ad-7", &r)).unwrap();
        assert_eq!(line["id"], "ad-7");
        assert_eq!(line["level"], r.level.as_str());
        assert_eq!(line["signals"].as_array().unwrap().len(), r.signals.len());
        assert_eq!(line["signals"][0]["rule"], r.signals[0].rule.as_str());
        assert!(line["signals"][0].get("message").is_none());
        let keys: Vec<&String> = line.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["distress", "id", "level", "rulesetVersion", "score", "signals"]);
    }
}
