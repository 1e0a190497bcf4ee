//! Phrase patterns: the small pattern language of the rule packs, and its one-pass matcher.
//!
//! A pattern is literal text with three operators, so that domain experts can write rules
//! without regular expressions:
//! - `(a|b|c)` alternatives, expanded when the pattern is compiled (at most 256 expansions);
//!   an empty alternative makes a part optional: `(a |)visa`;
//! - `word*` a prefix: the match may continue into the rest of the word;
//! - ` ... ` a gap: the parts on either side must appear in order, at most [`GAP`] bytes apart.
//!
//! Literals are normalized like the text. Words in scripts written with spaces must start and end
//! on word boundaries; Thai, Lao, Khmer, Myanmar, Chinese, Japanese and Korean need none.
//! All literal parts of all patterns go into one Aho-Corasick automaton, built once.

use std::collections::HashMap;

use aho_corasick::AhoCorasick;

use super::normalize::normalize;

/// How far apart (in characters of normalized text) the parts of a ` ... ` pattern may be.
pub const GAP: usize = 80;
const MAX_EXPANSIONS: usize = 256;

/// What a pattern is for: `owner` is the caller's index, `negative` marks an exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub index: usize,
    pub negative: bool,
}

/// A match of one owner's pattern in normalized text (byte range).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub owner: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug)]
struct Part {
    keyword: usize,
    left_boundary: bool,
    right_boundary: bool,
    prefix: bool,
}

#[derive(Debug)]
struct Atom {
    owner: Owner,
    parts: Vec<Part>,
}

/// Every pattern of a rule set, compiled into one automaton.
#[derive(Debug)]
pub struct PhraseSet {
    automaton: AhoCorasick,
    /// For each keyword, the (atom, part) pairs it stands for.
    uses: Vec<Vec<(usize, usize)>>,
    atoms: Vec<Atom>,
}

/// Collects patterns, then builds the [`PhraseSet`].
#[derive(Default)]
pub struct PhraseSetBuilder {
    keywords: Vec<String>,
    keyword_ids: HashMap<String, usize>,
    uses: Vec<Vec<(usize, usize)>>,
    atoms: Vec<Atom>,
}

impl PhraseSetBuilder {
    /// Adds one pattern; an error says what is wrong with its syntax.
    pub fn add(&mut self, owner: Owner, pattern: &str) -> Result<(), String> {
        for alternative in expand(pattern)? {
            let mut parts = Vec::new();
            for raw in alternative.split(" ... ") {
                let raw = raw.trim();
                let (literal, prefix) = match raw.strip_suffix('*') {
                    Some(l) => (l, true),
                    None => (raw, false),
                };
                if literal.contains(['*', '(', ')', '|']) || literal.contains("...") {
                    return Err(format!("misplaced operator in `{raw}`"));
                }
                let text = normalize(literal).text;
                if text.is_empty() {
                    return Err(format!("empty part in `{pattern}`"));
                }
                let first = text.chars().next().unwrap_or(' ');
                let last = text.chars().next_back().unwrap_or(' ');
                let keyword = self.keyword(text);
                parts.push(Part {
                    keyword,
                    left_boundary: is_spaced_word_char(first),
                    right_boundary: !prefix && is_spaced_word_char(last),
                    prefix,
                });
            }
            let atom = self.atoms.len();
            for (i, p) in parts.iter().enumerate() {
                self.uses[p.keyword].push((atom, i));
            }
            self.atoms.push(Atom { owner, parts });
        }
        Ok(())
    }

    fn keyword(&mut self, text: String) -> usize {
        if let Some(&id) = self.keyword_ids.get(&text) {
            return id;
        }
        let id = self.keywords.len();
        self.keywords.push(text.clone());
        self.keyword_ids.insert(text, id);
        self.uses.push(Vec::new());
        id
    }

    pub fn build(self) -> Result<PhraseSet, String> {
        let automaton = AhoCorasick::new(&self.keywords).map_err(|e| e.to_string())?;
        Ok(PhraseSet { automaton, uses: self.uses, atoms: self.atoms })
    }
}

/// Expands `(a|b)` groups into every combination.
fn expand(pattern: &str) -> Result<Vec<String>, String> {
    let mut results = vec![String::new()];
    let mut rest = pattern;
    while let Some(open) = rest.find('(') {
        let close = rest[open..].find(')').map(|c| open + c).ok_or_else(|| format!("unclosed `(` in `{pattern}`"))?;
        let inner = &rest[open + 1..close];
        if inner.contains('(') {
            return Err(format!("nested `(` in `{pattern}`"));
        }
        let choices: Vec<&str> = inner.split('|').collect();
        if choices.iter().any(|c| c.trim().is_empty() && choices.len() < 2) {
            return Err(format!("empty group in `{pattern}`"));
        }
        let head = &rest[..open];
        results = results.iter().flat_map(|r| choices.iter().map(move |c| format!("{r}{head}{c}"))).collect();
        if results.len() > MAX_EXPANSIONS {
            return Err(format!("`{pattern}` expands to more than {MAX_EXPANSIONS} phrases"));
        }
        rest = &rest[close + 1..];
    }
    if pattern.contains(")?") {
        return Err(format!("`?` is not an operator in `{pattern}`: write an optional part as `(word |)`"));
    }
    if rest.contains([')', '|']) {
        return Err(format!("unbalanced `)` or stray `|` in `{pattern}`"));
    }
    Ok(results.into_iter().map(|r| collapse_spaces(&(r + rest))).collect())
}

