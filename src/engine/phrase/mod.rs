//! Phrase patterns: the small pattern language of the rule packs, and its one-pass matcher.
//!
//! A pattern is literal text with three operators, so that domain experts can write rules
//! without regular expressions:
//! - `(a|b|c)` alternatives (no nesting); an empty alternative makes a part optional: `(a |)visa`;
//! - `word*` a prefix: the match may continue into the rest of the word, anywhere in a pattern:
//!   `refus* to (give|return)`, `(pay*|cover*) your ticket`; `(a|b)*` is `(a*|b*)`;
//! - ` ... ` a gap: the parts on either side must appear in order, at most [`GAP`] characters apart.
//!
//! Literals are normalized like the text. Words in scripts written with spaces must start and end
//! on word boundaries; Thai, Lao, Khmer, Myanmar, Chinese, Japanese and Korean need none.
//! All literals of all patterns go into one Aho-Corasick automaton, built once. Alternatives are
//! not multiplied out across a whole pattern: each part is cut into *slots* of at most a few dozen
//! phrases, and consecutive slots must meet exactly, so compile time grows with the pattern text.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use super::normalize::normalize_text;
use pattern::{cut, start_groups};
use scripts::Automata;

pub mod groups;
mod pattern;
mod scripts;

/// How far apart (in characters of normalized text) the parts of a ` ... ` pattern may be.
pub const GAP: usize = 80;
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

/// One phrase that can fill a slot: its keyword, and what it needs around it.
#[derive(Debug, Clone, Copy)]
struct Member {
    keyword: u32,
    left_boundary: bool,
    right_boundary: bool,
    /// A `word*` prefix: the occurrence runs on to the end of the word.
    prefix: bool,
}

impl Member {
    fn fits(&self, f: &Found) -> bool {
        (!self.left_boundary || f.left_ok) && (!self.right_boundary || f.right_ok)
    }
}

#[derive(Debug)]
struct Atom {
    owner: Owner,
    /// For each part, its slots: a range of [`PhraseSet::slots`].
    parts: Vec<Range<u32>>,
}

/// An atom that a keyword can start, and what the keyword needs there.
#[derive(Debug, Clone, Copy)]
struct Start {
    atom: u32,
    member: Member,
    /// The atom is this one phrase: it ends where the keyword does.
    single: bool,
}

/// The patterns of one script group, compiled into automata and slots.
#[derive(Debug)]
struct Compiled {
    automata: Automata,
    /// Every slot of every atom: the phrases that can fill it, sorted by keyword.
    slots: Vec<Vec<Member>>,
    /// For each slot, whether it may be skipped (an optional group inside a part).
    optional: Vec<bool>,
    /// For each slot, one bit per keyword number modulo 64 of its phrases: most occurrences
    /// near a candidate are ruled out by one test.
    masks: Vec<u64>,
    atoms: Vec<Atom>,
    /// For each keyword, the atoms it can start (it fills their first slot) and its needs there.
    starts: Vec<Vec<Start>>,
    /// For each keyword, whether any member may start, or end, inside a word: occurrences that
    /// no member can use are dropped at once ("i" inside "hiring").
    loose: Vec<(bool, bool)>,
}

/// Compiles the patterns of one script group into a [`Compiled`].
#[derive(Default)]
struct CompiledBuilder {
    keywords: Vec<String>,
    keyword_ids: HashMap<String, u32>,
    slots: Vec<Vec<Member>>,
    optional: Vec<bool>,
    atoms: Vec<Atom>,
    starts: Vec<Vec<Start>>,
    loose: Vec<(bool, bool)>,
}

