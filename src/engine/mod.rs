//! The screening engine: compiles a rule set once into a [`Screener`], which turns text into a
//! [`Report`] with one signal per concept, whichever rules and languages found it. Pure Rust: no
//! I/O, no platform, no web dependencies.

pub mod examples;
pub mod extract;
pub mod near;
pub mod normalize;
pub mod phrase;
mod quoted;
pub mod report;
pub mod score;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::rules::facts::QUOTED_OFFER;
use crate::rules::model::Role;
use crate::rules::{self, Pack, RuleError, RuleErrors, RuleSet};
use extract::Extractors;
use normalize::{normalize, Normalized};
use phrase::{Owner, PhraseSet, PhraseSetBuilder};
use report::{AdviceItem, Fact, Report, Signal, Span};

/// Texts longer than this are checked up to this many bytes, and the report says so.
pub const MAX_CHECK_BYTES: usize = 1 << 20;
/// At most this many highlighted spans per signal, and facts per tag (`channel.phone`, ...), per report.
pub const MAX_SPANS: usize = 20;
/// How many warning signs' words a text must quote to read as quoting an offer ([`QUOTED_OFFER`]).
const QUOTED_SIGNS: usize = 2;

/// Where the phrase owners of term classes and of rules begin: the lexicon's entries come first,
/// then the term classes, then the rules, so that rules added later ([`Screener::with_packs`])
/// move no other owner.
fn owner_bases(rules: &RuleSet) -> (usize, usize) {
    let class_base = rules.lexicon.len();
    (class_base, class_base + rules.term_classes.len())
}

/// Each term class's index, by id.
fn class_index(rules: &RuleSet) -> HashMap<&str, usize> {
    rules.term_classes.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect()
}

/// Collects a rule set's patterns for a [`PhraseSet`], each with its owner, and every pattern error.
struct Patterns<'a> {
    builder: PhraseSetBuilder,
    errors: RuleErrors,
    class_index: HashMap<&'a str, usize>,
    class_base: usize,
    rule_base: usize,
}

impl<'a> Patterns<'a> {
    fn new(rules: &'a RuleSet, builder: PhraseSetBuilder) -> Self {
        let class_index = class_index(rules);
        let (class_base, rule_base) = owner_bases(rules);
        Patterns { builder, errors: RuleErrors::default(), class_index, class_base, rule_base }
    }

    fn add(&mut self, index: usize, negative: bool, pattern: &str, file: &str, rule: &str, field: &str) {
        if let Err(message) = self.builder.add(Owner { index, negative }, pattern) {
            self.errors.add(RuleError {
                file: file.into(),
                rule: Some(rule.into()),
                field: Some(field.into()),
                message,
            });
        }
    }

    /// The patterns of `rules` (numbered from `first` in the set) and the words of `terms`.
    fn rules_and_terms(&mut self, rules: &[rules::Rule], first: usize, terms: &[rules::TermWords]) {
        for (i, r) in rules.iter().enumerate() {
            let owner = self.rule_base + first + i;
            for p in &r.def.patterns {
                self.add(owner, false, p, &r.file, &r.def.id, "patterns");
            }
            for p in &r.def.except {
                self.add(owner, true, p, &r.file, &r.def.id, "except");
            }
        }
        for t in terms {
            let file = format!("terms/{}.toml", t.language);
            let owner = self.class_base + self.class_index[t.class.as_str()];
            for p in &t.patterns {
                self.add(owner, false, p, &file, &t.class, "terms");
            }
        }
    }
}

/// Whether `text` has letters of a script that a rule pack still to come is written in
/// (`pending`: such packs' script groups, as [`rules::PACKS`] lists them). Checked before the
/// pack arrives, the text would miss its words.
pub fn awaits_pack<'a>(text: &str, pending: impl IntoIterator<Item = &'a [usize]>) -> bool {
    let present = phrase::groups::text_groups(text);
    pending.into_iter().flatten().any(|&g| present[g])
}