fn collapse_spaces(s: &str) -> String {
    s.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Scripts written without spaces between words: no word boundaries there.
fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}' | '\u{20000}'..='\u{2FFFF}')
}

fn within_gap(between: &str) -> bool {
    between.len() <= GAP || between.chars().count() <= GAP
}

fn is_spaced_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_unspaced(c)
}

impl PhraseSet {
    /// Every hit in normalized `text`, exceptions already applied: a positive hit is dropped
    /// when a negative pattern of the same owner overlaps it.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut occurrences: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let left_ok = text[..s].chars().next_back().is_none_or(|c| !is_spaced_word_char(c));
            let right_ok = text[e..].chars().next().is_none_or(|c| !is_spaced_word_char(c));
            for &(atom, part) in &self.uses[m.pattern().as_usize()] {
                let p = &self.atoms[atom].parts[part];
                if (!p.left_boundary || left_ok) && (!p.right_boundary || right_ok) {
                    occurrences.entry((atom, part)).or_default().push((s, e));
                }
            }
        }
        let mut positive = Vec::new();
        let mut negative = Vec::new();
        for (atom_id, atom) in self.atoms.iter().enumerate() {
            let Some(firsts) = occurrences.get(&(atom_id, 0)) else { continue };
            for &(start, mut end) in firsts {
                let mut complete = true;
                for part in 1..atom.parts.len() {
                    let next = occurrences
                        .get(&(atom_id, part))
                        .and_then(|occ| occ.iter().filter(|&&(s, _)| s >= end && within_gap(&text[end..s])).min());
                    match next {
                        Some(&(_, e)) => end = e,
                        None => {
                            complete = false;
                            break;
                        }
                    }
                }
                if complete {
                    if atom.parts.last().is_some_and(|p| p.prefix) {
                        end += text[end..].find(|c: char| !is_spaced_word_char(c)).unwrap_or(text.len() - end);
                    }
                    let hit = Hit { owner: atom.owner.index, start, end };
                    if atom.owner.negative {
                        negative.push(hit)
                    } else {
                        positive.push(hit)
                    }
                }
            }
        }
        positive.retain(|h| !negative.iter().any(|n| n.owner == h.owner && n.start < h.end && h.start < n.end));
        positive.sort_by_key(|h| (h.owner, h.start, std::cmp::Reverse(h.end)));
        // One hit per place: drop hits of the same owner nested in an earlier one.
        let mut out: Vec<Hit> = Vec::with_capacity(positive.len());
        for h in positive {
            if out.last().is_some_and(|l| l.owner == h.owner && h.start < l.end) {
                continue;
            }
            out.push(h);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[(&str, bool)]) -> PhraseSet {
        let mut b = PhraseSetBuilder::default();
        for (i, (p, neg)) in patterns.iter().enumerate() {
            b.add(Owner { index: if *neg { 0 } else { i }, negative: *neg }, p).unwrap();
        }
        b.build().unwrap()
    }

    fn found(set: &PhraseSet, text: &str) -> Vec<String> {
        let t = normalize(text).text;
        set.find(&t).iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn respects_word_boundaries_in_spaced_scripts() {
        let s = set(&[("visa", false)]);
        assert_eq!(found(&s, "a Visa, then"), vec!["visa"]);
        assert!(found(&s, "visas advisable").is_empty());
    }

    #[test]
    fn prefix_and_alternatives() {
        let s = set(&[("(free|paid) flight*", false)]);
        assert_eq!(found(&s, "Free flights and paid flight"), vec!["free flights", "paid flight"]);
    }

    #[test]
    fn gaps_join_parts_in_order() {
        let s = set(&[("deposit ... check", false)]);
        assert_eq!(found(&s, "Deposit the attached check today"), vec!["deposit the attached check"]);
        assert!(found(&s, "check then deposit").is_empty());
        let far = format!("deposit {} check", "x".repeat(GAP));
        assert!(found(&s, &far).is_empty());
        let thai = set(&[("งาน ... เงิน", false)]);
        let between = "ก".repeat(GAP - 5);
        assert_eq!(found(&thai, &format!("งาน{between}เงิน")).len(), 1, "the gap counts characters, not bytes");
    }

    #[test]
    fn exceptions_suppress_overlapping_hits() {
        let s = set(&[("placement fee", false), ("no placement fee", true)]);
        assert!(found(&s, "There is no placement fee.").is_empty());
        assert_eq!(found(&s, "Pay the placement fee"), vec!["placement fee"]);
    }

    #[test]
    fn unspaced_scripts_need_no_boundaries() {
        let s = set(&[("ทำงานง่าย", false)]);
        assert_eq!(found(&s, "รับสมัครทำงานง่ายรายได้ดี"), vec![normalize("ทำงานง่าย").text]);
    }

    #[test]
    fn rejects_bad_syntax() {
        let mut b = PhraseSetBuilder::default();
        let o = Owner { index: 0, negative: false };
        assert!(b.add(o, "(a|b").is_err());
        assert!(b.add(o, "a)").is_err());
        assert!(b.add(o, "fr*ee").is_err());
        assert!(b.add(o, "   ").is_err());
        assert!(b.add(o, "without (a )?visa").is_err());
        assert!(b.add(o, "without (a |)visa").is_ok());
    }
}