impl CompiledBuilder {
    /// Adds one pattern; an error says what is wrong with its syntax.
    fn add(&mut self, owner: Owner, pattern: &str) -> Result<(), String> {
        let atom = self.atoms.len() as u32;
        let cut = cut(pattern)?;
        let single = cut.len() == 1 && cut[0].len() == 1;
        let mut parts = Vec::new();
        for (p, part) in cut.into_iter().enumerate() {
            let first_slot = self.slots.len() as u32;
            let last = part.len() - 1;
            for (k, slot) in part.into_iter().enumerate() {
                let mut members = Vec::with_capacity(slot.phrases.len());
                for (phrase, prefix) in slot.phrases {
                    let first = phrase.chars().next().unwrap_or(' ');
                    let end = phrase.chars().next_back().unwrap_or(' ');
                    let member = Member {
                        keyword: self.keyword(phrase),
                        left_boundary: k == 0 && is_spaced_word_char(first),
                        right_boundary: k == last && !prefix && is_spaced_word_char(end),
                        prefix,
                    };
                    if p == 0 && k == 0 {
                        self.starts[member.keyword as usize].push(Start { atom, member, single });
                    }
                    let loose = &mut self.loose[member.keyword as usize];
                    loose.0 |= !member.left_boundary;
                    loose.1 |= !member.right_boundary;
                    members.push(member);
                }
                members.sort_by_key(|m| m.keyword);
                self.slots.push(members);
                self.optional.push(slot.optional);
            }
            parts.push(first_slot..self.slots.len() as u32);
        }
        self.atoms.push(Atom { owner, parts });
        Ok(())
    }

    fn keyword(&mut self, text: String) -> u32 {
        if let Some(&id) = self.keyword_ids.get(&text) {
            return id;
        }
        let id = self.keywords.len() as u32;
        self.keywords.push(text.clone());
        self.keyword_ids.insert(text, id);
        self.starts.push(Vec::new());
        self.loose.push((false, false));
        id
    }

    fn build(self) -> Result<Compiled, String> {
        let automata = Automata::new(self.keywords)?;
        let masks = self.slots.iter().map(|s| s.iter().fold(0, |m, p| m | 1 << (p.keyword % 64))).collect();
        Ok(Compiled {
            automata,
            slots: self.slots,
            optional: self.optional,
            masks,
            atoms: self.atoms,
            starts: self.starts,
            loose: self.loose,
        })
    }
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

/// A letter, digit or combining mark of a script written with spaces. Vowel signs, viramas and
/// nuktas of the Indic scripts and Arabic vowel marks are inside words, not boundaries.
fn is_spaced_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let mark = matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{0900}'..='\u{0963}' | '\u{0966}'..='\u{0DFF}');
    (c.is_alphanumeric() || mark) && !is_unspaced(c)
}

/// One occurrence of a keyword in the text, and whether word boundaries surround it.
#[derive(Debug, Clone, Copy)]
struct Found {
    keyword: u32,
    start: usize,
    end: usize,
    left_ok: bool,
    right_ok: bool,
}

/// One owner's exception ranges sorted by start, with the furthest end reached so far.
type Exceptions = (Vec<(usize, usize)>, Vec<usize>);

/// Every pattern of a rule set, sorted by the scripts its first words can be in. A group's
/// patterns are compiled the first time a text has letters of that script: an English offer never
/// pays for the Tamil or Chinese phrases, and loading the rules expands none. Patterns added later
/// ([`PhraseSet::with`], a rule pack that arrived) are a part of their own, so what is compiled
/// already stays compiled.
#[derive(Debug)]
pub struct PhraseSet {
    parts: Vec<Arc<Part>>,
}

/// Patterns added together, with their groups compiled as texts need them.
#[derive(Debug)]
struct Part {
    patterns: Vec<(Owner, Box<str>)>,
    /// For each script group, the patterns (indexes into `patterns`) that can start in it.
    by_group: Vec<Vec<u32>>,
    compiled: Vec<OnceLock<Compiled>>,
}

/// Collects patterns, then builds the [`PhraseSet`].
#[derive(Default)]
pub struct PhraseSetBuilder {
    patterns: Vec<(Owner, Box<str>)>,
    /// Whether [`PhraseSetBuilder::add`] expands each pattern to find every error now (rules from
    /// a rule author) or only checks its outline (the built-in rules, which the tests expand).
    validate: bool,
}

impl PhraseSetBuilder {
    /// A builder that expands every pattern as it is added, so every error is found at load.
    pub fn validating() -> Self {
        PhraseSetBuilder { validate: true, ..Default::default() }
    }

    /// Adds one pattern; an error says what is wrong with its syntax.
    pub fn add(&mut self, owner: Owner, pattern: &str) -> Result<(), String> {
        if self.validate {
            cut(pattern)?;
        }
        self.patterns.push((owner, pattern.into()));
        Ok(())
    }

