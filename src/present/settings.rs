//! The reader's settings (country, language, whether to remember them), the one short format they
//! are written in (`country=PH&lang=en`, also the embed view's address fragment), and where they
//! are kept: behind [`Store`], so that they are tested with [`MemoryStore`] and kept in the
//! browser's localStorage by the app. Never any pasted text.

use std::cell::RefCell;
use std::collections::HashMap;

use super::i18n::Lang;

/// The one storage key: the remembered country and language.
pub const SETTINGS_KEY: &str = "second-look.settings";

/// What the reader chose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// ISO 3166 alpha-2 code, or empty.
    pub country: String,
    pub lang: Option<Lang>,
    /// Kept on this device only if the reader asked.
    pub remember: bool,
}

/// What a settings string or an embed fragment says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    pub lang: Option<Lang>,
    pub country: String,
    pub compact: bool,
}

/// Reads `#lang=en&country=PH&compact=1` (the `#` is optional); anything else, or malformed, is ignored.
pub fn parse(fragment: &str) -> Choices {
    let mut out = Choices::default();
    for pair in fragment.trim_start_matches('#').split('&') {
        match pair.split_once('=') {
            Some(("lang", l)) => out.lang = Lang::from_code(l),
            Some(("country", c)) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {
                out.country = c.to_string()
            }
            Some(("compact", v)) => out.compact = v == "1",
            _ => {}
        }
    }
    out
}

/// The settings as stored: `country=PH&lang=en`.
pub fn format(s: &Settings) -> String {
    format!("country={}&lang={}", s.country, s.lang.unwrap_or(Lang::En).code())
}

/// Somewhere to keep a few short strings.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str);
    fn remove(&self, key: &str);
}

/// A [`Store`] in memory: for tests, and where the browser offers no storage.
#[derive(Default)]
pub struct MemoryStore(RefCell<HashMap<String, String>>);

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.borrow().get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) {
        self.0.borrow_mut().insert(key.to_string(), value.to_string());
    }
    fn remove(&self, key: &str) {
        self.0.borrow_mut().remove(key);
    }
}

/// The remembered settings, or the defaults when nothing was remembered.
pub fn load(store: &dyn Store) -> Settings {
    match store.get(SETTINGS_KEY) {
        Some(raw) => {
            let saved = parse(&raw);
            Settings { country: saved.country, lang: saved.lang, remember: true }
        }
        None => Settings::default(),
    }
}

/// Keeps the settings if the reader asked to remember them, and forgets them otherwise.
pub fn save(store: &dyn Store, s: &Settings) {
    if s.remember {
        store.set(SETTINGS_KEY, &format(s));
    } else {
        store.remove(SETTINGS_KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_kept_only_when_asked_and_read_back() {
        let store = MemoryStore::default();
        let chosen = Settings { country: "PH".into(), lang: Some(Lang::En), remember: false };
        save(&store, &chosen);
        assert_eq!(store.get(SETTINGS_KEY), None);
        assert_eq!(load(&store), Settings::default());
        let kept = Settings { remember: true, ..chosen };
        save(&store, &kept);
        assert_eq!(store.get(SETTINGS_KEY).as_deref(), Some("country=PH&lang=en"));
        assert_eq!(load(&store), kept);
        save(&store, &Settings { remember: false, ..kept });
        assert_eq!(store.get(SETTINGS_KEY), None, "unticking forgets");
    }

    #[test]
    fn malformed_settings_and_fragments_are_ignored() {
        assert_eq!(
            parse("#lang=en&country=PH&compact=1"),
            Choices { lang: Some(Lang::En), country: "PH".into(), compact: true }
        );
        assert_eq!(parse("country=ph&lang=xx&compact=yes&<script>"), Choices::default());
        assert_eq!(parse("country=PHL"), Choices::default());
        assert_eq!(parse(""), Choices::default());
    }
}