/// The longest start of `text` of at most `max` bytes that ends on a character boundary.
pub fn clip(text: &str, max: usize) -> &str {
    let mut cut = text.len().min(max);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// A compiled rule set, ready to check any number of texts.
pub struct Screener {
    rules: RuleSet,
    phrases: PhraseSet,
    extractors: Arc<Extractors>,
    /// Rules to fire for each fact tag.
    by_fact: HashMap<String, Vec<usize>>,
    /// Each rule's `near` sets and `unless` classes, compiled.
    near: Vec<near::RuleNear>,
    /// The report's form of every source, made once and shared by every warning that cites it.
    sources: HashMap<String, Arc<report::Source>>,
}

/// A fact found in normalized text.
struct RawFact<'a> {
    tag: &'a str,
    label: &'a str,
    start: usize,
    end: usize,
    money: Option<extract::Money>,
}

/// What the matchers found in one text, before scoring.
struct Found<'a> {
    text: &'a str,
    norm: Normalized,
    facts: Vec<RawFact<'a>>,
    /// For each term class, the normalized ranges of its words.
    terms: Vec<Vec<(usize, usize)>>,
    /// For each rule, the normalized ranges it matched.
    rule_spans: Vec<Vec<(usize, usize)>>,
}

impl Screener {
    /// Compiles a validated rule set; pattern syntax errors name the file, rule and field. Every
    /// pattern is expanded once to find its errors; the automata are built when texts need them.
    pub fn new(rules: RuleSet) -> Result<Self, RuleErrors> {
        Self::compile(rules, PhraseSetBuilder::validating())
    }

    fn compile(rules: RuleSet, builder: PhraseSetBuilder) -> Result<Self, RuleErrors> {
        let mut phrases = Patterns::new(&rules, builder);
        for (i, e) in rules.lexicon.iter().enumerate() {
            for p in &e.patterns {
                phrases.add(i, false, p, "lexicon.toml", &e.tag, "patterns");
            }
            for p in &e.except {
                phrases.add(i, true, p, "lexicon.toml", &e.tag, "except");
            }
        }
        phrases.rules_and_terms(&rules.rules, 0, &rules.terms);
        let (builder, errors) = (phrases.builder, phrases.errors);
        let phrases = errors.or(builder.build())?;
        let mut screener = Screener {
            rules,
            phrases,
            extractors: Arc::new(Extractors::new()),
            by_fact: HashMap::new(),
            near: Vec::new(),
            sources: HashMap::new(),
        };
        screener.sources = screener.rules.sources.iter().map(|s| (s.id.clone(), Arc::new(s.into()))).collect();
        screener.index_rules(0);
        Ok(screener)
    }

    /// This screener with rule packs' rules and words added: what is compiled already is shared,
    /// not compiled again. The web app adds the packs of other scripts this way as they arrive.
    pub fn with_packs(&self, packs: impl IntoIterator<Item = Pack>) -> Screener {
        let first = self.rules.rules.len();
        let mut rules = self.rules.clone();
        packs.into_iter().for_each(|pack| rules.add(pack));
        let mut phrases = Patterns::new(&rules, PhraseSetBuilder::default());
        phrases.rules_and_terms(&rules.rules[first..], first, &rules.terms[self.rules.terms.len()..]);
        let more = phrases.builder;
        let mut screener = Screener {
            rules,
            phrases: self.phrases.with(more),
            extractors: self.extractors.clone(),
            by_fact: self.by_fact.clone(),
            near: self.near.clone(),
            sources: self.sources.clone(),
        };
        screener.index_rules(first);
        screener
    }

    /// Indexes the rules from `first` on by the facts they test, and compiles their `near` sets.
    fn index_rules(&mut self, first: usize) {
        for (i, r) in self.rules.rules.iter().enumerate().skip(first) {
            for tag in &r.def.facts {
                self.by_fact.entry(tag.clone()).or_default().push(i);
            }
        }
        let class_index = class_index(&self.rules);
        let context: Vec<bool> = self.rules.term_classes.iter().map(|c| c.context).collect();
        let near = self.rules.rules[first..].iter().map(|r| near::RuleNear::new(&r.def, &class_index, &context));
        self.near.extend(near);
    }