    pub fn build(self) -> PhraseSet {
        let mut by_group = vec![Vec::new(); groups::GROUPS];
        for (i, (_, pattern)) in self.patterns.iter().enumerate() {
            let starts = start_groups(pattern);
            (0..groups::GROUPS).filter(|&g| starts[g]).for_each(|g| by_group[g].push(i as u32));
        }
        let compiled = (0..groups::GROUPS).map(|_| OnceLock::new()).collect();
        PhraseSet { parts: vec![Arc::new(Part { patterns: self.patterns, by_group, compiled })] }
    }
}

impl PhraseSet {
    /// This set's patterns and those of `more`, sharing what this set has compiled.
    pub fn with(&self, more: PhraseSetBuilder) -> PhraseSet {
        let parts = self.parts.iter().cloned().chain(more.build().parts).collect();
        PhraseSet { parts }
    }

    /// Every hit in normalized `text`, exceptions already applied: a positive hit is dropped
    /// when a negative pattern of the same owner overlaps it.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut positive = Vec::new();
        let mut negative: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        let present = groups::text_groups(text);
        for part in &self.parts {
            for (g, here) in present.into_iter().enumerate() {
                if here && !part.by_group[g].is_empty() {
                    part.group(g).collect(text, present, &mut positive, &mut negative);
                }
            }
        }
        let negative: HashMap<usize, Exceptions> = negative
            .into_iter()
            .map(|(owner, mut v)| {
                v.sort_unstable();
                let reach = v.iter().scan(0, |m, &(_, e)| {
                    *m = e.max(*m);
                    Some(*m)
                });
                let reach = reach.collect();
                (owner, (v, reach))
            })
            .collect();
        positive.retain(|h| {
            negative.get(&h.owner).is_none_or(|(v, reach)| {
                let before = v.partition_point(|n| n.0 < h.end);
                before == 0 || reach[before - 1] <= h.start
            })
        });
        positive.sort_unstable_by_key(|h| (h.owner, h.start, std::cmp::Reverse(h.end)));
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

    /// Compiles now the patterns and automata that a text in the scripts of normalized `sample`
    /// needs, so that the first such text is checked as fast as any other.
    pub fn prepare(&self, sample: &str) {
        let present = groups::text_groups(sample);
        for part in &self.parts {
            for (g, here) in present.into_iter().enumerate() {
                if here && !part.by_group[g].is_empty() {
                    part.group(g).automata.prepare(present);
                }
            }
        }
    }
}

impl Part {
    /// The compiled patterns of script group `g`, compiled now if no text needed them yet. A
    /// pattern that does not compile was refused when it was added, or is a built-in one that the
    /// tests expand: it is left out.
    fn group(&self, g: usize) -> &Compiled {
        self.compiled[g].get_or_init(|| {
            let mut b = CompiledBuilder::default();
            for &i in &self.by_group[g] {
                let (owner, pattern) = &self.patterns[i as usize];
                let _ = b.add(*owner, pattern);
            }
            b.build().unwrap_or_else(|_| CompiledBuilder::default().build().expect("an empty set compiles"))
        })
    }
}

