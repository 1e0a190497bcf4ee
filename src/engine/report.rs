//! The Report: the one contract shared by the web app, the JavaScript API and the CLI.
//! Field names are camelCase in JSON; offsets are UTF-8 byte offsets into the checked text.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::extract::Money;
use crate::rules::model;

/// How risky the offer looks. There is deliberately no "safe".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// No strong warning signs found: still verify.
    Low,
    Medium,
    High,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
}

/// A range of the original text and the words in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One warning (or, with a negative weight, one reassuring sign) and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Signal {
    pub rule: String,
    pub category: String,
    pub weight: i32,
    pub message: String,
    pub explanation: String,
    pub advice: Vec<String>,
    /// Shared with every other warning that cites the same source.
    pub sources: Vec<Arc<Source>>,
    pub spans: Vec<Span>,
}

/// A published source that a warning cites: the report's own type, whatever the rule format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// Indicator ids in the research behind the rules (A1, D4, ...).
    pub indicators: Vec<String>,
}

impl From<&model::Source> for Source {
    fn from(s: &model::Source) -> Self {
        Source {
            id: s.id.clone(),
            title: s.title.clone(),
            publisher: s.publisher.clone(),
            url: s.url.clone(),
            indicators: s.indicators.clone(),
        }
    }
}

/// Something the extractors read from the text: an amount, a contact, a place, a visa type.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    pub tag: String,
    pub label: String,
    pub span: Span,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub money: Option<Money>,
}

/// A piece of advice, in the order to show it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdviceItem {
    pub id: String,
    pub text: String,
}

/// Everything the engine says about one text.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub ruleset_version: String,
    pub level: Level,
    /// 0 to 100.
    pub score: u8,
    /// The text reads like a message from someone already held: show emergency guidance.
    pub distress: bool,
    /// The text reads like a warning about scams (an advisory, a news story), not an offer:
    /// its level is capped at medium.
    pub warning_text: bool,
    pub signals: Vec<Signal>,
    pub facts: Vec<Fact>,
    pub advice: Vec<AdviceItem>,
    /// Bytes of the input that were checked; less than the input when it was over the limit.
    pub checked_bytes: usize,
    pub truncated: bool,
}

/// A piece of the checked text for display: plain, or highlighted by the signal at `signal`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub signal: Option<usize>,
}

impl Report {
    /// Cuts `text` (the text this report is about) into plain and highlighted segments. Where
    /// spans overlap, the earlier-starting one wins; warnings come before reassuring signs.
    pub fn segments<'a>(&self, text: &'a str) -> Vec<Segment<'a>> {
        let text = &text[..self.checked_bytes.min(text.len())];
        let mut marks: Vec<(usize, usize, usize)> = self
            .signals
            .iter()
            .enumerate()
            .filter(|(_, s)| s.weight > 0)
            .flat_map(|(i, s)| s.spans.iter().map(move |sp| (sp.start, sp.end, i)))
            .filter(|&(s, e, _)| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
            .collect();
        marks.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut out = Vec::new();
        let mut pos = 0;
        for (s, e, i) in marks {
            if s < pos {
                continue;
            }
            if s > pos {
                out.push(Segment { text: &text[pos..s], signal: None });
            }
            out.push(Segment { text: &text[s..e], signal: Some(i) });
            pos = e;
        }
        if pos < text.len() {
            out.push(Segment { text: &text[pos..], signal: None });
        }
        out
    }
}