    /// Loads, validates and compiles rule files given as (path under rules/, contents): one step,
    /// one error type, every problem listed.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_files(files: &[(&str, &str)]) -> Result<Self, RuleErrors> {
        Self::new(rules::load(files)?)
    }

    /// The rules built into this binary, ready at once: their patterns are expanded the first
    /// time a text in their script needs them, and every one of them is expanded and checked by
    /// the test suite (`rule_examples`) and `secondlook test-rules`, which load them with
    /// [`Screener::from_files`].
    pub fn builtin() -> Result<Self, RuleErrors> {
        Self::compile(rules::builtin(), PhraseSetBuilder::default())
    }

    /// The rules the web app starts with ([`rules::core`]), ready at once as [`Screener::builtin`]
    /// is; it adds the other scripts' packs as they arrive ([`Screener::with_packs`]).
    pub fn core() -> Result<Self, RuleErrors> {
        Self::compile(rules::core(), PhraseSetBuilder::default())
    }

    /// Compiles now what checking a text in the scripts of `sample` would compile first (those
    /// scripts' patterns and automata), so that the first such check takes no longer than the
    /// next: for an app that has a moment to spare before the reader pastes.
    pub fn prepare(&self, sample: &str) {
        self.phrases.prepare(&normalize(sample).text);
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// What each rule matched in `text`, as spans of it: for testing rules one by one.
    pub fn rule_spans(&self, text: &str) -> Vec<Vec<Span>> {
        let f = self.find(text);
        f.rule_spans.iter().map(|r| to_original(f.text, &f.norm, r)).collect()
    }

    /// The words of each term class found in `text`: for rule authors (`secondlook words`).
    pub fn term_spans(&self, text: &str) -> Vec<(&str, Vec<Span>)> {
        let f = self.find(text);
        let classes = self.rules.term_classes.iter().zip(&f.terms);
        classes.filter(|(_, t)| !t.is_empty()).map(|(c, t)| (c.id.as_str(), to_original(f.text, &f.norm, t))).collect()
    }

    /// Runs every matcher over the checked part of `input`.
    fn find<'a>(&'a self, input: &'a str) -> Found<'a> {
        let text = clip(input, MAX_CHECK_BYTES);
        let norm = normalize(text);
        let hits = self.phrases.find(&norm.text);
        let n_rules = self.rules.rules.len();
        let (class_base, rule_base) = owner_bases(&self.rules);

        let mut facts: Vec<RawFact> = Vec::new();
        let mut terms: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.rules.term_classes.len()];
        for h in hits.iter().filter(|h| h.owner < rule_base) {
            if h.owner >= class_base {
                terms[h.owner - class_base].push((h.start, h.end));
                continue;
            }
            let e = &self.rules.lexicon[h.owner];
            facts.push(RawFact { tag: &e.tag, label: &e.label, start: h.start, end: h.end, money: None });
        }
        for f in self.extractors.extract(&norm.text) {
            facts.push(RawFact {
                tag: f.tag,
                label: rules::facts::label(f.tag),
                start: f.start,
                end: f.end,
                money: f.money,
            });
        }
        facts.sort_by_key(|f| (f.start, f.end));

        let fact_spans: Vec<_> = facts.iter().map(|f| (f.tag, f.start, f.end)).collect();
        let ctx = near::Context::new(text, &norm, &terms, &fact_spans);
        let mut rule_spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n_rules];
        for h in hits.iter().filter(|h| h.owner >= rule_base) {
            let r = h.owner - rule_base;
            if ctx.keeps(&self.near[r], h.start, h.end) {
                rule_spans[r].push((h.start, h.end));
            }
        }
        for f in &facts {
            for &r in self.by_fact.get(f.tag).into_iter().flatten() {
                if ctx.keeps(&self.near[r], f.start, f.end) {
                    rule_spans[r].push((f.start, f.end));
                }
            }
        }
        for (r, compiled) in self.near.iter().enumerate() {
            rule_spans[r].extend(ctx.matches(compiled));
        }
        drop(ctx);
        Found { text, norm, facts, terms, rule_spans }
    }

    /// Checks one text. Never panics, whatever the input; over [`MAX_CHECK_BYTES`] it checks the
    /// start and sets `truncated`.
    pub fn check(&self, input: &str) -> Report {
        let Found { text, norm, facts, rule_spans, .. } = self.find(input);
        let cut = text.len();

        // One signal per concept, whichever rules and languages found it.
        let mut by_concept: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.rules.concepts.len()];
        for (r, spans) in rule_spans.into_iter().enumerate() {
            by_concept[self.rules.rules[r].concept].extend(spans);
        }
        let mut signals = Vec::new();
        let mut fired: HashMap<&str, usize> = HashMap::new();
        for (c, spans) in by_concept.iter().enumerate() {
            if spans.is_empty() {
                continue;
            }
            let concept = &self.rules.concepts[c];
            fired.insert(concept.def.id.as_str(), signals.len());
            signals.push(self.signal(concept, to_original(text, &norm, spans)));
        }
        if let Some(quoted) = self.quoted_offer(text, &signals) {
            signals.push(quoted);
        }
        for c in &self.rules.combos {
            let members: Option<Vec<usize>> = c
                .def
                .requires
                .iter()
                .map(|group| group.iter().find_map(|concept| fired.get(concept.as_str()).copied()))
                .collect();
            let Some(members) = members else { continue };
            let mut combo_spans: Vec<Span> = members.iter().flat_map(|&m| signals[m].spans.first().cloned()).collect();
            combo_spans.sort_by_key(|s| (s.start, s.end));
            combo_spans.dedup();
            signals.push(self.signal(&self.rules.concepts[c.concept], combo_spans));
        }

        let manifest = &self.rules.manifest;
        let scored = score::score(&signals, manifest);
        signals.sort_by_key(|s| (manifest.role(&s.category) != Role::Distress, std::cmp::Reverse(s.weight)));
        let advice = self.advice(&signals);
        let mut seen = HashSet::new();
        // Rules and scoring have used every fact already; the cap only bounds the report, and
        // facts past it are not mapped back to the original text at all.
        let mut per_tag: HashMap<&str, usize> = HashMap::new();
        let facts = facts
            .into_iter()
            .filter(|f| seen.insert((f.tag, f.start, f.end)))
            .filter_map(|f| {
                let n = per_tag.entry(f.tag).or_default();
                if *n >= MAX_SPANS {
                    return None;
                }
                let span = to_original(text, &norm, &[(f.start, f.end)]).pop()?;
                *n += 1;
                Some(Fact { tag: f.tag.to_string(), label: f.label.to_string(), span, money: f.money })
            })
            .collect();
        Report {
            ruleset_version: self.rules.manifest.version.clone(),
            level: scored.level,
            score: scored.score,
            distress: scored.distress,
            warning_text: scored.warning_text,
            signals,
            facts,
            advice,
            checked_bytes: cut,
            truncated: cut < input.len(),
        }
    }

    /// The sign of a text that quotes an offer to warn about it: several warning signs (of
    /// different concepts, none of them distress) inside quotation marks. The quotations are its
    /// words. None unless the rules define the concept [`QUOTED_OFFER`].
    fn quoted_offer(&self, text: &str, signals: &[Signal]) -> Option<Signal> {
        let manifest = &self.rules.manifest;
        let warnings = || signals.iter().filter(|s| s.weight > 0 && manifest.role(&s.category) == Role::Score);
        // Most texts have too few warnings for it: their quotation marks are not looked for.
        if warnings().count() < QUOTED_SIGNS {
            return None;
        }
        let concept = self.rules.concepts.iter().find(|c| c.def.id == QUOTED_OFFER)?;
        let passages = quoted::passages(text);
        let inside = |sp: &Span| passages.iter().position(|p| p.start <= sp.start && sp.end <= p.end);
        let mut used = Vec::new();
        let mut concepts = 0;
        for s in warnings() {
            let quoted: Vec<usize> = s.spans.iter().filter_map(inside).collect();
            if !quoted.is_empty() {
                concepts += 1;
                used.extend(quoted);
            }
        }
        if concepts < QUOTED_SIGNS {
            return None;
        }
        used.sort_unstable();
        used.dedup();
        let spans = used
            .into_iter()
            .map(|i| Span {
                start: passages[i].start,
                end: passages[i].end,
                text: text[passages[i].clone()].to_string(),
            })
            .collect();
        Some(self.signal(concept, spans))
    }

    fn signal(&self, concept: &rules::Concept, spans: Vec<Span>) -> Signal {
        let d = &concept.def;
        Signal {
            rule: d.id.clone(),
            category: concept.category.clone(),
            weight: d.weight,
            message: d.message.clone(),
            explanation: d.explanation.clone(),
            advice: d.advice.clone(),
            sources: d.sources.iter().filter_map(|s| self.sources.get(s)).cloned().collect(),
            spans,
        }
    }

    /// Advice of the warnings (not of reassuring signs), strongest first, each once.
    fn advice(&self, signals: &[Signal]) -> Vec<AdviceItem> {
        let mut seen = HashSet::new();
        signals
            .iter()
            .filter(|s| s.weight > 0)
            .flat_map(|s| s.advice.iter())
            .filter(|id| seen.insert(id.as_str()))
            .filter_map(|id| self.rules.advice.iter().find(|a| &a.id == id))
            .map(|a| AdviceItem { id: a.id.clone(), text: a.text.clone() })
            .collect()
    }
}