impl Compiled {
    /// Every hit of this group's patterns in normalized `text`: positive ones into `positive`,
    /// exceptions into `negative` (by owner).
    ///
    /// One pass of the automata of the text's scripts lists every keyword occurrence; only atoms
    /// whose first slot occurred are then followed, slot by slot, in that list indexed by place.
    fn collect(
        &self,
        text: &str,
        scripts_here: [bool; groups::GROUPS],
        positive: &mut Vec<Hit>,
        negative: &mut HashMap<usize, Vec<(usize, usize)>>,
    ) {
        // About one occurrence a byte in a Latin text; a long paste grows the list as it goes.
        let mut found = Vec::with_capacity(text.len().min(1 << 16));
        for (keyword, start, end) in self.automata.occurrences(text, scripts_here) {
            let (mid_start, mid_end) = self.loose[keyword as usize];
            let left_ok = !text[..start].chars().next_back().is_some_and(is_spaced_word_char);
            if !left_ok && !mid_start {
                continue;
            }
            let right_ok = !text[end..].chars().next().is_some_and(is_spaced_word_char);
            if right_ok || mid_end {
                found.push(Found { keyword, start, end, left_ok, right_ok });
            }
        }
        let mut add = |atom: &Atom, start: usize, end: usize| {
            if atom.owner.negative {
                negative.entry(atom.owner.index).or_default().push((start, end));
            } else {
                positive.push(Hit { owner: atom.owner.index, start, end });
            }
        };
        // Sorted by place: later parts and slots are looked up by where they start.
        let found = Occurrences::new(found, text.len());
        let mut present = Bits::new(self.loose.len());
        for f in &found.sorted {
            present.set(f.keyword as usize);
        }
        // An atom can only match if every slot it cannot skip has a phrase in the text: most
        // atoms that start on a common word ("we", "you") end here, each looked at once a text.
        let (mut looked, mut viable) = (Bits::new(self.atoms.len()), Bits::new(self.atoms.len()));
        let mut scratch = Scratch::default();
        for f in &found.sorted {
            for &Start { atom: a, member: m, single } in
                self.starts[f.keyword as usize].iter().filter(|s| s.member.fits(f))
            {
                let atom = &self.atoms[a as usize];
                // Atoms of one slot end where their keyword does: no need to follow them.
                if single {
                    add(atom, f.start, if m.prefix { word_end(text, f.end) } else { f.end });
                    continue;
                }
                if !looked.get(a as usize) {
                    looked.set(a as usize);
                    if self.may_occur(atom, &present) {
                        viable.set(a as usize);
                    }
                }
                // Two members of a first slot can start the same atom at the same place ("pay" and
                // "pay*"): the second hit is the same, and `find` drops it with the nested ones.
                if viable.get(a as usize) {
                    if let Some(end) = self.atom_end(text, &found, atom, f.start, &mut scratch) {
                        add(atom, f.start, end);
                    }
                }
            }
        }
    }

    /// The phrases of `slot` that are this keyword.
    fn members(&self, slot: u32, keyword: u32) -> &[Member] {
        if self.masks[slot as usize] & 1 << (keyword % 64) == 0 {
            return &[];
        }
        members_of(&self.slots[slot as usize], keyword)
    }

    /// Whether every slot of `atom` that cannot be skipped has a phrase among those `present`.
    /// The first slot is not looked at: the atom is a candidate because a phrase of it occurred.
    fn may_occur(&self, atom: &Atom, present: &Bits) -> bool {
        let slots = atom.parts.iter().flat_map(|p| p.clone()).skip(1);
        slots
            .filter(|&s| !self.optional[s as usize])
            .all(|s| self.slots[s as usize].iter().any(|m| present.get(m.keyword as usize)))
    }

    /// Where an atom whose first part starts at `start` ends: each later part is looked for within
    /// the gap after every place the previous part can end (a part may occur more than once), and
    /// the longest reach is taken so the highlight covers the phrase.
    fn atom_end(
        &self,
        text: &str,
        found: &Occurrences,
        atom: &Atom,
        start: usize,
        scratch: &mut Scratch,
    ) -> Option<usize> {
        let mut ends = vec![self.part_end(text, found, atom.parts[0].clone(), start, scratch)?];
        for part in &atom.parts[1..] {
            let mut next = Vec::new();
            for &end in &ends {
                let mut last_start = usize::MAX;
                // A character is at most 4 bytes: no part further than that can be within the gap.
                for f in found.starting(end, end + 4 * GAP) {
                    if f.start == last_start || !self.members(part.start, f.keyword).iter().any(|m| m.fits(f)) {
                        continue;
                    }
                    if !within_gap(&text[end..f.start]) {
                        break;
                    }
                    last_start = f.start;
                    next.extend(self.part_end(text, found, part.clone(), f.start, scratch));
                }
            }
            if next.is_empty() {
                return None;
            }
            next.sort_unstable();
            next.dedup();
            ends = next;
        }
        ends.last().copied()
    }

