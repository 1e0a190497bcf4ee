//! Concept co-occurrence and negation: a rule's `near` sets fire when words of every group of
//! term classes (or fact tags) occur in one sentence, in any order, within a window; its `unless`
//! classes (negation) cancel a cue that follows them closely in the same clause.

use std::collections::HashMap;

use super::normalize::Normalized;
use crate::rules::model::{RuleDef, ANYWHERE};

/// How far apart, in characters, the words of a `near` set may be unless the rule says otherwise.
pub const WINDOW: usize = 120;
/// A negation cancels a cue when at most this many words and characters stand between them.
const NEGATION_WORDS: usize = 2;
const NEGATION_CHARS: usize = 24;

/// One member of a group: a term class (by index) or a fact tag.
#[derive(Debug, Clone)]
enum Member {
    Term(usize),
    Fact(String),
}

/// One `near` set: groups that must meet in a window, and groups needed anywhere in the text.
#[derive(Debug, Clone, Default)]
struct Set {
    window: Vec<Vec<Member>>,
    /// For each `window` group, whether its words are highlighted: cues are, framing words
    /// (context classes) only when the set has nothing else.
    highlight: Vec<bool>,
    anywhere: Vec<Vec<Member>>,
}

/// A rule's `near` sets and `unless` classes, compiled against the term classes.
#[derive(Debug, Clone, Default)]
pub struct RuleNear {
    sets: Vec<Set>,
    unless: Vec<usize>,
    unless_after: Vec<usize>,
    without: Vec<usize>,
    window: usize,
}

impl RuleNear {
    /// Compiles a validated rule: every name is a term class or a fact tag.
    /// `context` lists the term classes whose words frame a cue and are not highlighted.
    pub fn new(def: &RuleDef, classes: &HashMap<&str, usize>, context: &[bool]) -> Self {
        let member = |name: &str| match classes.get(name) {
            Some(&i) => Member::Term(i),
            None => Member::Fact(name.to_string()),
        };
        let indexes = |names: &[String]| names.iter().filter_map(|u| classes.get(u.as_str()).copied()).collect();
        RuleNear {
            sets: def
                .near
                .iter()
                .map(|set| {
                    let mut out = Set::default();
                    for g in set {
                        match g.strip_prefix(ANYWHERE) {
                            Some(g) => out.anywhere.push(g.split('|').map(member).collect()),
                            None => out.window.push(g.split('|').map(member).collect()),
                        }
                    }
                    let framing =
                        |group: &Vec<Member>| group.iter().all(|m| matches!(m, Member::Term(i) if context[*i]));
                    let cues: Vec<bool> = out.window.iter().map(|g| !framing(g)).collect();
                    let any_cue = cues.contains(&true);
                    out.highlight = cues.into_iter().map(|cue| cue || !any_cue).collect();
                    out
                })
                .collect(),
            unless: indexes(&def.unless),
            unless_after: indexes(&def.unless_after),
            without: indexes(&def.without),
            window: def.window.map_or(WINDOW, |w| w as usize),
        }
    }
}

/// The words of one text, ready for `near` and `unless`: term hits by class, fact hits by tag,
/// and the sentence of every position.
pub struct Context<'a> {
    norm: &'a Normalized,
    terms: &'a [Vec<(usize, usize)>],
    facts: HashMap<&'a str, Vec<(usize, usize)>>,
    /// Byte offsets of the original text where a new sentence starts.
    breaks: Vec<usize>,
}