/// Widens a range of the original text to whole letters: a vowel sign or other mark after its end
/// belongs to its last letter, and a consonant after a Khmer coeng or a Myanmar stacking virama
/// belongs to it too ("ផ្ញើរ" in "ផ្ញើរូបថត" takes its "ូ"), so no highlight leaves a mark alone.
fn whole_clusters(text: &str, (mut start, mut end): (usize, usize)) -> (usize, usize) {
    let joins = |prev: Option<char>, c: char| {
        unicode_normalization::char::is_combining_mark(c) || matches!(prev, Some('\u{17D2}' | '\u{1039}'))
    };
    while let Some(c) = text[end..].chars().next() {
        if !joins(text[..end].chars().next_back(), c) {
            break;
        }
        end += c.len_utf8();
    }
    while let Some(c) = text[start..].chars().next().filter(|_| start > 0) {
        if !joins(text[..start].chars().next_back(), c) {
            break;
        }
        start -= text[..start].chars().next_back().map_or(0, char::len_utf8);
    }
    (start, end)
}

/// Maps normalized ranges to sorted, de-duplicated spans of the original text.
fn to_original(text: &str, norm: &Normalized, ranges: &[(usize, usize)]) -> Vec<Span> {
    let mut spans: Vec<Span> = ranges
        .iter()
        .map(|&(s, e)| whole_clusters(text, norm.original_range(s, e)))
        .filter(|(s, e)| s < e)
        .map(|(start, end)| Span { start, end, text: text[start..end].to_string() })
        .collect();
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup_by(|b, a| b.start < a.end);
    spans.truncate(MAX_SPANS);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_several_signs_reads_as_a_warning_but_a_quoting_plea_keeps_its_distress() {
        let screener = Screener::builtin().unwrap();
        let quoted = |text: &str| screener.check(text).signals.iter().any(|s| s.rule == QUOTED_OFFER);
        let offer = "easy job in Cambodia, $1,500 a month, free flight ticket";
        let notice =
            format!("Notice to parents: students received messages saying '{offer}'. Please talk to your children.");
        assert!(quoted(&notice));
        assert!(!quoted(&notice.replace('\'', "")), "the same words unquoted");
        assert!(!quoted("We offer an 'easy job' at our Manila office."), "one sign quoted");
        let plea = format!(
            "They promised us \"{offer}\" but now they took our passports and beat us. Please help, call the embassy."
        );
        let report = screener.check(&plea);
        assert!(report.signals.iter().any(|s| s.rule == QUOTED_OFFER) && report.distress);
    }

    #[test]
    fn a_text_awaits_only_the_packs_of_its_scripts() {
        let thai: &[usize] = &[5];
        let indic: &[usize] = &[1, 2];
        assert!(awaits_pack("งานแพ็คของ ที่ Bangkok", [thai, indic]));
        assert!(awaits_pack("नौकरी", [thai, indic]));
        assert!(!awaits_pack("Packing job in Bangkok, 100% free visa", [thai, indic]));
        assert!(!awaits_pack("งานแพ็คของ", [indic]));
        assert!(!awaits_pack("งานแพ็คของ", []));
    }
}