    /// Where a part that starts at `start` ends, following its slots exactly; the longest match.
    fn part_end(
        &self,
        text: &str,
        found: &Occurrences,
        slots: Range<u32>,
        start: usize,
        scratch: &mut Scratch,
    ) -> Option<usize> {
        let Scratch { ends, reached } = scratch;
        ends.clear();
        ends.push(start);
        for slot in slots {
            reached.clear();
            if self.optional[slot as usize] {
                reached.extend_from_slice(ends);
            }
            for &at in ends.iter() {
                for f in found.starting(at, at) {
                    for m in self.members(slot, f.keyword).iter().filter(|m| m.fits(f)) {
                        reached.push(if m.prefix { word_end(text, f.end) } else { f.end });
                    }
                }
            }
            if reached.is_empty() {
                return None;
            }
            reached.sort_unstable();
            reached.dedup();
            std::mem::swap(ends, reached);
        }
        ends.iter().copied().max()
    }
}

/// A set of small numbers (keywords, atoms), one bit each: a text's sets stay in the cache.
struct Bits(Vec<u64>);

impl Bits {
    fn new(len: usize) -> Self {
        Bits(vec![0; len.div_ceil(64)])
    }

    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// Buffers reused by [`PhraseSet::part_end`] across candidates of one text.
#[derive(Default)]
struct Scratch {
    ends: Vec<usize>,
    reached: Vec<usize>,
}

/// A text's keyword occurrences sorted by where they start, found by place without a search.
struct Occurrences {
    sorted: Vec<Found>,
    /// For each byte offset of the text and one past its end, how many occurrences start before it.
    before: Vec<u32>,
}

impl Occurrences {
    /// Sorts `found` (occurrences in a text of `len` bytes) by start, in one counting pass.
    fn new(found: Vec<Found>, len: usize) -> Self {
        let mut before = vec![0u32; len + 2];
        for f in &found {
            before[f.start + 1] += 1;
        }
        for i in 1..before.len() {
            before[i] += before[i - 1];
        }
        let mut next = before.clone();
        let mut sorted = found.clone();
        for f in found {
            sorted[next[f.start] as usize] = f;
            next[f.start] += 1;
        }
        Occurrences { sorted, before }
    }

