//! The phrase automata, one per script, each built the first time a text in that script needs it:
//! an English offer never pays for the Tamil or Chinese phrases.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::groups::{group, GROUPS, NO_LETTERS};

/// Aho-Corasick refuses automata past `i32::MAX` states; a phrase adds at most a state a byte.
const MAX_PHRASE_BYTES: usize = i32::MAX as usize / 2;

/// The group a phrase belongs to: that of its first letter. A text can only contain the phrase
/// if it contains that letter.
pub(super) fn phrase_group(phrase: &str) -> usize {
    phrase.chars().find(|c| c.is_alphabetic()).map_or(NO_LETTERS, group)
}

struct Group {
    /// The phrases of this group and their ids in the whole set.
    phrases: Vec<String>,
    ids: Vec<u32>,
    automaton: OnceLock<AhoCorasick>,
}

/// Every phrase of a rule set, split by script.
pub(super) struct Automata {
    groups: Vec<Group>,
}

impl std::fmt::Debug for Automata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sizes: Vec<usize> = self.groups.iter().map(|g| g.phrases.len()).collect();
        f.debug_struct("Automata").field("phrases_per_group", &sizes).finish()
    }
}

impl Automata {
    /// Sorts the phrases (id = index) into their groups; builds nothing yet.
    pub fn new(phrases: Vec<String>) -> Result<Self, String> {
        let bytes: usize = phrases.iter().map(String::len).sum();
        if bytes > MAX_PHRASE_BYTES {
            return Err(format!("the rules' phrases take {bytes} bytes, more than {MAX_PHRASE_BYTES}"));
        }
        let mut groups: Vec<Group> =
            (0..GROUPS).map(|_| Group { phrases: Vec::new(), ids: Vec::new(), automaton: OnceLock::new() }).collect();
        for (id, phrase) in phrases.into_iter().enumerate() {
            let g = &mut groups[phrase_group(&phrase)];
            g.phrases.push(phrase);
            g.ids.push(id as u32);
        }
        Ok(Automata { groups })
    }

    /// Builds the automata of the groups `present` now, as a text with them would.
    pub fn prepare(&self, present: [bool; GROUPS]) {
        for (g, _) in self.groups.iter().zip(present).filter(|(g, here)| *here && !g.phrases.is_empty()) {
            g.automaton();
        }
    }

    /// Whether the automaton of group `g` has been built.
    #[cfg(test)]
    pub fn built(&self, g: usize) -> bool {
        self.groups[g].automaton.get().is_some()
    }

    /// Every occurrence of every phrase in `text`, overlapping ones included: (phrase id, start,
    /// end), in no particular order. `present` is [`text_groups`](super::groups::text_groups) of the text, found once by the
    /// caller for all the script groups' sets.
    pub fn occurrences<'a>(
        &'a self,
        text: &'a str,
        present: [bool; GROUPS],
    ) -> impl Iterator<Item = (u32, usize, usize)> + 'a {
        self.groups.iter().zip(present).filter(|(g, here)| *here && !g.phrases.is_empty()).flat_map(move |(g, _)| {
            g.automaton().find_overlapping_iter(text).map(|m| (g.ids[m.pattern().as_usize()], m.start(), m.end()))
        })
    }
}

impl Group {
    fn automaton(&self) -> &AhoCorasick {
        self.automaton.get_or_init(|| {
            // A contiguous NFA builds fast and searches texts of a few kilobytes about as fast as
            // a DFA, which takes far longer to build.
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&self.phrases)
                .expect("the phrases' size was checked when the set was made")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::groups::text_groups;
    use super::*;

    #[test]
    fn a_phrase_belongs_to_the_script_of_its_first_letter() {
        assert_eq!(phrase_group("passport"), 0);
        assert_eq!(phrase_group("0费用"), 11);
        assert_eq!(phrase_group("sim卡"), 0);
        assert_eq!(phrase_group("पासपोर्ट"), 1);
        assert_eq!(phrase_group("$100"), NO_LETTERS);
    }

    #[test]
    fn only_the_scripts_of_the_text_are_searched_and_built() {
        let a = Automata::new(vec!["visa".into(), "护照".into(), "100%".into(), "หนังสือเดินทาง".into()]).unwrap();
        let mut got: Vec<_> = a.occurrences("visa 100% 护照", text_groups("visa 100% 护照")).collect();
        got.sort();
        assert_eq!(got, vec![(0, 0, 4), (1, 10, 16), (2, 5, 9)]);
        assert!(a.groups[11].automaton.get().is_some());
        assert!(a.groups[5].automaton.get().is_none(), "no Thai in the text: the Thai automaton is not built");
        assert_eq!(a.occurrences("หนังสือเดินทาง", text_groups("หนังสือเดินทาง")).collect::<Vec<_>>(), vec![(3, 0, 42)]);
    }
}
