//! Contact channels: Telegram, WhatsApp and Line links, @handles, free-mail addresses and phone
//! numbers. Chat-app names (WeChat, Zalo, Signal, ...) are phrases in `rules/lexicon.toml`.

use regex::Regex;

use super::{at_word_edges, Found};
use crate::rules::facts::{
    FREEMAIL as TAG_FREEMAIL, HANDLE as TAG_HANDLE, LINE as TAG_LINE, PHONE as TAG_PHONE, TELEGRAM as TAG_TELEGRAM,
    WHATSAPP as TAG_WHATSAPP,
};

const PATTERNS: &[(&str, &str)] = &[
    (TAG_TELEGRAM, r"(?:https?://)?(?:t\.me|telegram\.me|telegram\.dog)/(?:\+|joinchat/)?[a-z0-9_]{3,}"),
    (
        TAG_WHATSAPP,
        r"(?:https?://)?(?:wa\.me/\+?[0-9]+|api\.whatsapp\.com/send\?phone=\+?[0-9]+|chat\.whatsapp\.com/[a-z0-9]+)",
    ),
    (TAG_LINE, r"(?:https?://)?line\.me/(?:ti/p/|r/)?[~a-z0-9_@./-]+"),
    (
        TAG_FREEMAIL,
        r"[a-z0-9._%+-]+@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|aol|protonmail|proton|icloud|gmx|yandex|mail|qq|163|126|rediffmail|zoho)\.[a-z]{2,6}(?:\.[a-z]{2,3})?",
    ),
    (TAG_HANDLE, r"@[a-z0-9_]{4,32}"),
    (TAG_PHONE, r"\+?[0-9][0-9 ()-]{6,18}[0-9]"),
];

pub struct ContactExtractor {
    patterns: Vec<(&'static str, Regex)>,
}

impl ContactExtractor {
    pub fn new() -> Self {
        let patterns =
            PATTERNS.iter().map(|(tag, p)| (*tag, Regex::new(p).expect("contact pattern compiles"))).collect();
        ContactExtractor { patterns }
    }

    pub fn extract(&self, text: &str) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for (tag, re) in &self.patterns {
            for m in re.find_iter(text) {
                let (start, end) = (m.start(), m.end());
                // Handles inside an address or link already found are part of it.
                if out.iter().any(|f| f.start < end && start < f.end) {
                    continue;
                }
                let ok = match *tag {
                    TAG_HANDLE => !text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '.'),
                    TAG_PHONE => {
                        m.as_str().bytes().filter(u8::is_ascii_digit).count() >= 8 && at_word_edges(text, start, end)
                    }
                    _ => at_word_edges(text, start, end) || text[..start].ends_with('/'),
                };
                if ok {
                    out.push(Found { tag, start, end, money: None });
                }
            }
        }
        out
    }
}

impl Default for ContactExtractor {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::normalize::normalize;

    fn tags(s: &str) -> Vec<(&'static str, String)> {
        let t = normalize(s).text;
        ContactExtractor::new().extract(&t).into_iter().map(|f| (f.tag, t[f.start..f.end].to_string())).collect()
    }

    #[test]
    fn finds_links_handles_mail_and_phones() {
        assert_eq!(tags("join https://t.me/jobs_asia"), vec![(TAG_TELEGRAM, "https://t.me/jobs_asia".into())]);
        assert_eq!(tags("wa.me/85512345678"), vec![(TAG_WHATSAPP, "wa.me/85512345678".into())]);
        assert_eq!(tags("mail hr.jobs@gmail.com"), vec![(TAG_FREEMAIL, "hr.jobs@gmail.com".into())]);
        assert_eq!(tags("write to jo@yahoo.co.uk."), vec![(TAG_FREEMAIL, "jo@yahoo.co.uk".into())]);
        assert_eq!(tags("DM @HR_Anna88 now"), vec![(TAG_HANDLE, "@hr_anna88".into())]);
        assert_eq!(tags("call +855 12 345 678"), vec![(TAG_PHONE, "+855 12 345 678".into())]);
    }

    #[test]
    fn company_mail_and_short_numbers_are_not_contacts() {
        assert!(tags("write to jobs@acme-logistics.com").is_empty());
        assert!(tags("room 12-34, 2024").is_empty());
    }
}