    /// The occurrences that start from `from` to `to` (inclusive).
    fn starting(&self, from: usize, to: usize) -> &[Found] {
        let last = self.before.len() - 1;
        let (from, to) = (from.min(last), (to + 1).min(last));
        &self.sorted[self.before[from] as usize..self.before[to] as usize]
    }
}

/// The members of a slot (sorted by keyword) that are this keyword.
fn members_of(slot: &[Member], keyword: u32) -> &[Member] {
    // Most slots hold a phrase or two: a scan beats a search there.
    if slot.len() <= 8 {
        let lo = slot.iter().position(|m| m.keyword == keyword).unwrap_or(slot.len());
        let hi = lo + slot[lo..].iter().take_while(|m| m.keyword == keyword).count();
        return &slot[lo..hi];
    }
    let lo = slot.partition_point(|m| m.keyword < keyword);
    let hi = lo + slot[lo..].partition_point(|m| m.keyword <= keyword);
    &slot[lo..hi]
}

/// The end of the word that `at` is in (for `word*` prefixes).
fn word_end(text: &str, at: usize) -> usize {
    at + text[at..].find(|c: char| !is_spaced_word_char(c)).unwrap_or(text.len() - at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::normalize::normalize;

    fn set(patterns: &[(&str, bool)]) -> PhraseSet {
        let mut b = PhraseSetBuilder::default();
        for (i, (p, neg)) in patterns.iter().enumerate() {
            b.add(Owner { index: if *neg { 0 } else { i }, negative: *neg }, p).unwrap();
        }
        b.build()
    }

    fn found(set: &PhraseSet, text: &str) -> Vec<String> {
        let t = normalize(text).text;
        set.find(&t).iter().map(|h| t[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn every_built_in_pattern_is_filed_under_the_scripts_its_first_phrases_are_in() {
        let rules = crate::rules::load(crate::rules::embedded_files()).unwrap();
        let rule_patterns = rules.rules.iter().flat_map(|r| r.def.patterns.iter().chain(&r.def.except));
        let lexicon = rules.lexicon.iter().flat_map(|e| e.patterns.iter().chain(&e.except));
        let mut checked = 0;
        for p in rule_patterns.chain(lexicon).chain(rules.terms.iter().flat_map(|t| &t.patterns)) {
            let starts = start_groups(p);
            for (phrase, _) in &cut(p).unwrap()[0][0].phrases {
                assert!(starts[scripts::phrase_group(phrase)], "`{p}` starts with `{phrase}`, filed under {starts:?}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "only {checked} phrases checked");
    }

    #[test]
    fn a_text_compiles_only_the_patterns_of_its_scripts() {
        let s = set(&[("visa", false), ("护照", false), ("$ (100|200)", false), ("(the |)boss", false)]);
        assert_eq!(found(&s, "护照 $ 100"), vec!["护照", "$ 100"]);
        assert!(s.parts[0].compiled[0].get().is_none(), "no Latin letters: the Latin patterns are not compiled");
        assert_eq!(found(&s, "The visa, the boss"), vec!["visa", "the boss"]);
        assert!(s.parts[0].compiled[0].get().is_some());
    }

    #[test]
    fn prepare_compiles_what_a_text_in_those_scripts_needs() {
        let s = set(&[("visa", false), ("护照", false), ("$ (100|200)", false)]);
        s.prepare(&normalize("a").text);
        let latin = s.parts[0].compiled[0].get().expect("Latin patterns compiled");
        assert!(latin.automata.built(0), "and their automaton built");
        assert!(s.parts[0].compiled[11].get().is_none(), "no Chinese in the sample: not compiled");
        assert_eq!(found(&s, "visa $ 200 护照"), vec!["visa", "护照", "$ 200"], "hits come by pattern");
    }

    #[test]
    fn patterns_added_later_are_found_with_the_others_and_compiled_apart() {
        let s = set(&[("visa", false)]);
        assert_eq!(found(&s, "visa"), vec!["visa"]);
        let mut more = PhraseSetBuilder::default();
        more.add(Owner { index: 7, negative: false }, "free (visa|ticket)").unwrap();
        let both = s.with(more);
        assert!(Arc::ptr_eq(&both.parts[0], &s.parts[0]), "the first patterns are shared");
        assert!(both.parts[0].compiled[0].get().is_some() && both.parts[1].compiled[0].get().is_none());
        assert_eq!(found(&both, "a free visa"), vec!["visa", "free visa"]);
        assert_eq!(found(&s, "a free visa"), vec!["visa"], "the first set is unchanged");
    }

    #[test]
    fn a_pattern_with_too_many_leading_optional_parts_is_refused_not_expanded() {
        let pattern = "(a |)".repeat(13) + "visa";
        let err = PhraseSetBuilder::validating().add(Owner { index: 0, negative: false }, &pattern).unwrap_err();
        assert!(err.starts_with("too many combinations of alternatives"), "{err}");
        let fine = "(a |)".repeat(11) + "visa";
        assert!(PhraseSetBuilder::validating().add(Owner { index: 0, negative: false }, &fine).is_ok());
    }

    #[test]
    fn optional_groups_inside_a_part_are_skippable_slots() {
        let pattern = "visa".to_string() + &" (the |our |)job".repeat(13);
        let s =
            set(&[(pattern.as_str(), false), ("(kinuha|took) (po |na |)(nila|ng amo) (ang |yung |)passport", false)]);
        let text = "visa".to_string() + &" the job job our job".repeat(4) + " job";
        assert_eq!(found(&s, &text), vec![text.clone()]);
        assert!(found(&s, &("visa".to_string() + &" job".repeat(12))).is_empty(), "every job is needed");
        assert_eq!(found(&s, "kinuha nila passport"), vec!["kinuha nila passport"]);
        assert_eq!(found(&s, "kinuha po ng amo yung passport"), vec!["kinuha po ng amo yung passport"]);
        assert!(found(&s, "kinuha po po nila passport").is_empty(), "an optional slot is taken once");
        assert!(found(&s, "kinuha nilang passport").is_empty(), "slots meet exactly");
    }

    #[test]
    fn respects_word_boundaries_in_spaced_scripts() {
        let s = set(&[("visa", false)]);
        assert_eq!(found(&s, "a Visa, then"), vec!["visa"]);
        assert!(found(&s, "visas advisable").is_empty());
    }

    #[test]
    fn prefix_and_alternatives() {
        let s = set(&[("(free|paid) flight*", false), ("sales (agent*|staff)", false)]);
        assert_eq!(found(&s, "Free flights and paid flight"), vec!["free flights", "paid flight"]);
        assert_eq!(found(&s, "sales agents, sales staffing"), vec!["sales agents"]);
    }

    #[test]
    fn prefixes_inside_a_pattern() {
        let s = set(&[("refus* to (give|return)", false), ("(pay*|cover*) (your|the) ticket*", false)]);
        assert_eq!(found(&s, "They refused to give it back"), vec!["refused to give"]);
        assert_eq!(
            found(&s, "We cover the tickets; he pays your ticket"),
            vec!["cover the tickets", "pays your ticket"]
        );
        assert!(found(&s, "refuse totally to give").is_empty());
        let s = set(&[("(wame|wali)(chuku|shika)* passport", false)]);
        assert_eq!(found(&s, "wamechukuliwa passport"), vec!["wamechukuliwa passport"]);
    }

    #[test]
    fn gaps_join_parts_in_order() {
        let s = set(&[("deposit ... check", false)]);
        assert_eq!(found(&s, "Deposit the attached check today"), vec!["deposit the attached check"]);
        assert!(found(&s, "check then deposit").is_empty());
        let s3 = set(&[("make ... cheat ... fake", false)]);
        assert_eq!(
            found(&s3, "they make us cheat people with a fake id to cheat more"),
            vec!["make us cheat people with a fake"],
            "a middle part that occurs again after the last one"
        );
        let far = format!("deposit {} check", "x".repeat(GAP));
        assert!(found(&s, &far).is_empty());
        let thai = set(&[("งาน ... เงิน", false)]);
        let between = "ก".repeat(GAP - 5);
        assert_eq!(found(&thai, &format!("งาน{between}เงิน")).len(), 1, "the gap counts characters, not bytes");
    }

    #[test]
    fn slots_meet_exactly_and_optional_parts_work() {
        let big: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        let pattern = format!("pay (the|a|) ({}) fee ({}) now", big.join("|"), big.join("|"));
        let s = set(&[(pattern.as_str(), false), ("without (a |)visa", false)]);
        assert_eq!(found(&s, "Pay the w7 fee w39 now"), vec!["pay the w7 fee w39 now"]);
        assert_eq!(found(&s, "pay w0 fee w1 now"), vec!["pay w0 fee w1 now"]);
        assert!(found(&s, "pay the w7 fee w39x now").is_empty());
        assert!(found(&s, "pay the w7 w39 now").is_empty());
        assert_eq!(found(&s, "without visa, without a visa"), vec!["without visa", "without a visa"]);
    }

    #[test]
    fn exceptions_suppress_overlapping_hits() {
        let s = set(&[("placement fee", false), ("no placement fee", true)]);
        assert!(found(&s, "There is no placement fee.").is_empty());
        assert_eq!(found(&s, "Pay the placement fee"), vec!["placement fee"]);
    }

    #[test]
    fn indic_vowel_signs_and_viramas_are_inside_words() {
        let s = set(&[("म", false), ("पद", false)]);
        assert!(found(&s, "म्यानमार फर्म पद्धति").is_empty());
        assert_eq!(found(&s, "म यहाँ छु, पद खाली"), vec!["म", "पद"]);
    }

    #[test]
    fn unspaced_scripts_need_no_boundaries() {
        let s = set(&[("ทำงานง่าย", false)]);
        assert_eq!(found(&s, "รับสมัครทำงานง่ายรายได้ดี"), vec![normalize("ทำงานง่าย").text]);
        let s = set(&[("여권", false)]);
        assert_eq!(found(&s, "여권을 보내주세요"), vec!["여권"], "Hangul needs no boundaries either");
    }

    #[test]
    fn rejects_bad_syntax() {
        let mut b = PhraseSetBuilder::validating();
        let o = Owner { index: 0, negative: false };
        assert!(b.add(o, "(a|b").is_err());
        assert!(b.add(o, "a)").is_err());
        assert!(b.add(o, "fr*ee").is_err());
        assert!(b.add(o, "   ").is_err());
        assert!(b.add(o, "without (a )?visa").is_err());
        assert!(b.add(o, "(a|b)* x").is_ok());
        assert!(b.add(o, "(a|)* x").is_err(), "an empty alternative cannot be a prefix");
        assert!(b.add(o, "(a*|b) x").is_ok());
        assert!(b.add(o, "x (a*|b)").is_ok());
        assert!(b.add(o, "without (a |)visa").is_ok());
    }
}