impl<'a> Context<'a> {
    pub fn new(
        text: &'a str,
        norm: &'a Normalized,
        terms: &'a [Vec<(usize, usize)>],
        facts: &[(&'a str, usize, usize)],
    ) -> Self {
        let mut by_tag: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for &(tag, s, e) in facts {
            by_tag.entry(tag).or_default().push((s, e));
            if let Some((kind, _)) = tag.split_once('.') {
                by_tag.entry(kind).or_default().push((s, e));
            }
        }
        Context { norm, terms, facts: by_tag, breaks: sentence_breaks(text) }
    }

    /// The sentence a normalized position is in.
    fn sentence(&self, pos: usize) -> usize {
        let original = self.norm.original_range(pos, pos + 1).0;
        self.breaks.partition_point(|&b| b <= original)
    }

    /// Whether a cue at `start..end` follows one of the rule's `unless` words closely (or a
    /// negation phrase that starts before it runs into it: Vietnamese "không nộp" before "nộp
    /// tiền"), or is followed closely by one of its `unless_after` words, in the same clause.
    pub fn negated(&self, rule: &RuleNear, start: usize, end: usize) -> bool {
        // Hits of a class are sorted by start; only those a few words away can matter.
        let reach = 4 * NEGATION_CHARS;
        let near_start = |c: usize, from: usize, to: usize| {
            let hits = &self.terms[c];
            let lo = hits.partition_point(|h| h.0 < from);
            let hi = lo + hits[lo..].partition_point(|h| h.0 < to);
            &hits[lo..hi]
        };
        let before = rule.unless.iter().any(|&c| {
            near_start(c, start.saturating_sub(2 * reach), start)
                .iter()
                .any(|&(s, e)| (e <= start && self.close(e, start, false)) || (s < start && start < e && e <= end))
        });
        before
            || rule
                .unless_after
                .iter()
                .any(|&c| near_start(c, end, end + reach).iter().any(|&(s, _)| self.close(end, s, true)))
    }

    /// Whether a pattern or fact hit at `start..end` counts for the rule: not negated, and no
    /// `without` word in its sentence.
    pub fn keeps(&self, rule: &RuleNear, start: usize, end: usize) -> bool {
        !self.negated(rule, start, end) && !self.spoilt(rule, self.sentence(start), &[(start, end)])
    }

    /// Whether `sentence` has a word of the rule's `without` classes other than the cue's own
    /// `words` (Vietnamese "em" is both "I" and "you").
    fn spoilt(&self, rule: &RuleNear, sentence: usize, words: &[(usize, usize)]) -> bool {
        rule.without.iter().any(|&c| {
            let hits = &self.terms[c];
            let lo = hits.partition_point(|h| self.sentence(h.0) < sentence);
            let hi = lo + hits[lo..].partition_point(|h| self.sentence(h.0) == sentence);
            hits[lo..hi].iter().any(|&(s, e)| !words.iter().any(|&(ws, we)| ws <= s && e <= we))
        })
    }

    /// Whether normalized positions `a <= b` are a few words apart in one clause. With `label`, a
    /// colon, dash or equals sign with nothing else between is a label's ("Training fee: none",
    /// "교육비: 무료"), not a clause break.
    fn close(&self, a: usize, b: usize, label: bool) -> bool {
        let between = &self.norm.text[a..b];
        let labelled = || between.trim_start().strip_prefix([':', '-', '=']).is_some_and(|r| r.trim().is_empty());
        if label && labelled() {
            return self.sentence(a.saturating_sub(1)) == self.sentence(b);
        }
        between.split_whitespace().count() <= NEGATION_WORDS
            && between.chars().count() <= NEGATION_CHARS
            && !between
                .contains([',', ';', ':', '，', '；', '：', '、', '.', '。', '!', '?', '၊', '፣', '፤', '፥', '፦', '៖'])
            && self.sentence(a.saturating_sub(1)) == self.sentence(b)
    }

    fn hits(&self, m: &Member) -> &[(usize, usize)] {
        match m {
            Member::Term(i) => &self.terms[*i],
            Member::Fact(tag) => self.facts.get(tag.as_str()).map_or(&[], Vec::as_slice),
        }
    }

    /// The words of every window where all groups of one of the rule's sets meet.
    pub fn matches(&self, rule: &RuleNear) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for Set { window: set, highlight, anywhere } in &rule.sets {
            // Most sets lack a group altogether: cheap to rule out before anything else.
            if set.iter().chain(anywhere).any(|group| group.iter().all(|m| self.hits(m).is_empty())) {
                continue;
            }
            let present = |m: &Member| self.hits(m).iter().any(|&(s, e)| !self.negated(rule, s, e));
            if anywhere.iter().any(|group| !group.iter().any(present)) {
                continue;
            }
            // Every hit of every group, not negated, as (start, end, group, sentence).
            let mut events: Vec<(usize, usize, usize, usize)> = set
                .iter()
                .enumerate()
                .flat_map(|(g, group)| group.iter().flat_map(|m| self.hits(m)).map(move |&(s, e)| (s, e, g)))
                .filter(|&(s, e, _)| !self.negated(rule, s, e))
                .map(|(s, e, g)| (s, e, g, self.sentence(s)))
                .collect();
            if (0..set.len()).any(|g| !events.iter().any(|e| e.2 == g)) {
                continue;
            }
            events.sort_unstable();
            let mut count = vec![0usize; set.len()];
            let mut covered = 0;
            let mut left = 0;
            for right in 0..events.len() {
                let (_, end, g, sentence) = events[right];
                count[g] += 1;
                if count[g] == 1 {
                    covered += 1;
                }
                // A word longer than the window (a `word*` prefix can run far in scripts written
                // without spaces) leaves the window empty: `left` may pass `right`.
                while left <= right && (events[left].3 != sentence || !self.within(events[left].0, end, rule.window)) {
                    let lg = events[left].2;
                    count[lg] -= 1;
                    if count[lg] == 0 {
                        covered -= 1;
                    }
                    left += 1;
                }
                if left <= right && covered == set.len() {
                    // The latest word of each group in the window; a `without` word in the
                    // sentence spoils the set.
                    let words: Vec<(usize, usize)> = (0..set.len())
                        .filter_map(|g| events[left..=right].iter().rev().find(|e| e.2 == g).map(|e| (e.0, e.1)))
                        .collect();
                    if !self.spoilt(rule, sentence, &words) {
                        out.extend(words.iter().zip(highlight).filter(|(_, &h)| h).map(|(w, _)| *w));
                    }
                }
            }
        }
        out
    }

    fn within(&self, start: usize, end: usize, window: usize) -> bool {
        let t = &self.norm.text;
        end <= start + window || t[start..end.max(start)].chars().count() <= window
    }
}

/// Where sentences start in `text`: after `.`, `!` or `?` followed by a space, after a line
/// break, and after the full stops of other scripts.
fn sentence_breaks(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let ends = match c {
            '\n' | '\r' | '。' | '！' | '？' | '؟' | '۔' | '।' | '॥' | '။' | '።' | '፧' | '៕' | '។' | '…' => {
                true
            }
            '.' | '!' | '?' | ';' => next_is_space,
            _ => false,
        };
        if ends {
            out.push(i + c.len_utf8());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::normalize::normalize;

    fn terms(norm: &Normalized, words: &[&[&str]]) -> Vec<Vec<(usize, usize)>> {
        words
            .iter()
            .map(|ws| {
                ws.iter()
                    .flat_map(|w| {
                        norm.text.match_indices(&normalize(w).text).map(|(i, m)| (i, i + m.len())).collect::<Vec<_>>()
                    })
                    .collect()
            })
            .collect()
    }

    fn rule(sets: &[&[&str]], unless: &[&str]) -> RuleDef {
        let mut d: RuleDef = toml::from_str("id = \"x.y\"").unwrap();
        d.near = sets.iter().map(|s| s.iter().map(|g| g.to_string()).collect()).collect();
        d.unless = unless.iter().map(|u| u.to_string()).collect();
        d
    }

    fn classes() -> HashMap<&'static str, usize> {
        [("taken", 0), ("passport", 1), ("negation", 2)].into_iter().collect()
    }

    fn words(hits: &[(usize, usize)], norm: &Normalized) -> Vec<String> {
        hits.iter().map(|&(s, e)| norm.text[s..e].to_string()).collect()
    }

    const WORDS: &[&[&str]] = &[&["took", "kept"], &["passport"], &["not", "never"]];

    /// Whether rule `r` matches `text`, with the words of [`WORDS`].
    fn fires_on(r: &RuleNear, text: &str) -> bool {
        let n = normalize(text);
        let t = terms(&n, WORDS);
        !Context::new(text, &n, &t, &[]).matches(r).is_empty()
    }

    #[test]
    fn groups_meet_in_any_order_within_one_sentence() {
        let r = RuleNear::new(&rule(&[&["taken", "passport"]], &[]), &classes(), &[false; 3]);
        for (text, expect) in [
            ("They took my passport.", vec!["took", "passport"]),
            ("My passport? They kept it.", vec![]),
            ("My passport, they kept it on day one", vec!["kept", "passport"]),
            ("I took a photo.\nMy passport is at home.", vec![]),
        ] {
            let n = normalize(text);
            let t = terms(&n, WORDS);
            let c = Context::new(text, &n, &t, &[]);
            assert_eq!(words(&c.matches(&r), &n), expect, "{text}");
        }
    }

    #[test]
    fn context_words_count_but_are_not_highlighted() {
        let r = RuleNear::new(&rule(&[&["taken", "passport"]], &[]), &classes(), &[true, false, false]);
        let n = normalize("They took my passport.");
        let t = terms(&n, WORDS);
        assert_eq!(words(&Context::new("They took my passport.", &n, &t, &[]).matches(&r), &n), vec!["passport"]);
        let r = RuleNear::new(&rule(&[&["taken"]], &[]), &classes(), &[true, false, false]);
        let t = terms(&n, WORDS);
        let c = Context::new("They took my passport.", &n, &t, &[]);
        assert_eq!(words(&c.matches(&r), &n), vec!["took"], "a set of context words alone still shows them");
    }

    #[test]
    fn a_window_bounds_the_distance() {
        let mut d = rule(&[&["taken", "passport"]], &[]);
        d.window = Some(20);
        let r = RuleNear::new(&d, &classes(), &[false; 3]);
        let text = format!("They took {} passport", "a ".repeat(20));
        let n = normalize(&text);
        let t = terms(&n, WORDS);
        assert!(Context::new(&text, &n, &t, &[]).matches(&r).is_empty());
        let n = normalize("They took my passport");
        let t = terms(&n, WORDS);
        assert_eq!(Context::new("They took my passport", &n, &t, &[]).matches(&r).len(), 2);
    }

    #[test]
    fn negation_cancels_a_cue_right_after_it_in_the_same_clause() {
        let r = RuleNear::new(&rule(&[&["taken", "passport"]], &["negation"]), &classes(), &[false; 3]);
        for (text, fires) in [
            ("We never kept anyone's passport.", false),
            ("They did not take it; they kept my passport.", true),
            ("Not true, they kept my passport", true),
            ("Never once in my life, I swear by god, they kept the passport", true),
        ] {
            assert_eq!(fires_on(&r, text), fires, "{text}");
        }
    }

    #[test]
    fn a_word_after_the_cue_cancels_it_across_a_label_colon_alone_not_across_a_comma() {
        let mut d = rule(&[&["taken"]], &[]);
        d.unless_after = vec!["negation".into()];
        let r = RuleNear::new(&d, &classes(), &[false; 3]);
        for (text, fires) in [
            ("kept: never", false),
            ("kept never", false),
            ("kept: 50 x never", true),
            ("kept, never mind", true),
            ("kept. Never again", true),
        ] {
            assert_eq!(fires_on(&r, text), fires, "{text}");
        }
    }

    #[test]
    fn sentences_break_at_stops_of_many_scripts() {
        assert_eq!(sentence_breaks("A. B\nC。D"), vec![2, 5, 9]);
        assert!(sentence_breaks("US$1.500 a month").is_empty());
    }
}
