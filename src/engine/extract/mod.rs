//! Extractors: turn normalized text into facts (money amounts, contact channels). Places, visa
//! types and document requests are phrase lists in `rules/lexicon.toml`, matched with the rules.

pub mod contact;
pub mod money;

pub use money::Money;

/// One fact found by an extractor, as a byte range of normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub tag: &'static str,
    pub start: usize,
    pub end: usize,
    pub money: Option<Money>,
}

/// Runs every code extractor over normalized text.
pub struct Extractors {
    money: money::MoneyExtractor,
    contact: contact::ContactExtractor,
}

impl Extractors {
    pub fn new() -> Self {
        Extractors { money: money::MoneyExtractor::new(), contact: contact::ContactExtractor::new() }
    }

    pub fn extract(&self, text: &str) -> Vec<Found> {
        let mut found = self.money.extract(text);
        found.extend(self.contact.extract(text));
        found
    }
}

impl Default for Extractors {
    fn default() -> Self {
        Self::new()
    }
}

/// True when the byte before `start` and the byte at `end` do not continue an ASCII word.
pub(crate) fn at_word_edges(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].bytes().next_back();
    let after = text[end..].bytes().next();
    !before.is_some_and(|b| b.is_ascii_alphanumeric()) && !after.is_some_and(|b| b.is_ascii_alphabetic())
}
