//! Every string the front ends show, by language: the web app's interface, and the level and
//! distress wording and the share summary that the CLI uses too. The strings are data, one
//! catalog a language in `i18n/<code>.toml`, checked against English and compiled into static
//! [`Msg`] values by build.rs (with [`Lang`] and [`LANGS`]): a new language is one more file.
//! Rule messages, explanations and advice come from rules/ and their translations in
//! i18n/rules/ (`rule_text`), not from here. Numbers,
//! dates and plural categories come from the browser's Intl (`app::intl`).

impl Lang {
    pub fn code(self) -> &'static str {
        LANGS.iter().find(|(l, _, _)| *l == self).map_or("en", |(_, c, _)| c)
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        LANGS.iter().find(|(_, c, _)| *c == code).map(|(l, _, _)| *l)
    }

    /// The interface language for a BCP 47 tag as browsers give it (`en-US`, `zh-Hans-CN`,
    /// `tl`, `ms-MY`): the tag itself, else its primary language (Tagalog is read in Filipino).
    pub fn for_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let primary = if primary == "tl" { "fil" } else { primary };
        Lang::from_code(&tag).or_else(|| Lang::from_code(primary))
    }

    /// `rtl` for languages written right to left, else `ltr`.
    pub fn dir(self) -> &'static str {
        if RTL.contains(&self) {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// The message catalog of one language.
pub struct Msg {
    // Page frame
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub privacy: &'static str,
    pub privacy_check: &'static str,
    pub nav_label: &'static str,
    pub nav_check: &'static str,
    pub nav_rules: &'static str,
    pub language: &'static str,
    pub footer: &'static str,
    pub powered_by: &'static str,
    /// Shown instead of the app when another site's page frames it (only the embed view may be framed).
    pub framed: &'static str,
    pub framed_link: &'static str,
    pub partners_link: &'static str,
    pub rules_error: &'static str,

    // Input
    pub input_region: &'static str,
    pub input_label: &'static str,
    pub input_hint: &'static str,
    pub placeholder: &'static str,
    pub check: &'static str,
    pub clear: &'static str,
    // Other ways in: paste button, files, shares, install
    pub paste: &'static str,
    pub open_file: &'static str,
    pub drop_hint: &'static str,
    pub clipboard_denied: &'static str,
    pub clipboard_empty: &'static str,
    pub file_not_text: &'static str,
    pub file_empty: &'static str,
    pub file_cut: &'static str,
    pub shared_received: &'static str,
    pub share_lost: &'static str,
    pub install: &'static str,
    pub install_hint: &'static str,
    pub no_share_sheet: &'static str,
    pub chars: Plural,
    pub jump_to_result: Template,
    pub examples_label: &'static str,
    pub example_lure: &'static str,
    pub example_task: &'static str,
    pub example_legit: &'static str,
    pub long_text: Template,
    pub too_long: Template,
    pub clipped: Template,

    // Result
    pub preparing: &'static str,
    pub packs_loading: &'static str,
    pub packs_failed: &'static str,
    pub empty_guidance: &'static str,
    pub empty_examples: &'static str,
    pub press_check: &'static str,
    pub checking_long: &'static str,
    pub text_in_language: Template,
    pub show_in_language: Template,
    pub low_title: &'static str,
    pub low_hint: &'static str,
    pub medium_title: &'static str,
    pub medium_hint: &'static str,
    pub high_title: &'static str,
    pub high_hint: &'static str,
    pub score: Template,
    pub warning_text: &'static str,
    pub truncated: Template,
    pub marked_text: &'static str,
    pub marked_text_hint: &'static str,
    pub marked_cut: &'static str,
    pub warnings: Plural,
    pub no_warnings: &'static str,
    pub reassuring: &'static str,
    pub words: &'static str,
    pub why: &'static str,
    pub what_to_do: &'static str,
    pub sources: &'static str,
    pub more_advice: &'static str,
    pub more_sources: &'static str,
    pub new_tab: &'static str,
    pub back_to_text: &'static str,
    pub announce: Plural,
    pub announce_distress: &'static str,

    // Distress
    pub distress_banner: &'static str,
    pub distress_banner_link: &'static str,
    pub distress_title: &'static str,
    pub distress_lead: &'static str,
    pub distress_steps: &'static [&'static str],
    pub distress_contacts: &'static str,
    pub distress_why: &'static str,

    // Next steps
    pub next_title: &'static str,
    pub next_hint: &'static str,

    // Hotlines
    pub hotlines_title: &'static str,
    pub country: &'static str,
    pub country_none: &'static str,
    pub remember: &'static str,
    pub remember_hint: &'static str,
    pub pick_country_hint: &'static str,
    pub your_country: &'static str,
    pub any_country: &'static str,
    pub other_countries: &'static str,
    pub no_entry_for_country: &'static str,
    pub call: &'static str,
    pub text_to: &'static str,
    pub website: &'static str,
    pub source: &'static str,
    pub checked_on: Template,

    // Share
    pub share_title: &'static str,
    pub share_hint: &'static str,
    pub include_text: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_preview: &'static str,
    pub share_heading: Template,
    pub share_reasons: &'static str,
    pub share_distress: &'static str,
    pub share_verify: &'static str,
    pub share_text: &'static str,
    pub share_footer: &'static str,

    // Rules page
    pub rules_title: &'static str,
    pub rules_intro: &'static str,
    pub rules_search: &'static str,
    pub rules_search_hint: &'static str,
    pub rules_count: Plural,
    pub rules_none: &'static str,
    pub rules_weight: Template,
    pub rules_language: &'static str,
    pub rules_fires_on: &'static str,
    pub rules_quiet_on: &'static str,
    pub rules_requires: &'static str,
    pub rules_version: Template,
    pub combinations: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// A string with `{name}` placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template(pub &'static str);

impl Template {
    /// The text with each `{name}` replaced by its value; unknown names stay as written.
    pub fn fill(self, args: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(self.0.len());
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open..];
            match after.find('}').and_then(|close| Some((close, args.iter().find(|(k, _)| *k == &after[1..close])?))) {
                Some((close, (_, value))) => {
                    out.push_str(value);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = &after[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// A template in the plural forms a language uses, by CLDR category; `other` always exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    pub zero: Option<Template>,
    pub one: Option<Template>,
    pub two: Option<Template>,
    pub few: Option<Template>,
    pub many: Option<Template>,
    pub other: Template,
}

impl Plural {
    /// The form for a CLDR plural category (`one`, `few`, ..., as `Intl.PluralRules` says);
    /// `other` when the language has no such form.
    pub fn pick(&self, category: &str) -> Template {
        let form = match category {
            "zero" => self.zero,
            "one" => self.one,
            "two" => self.two,
            "few" => self.few,
            "many" => self.many,
            _ => None,
        };
        form.unwrap_or(self.other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_their_placeholders_and_keep_the_rest() {
        let t = Template("{level}: {n} signs {unknown} {");
        assert_eq!(t.fill(&[("n", "3"), ("level", "High")]), "High: 3 signs {unknown} {");
        assert_eq!(Template("no holes").fill(&[("n", "1")]), "no holes");
        assert_eq!(Template("{n}{n}").fill(&[("n", "é")]), "éé");
    }

    #[test]
    fn plurals_pick_their_form_or_other() {
        let m = Lang::En.msg();
        assert_eq!(m.warnings.pick("one").fill(&[("n", "1")]), "1 warning sign");
        assert_eq!(m.warnings.pick("other").fill(&[("n", "2")]), "2 warning signs");
        assert_eq!(m.warnings.pick("few"), m.warnings.other, "English has no `few`");
    }

    #[test]
    fn browser_languages_find_their_interface() {
        assert_eq!(Lang::for_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::for_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::for_tag("x-klingon"), None);
        assert_eq!(Lang::for_tag(""), None);
        assert_eq!(Lang::En.dir(), "ltr");
    }

    #[test]
    fn every_language_is_offered_in_its_own_name() {
        for &(lang, code, name) in LANGS {
            assert_eq!(Lang::from_code(code), Some(lang));
            assert_eq!(lang.code(), code);
            assert!(!name.is_empty());
            assert!(!lang.msg().app_name.is_empty());
        }
    }
}
