//! Every string the front ends show, by language: the web app's interface, the level and
//! distress wording and the share summary that the CLI uses too. English is complete; a new
//! language is one more [`Msg`] value and one more entry in [`LANGS`], and the switcher offers it.
//! Rule messages, explanations and advice come from the rule packs, not from here. Numbers and
//! dates are formatted by the browser's Intl (`app::intl`).

/// A language the interface is available in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
}

/// Languages offered by the switcher: (language, BCP 47 code, name in that language).
pub const LANGS: &[(Lang, &str, &str)] = &[(Lang::En, "en", "English")];

impl Lang {
    pub fn code(self) -> &'static str {
        LANGS.iter().find(|(l, _, _)| *l == self).map_or("en", |(_, c, _)| c)
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        LANGS.iter().find(|(_, c, _)| *c == code).map(|(l, _, _)| *l)
    }

    pub fn msg(self) -> &'static Msg {
        match self {
            Lang::En => &EN,
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
    pub chars: fn(&str) -> String,
    pub jump_to_result: fn(&str) -> String,
    pub examples_label: &'static str,
    pub example_lure: &'static str,
    pub example_task: &'static str,
    pub example_legit: &'static str,
    pub long_text: fn(&str) -> String,
    pub too_long: fn(&str, &str) -> String,
    pub clipped: fn(&str, &str) -> String,

    // Result
    pub preparing: &'static str,
    pub empty_guidance: &'static str,
    pub empty_examples: &'static str,
    pub press_check: &'static str,
    pub checking_long: &'static str,
    pub low_title: &'static str,
    pub low_hint: &'static str,
    pub medium_title: &'static str,
    pub medium_hint: &'static str,
    pub high_title: &'static str,
    pub high_hint: &'static str,
    pub score: fn(u8) -> String,
    pub warning_text: &'static str,
    pub truncated: fn(&str, &str) -> String,
    pub marked_text: &'static str,
    pub marked_text_hint: &'static str,
    pub marked_cut: &'static str,
    pub warnings: fn(usize) -> String,
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
    pub announce: fn(&str, usize) -> String,
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
    pub next_default: &'static [&'static str],

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
    pub checked_on: fn(&str) -> String,

    // Share
    pub share_title: &'static str,
    pub share_hint: &'static str,
    pub include_text: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub share_preview: &'static str,
    pub share_heading: fn(&str) -> String,
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
    pub rules_count: fn(&str, &str) -> String,
    pub rules_none: &'static str,
    pub rules_weight: fn(i32) -> String,
    pub rules_language: &'static str,
    pub rules_fires_on: &'static str,
    pub rules_quiet_on: &'static str,
    pub rules_requires: &'static str,
    pub rules_version: fn(&str) -> String,
    pub combinations: &'static str,
}

pub static EN: Msg = Msg {
    app_name: "Second Look",
    tagline: "Paste a job ad or a recruiter's message. See the warning signs, why they matter, and what to check next.",
    privacy: "Nothing you paste leaves this device.",
    privacy_check: "How to check",
    nav_label: "Pages",
    nav_check: "Check an offer",
    nav_rules: "What we check",
    language: "Language",
    powered_by: "Powered by Second Look: open the full checker",
    framed: "Second Look does not run inside another website's page, so that what you paste stays between you and this checker.",
    framed_link: "Open Second Look in its own tab",
    partners_link: "Put Second Look on your website",
    footer: "Second Look compares the text with warning signs published by governments, the UN and support organisations. It cannot prove that an offer is real: always verify.",
    rules_error: "The checker could not start because its rules did not load. Please reload the page.",

    input_region: "Job offer to check",
    input_label: "Job offer or message",
    input_hint: "Checked as you type, on this device only.",
    placeholder: "Paste the job ad, e-mail or chat message here",
    check: "Check",
    clear: "Clear",
    paste: "Paste",
    open_file: "Open a text file",
    drop_hint: "or drop a .txt or .eml file on the box. Files are read on this device.",
    clipboard_denied: "This browser does not let Second Look read the clipboard. Press and hold the box (or right-click it) and choose Paste.",
    clipboard_empty: "The clipboard holds no text. Copy the message first, then press Paste.",
    file_not_text: "This file does not look like text (a picture, a PDF or a document?). Open the message, copy its text and paste it here.",
    file_empty: "This file is empty.",
    file_cut: "The file is long: only its first 1 MB was read and will be checked.",
    shared_received: "The shared message is in the box and has been checked.",
    share_lost: "The shared message did not arrive. Copy it in the other app, then paste it here.",
    install: "Install Second Look",
    install_hint: "Installed, it opens without a connection and appears when you press Share in a chat app.",
    no_share_sheet: "On iPhone and iPad, chat apps cannot share to Second Look: copy the message there, then press Paste here.",
    chars: |n| format!("{n} characters"),
    jump_to_result: |level| format!("{level}: see why"),
    examples_label: "Try an example:",
    example_lure: "A job lure",
    example_task: "A task scam",
    example_legit: "A real overseas job",
    long_text: |n| format!("This text is long ({n} characters), so it is not checked as you type. Press Check."),
    clipped: |total, kept| {
        format!("The pasted text was very long ({total} characters). Only the first {kept} characters were kept: that is as much as the checker reads. Press Check.")
    },
    too_long: |n, max| format!("This text is very long ({n} characters). Only the first {max} characters will be checked."),

    preparing: "Preparing the checker…",
    empty_guidance: "Paste or type a job offer above to check it.",
    empty_examples: "Not sure what to paste? Try one of the examples.",
    press_check: "Press Check to check this long text.",
    checking_long: "Checking a long text. The page may pause for a moment.",
    low_title: "No strong warning signs found",
    low_hint: "That does not prove the offer is real: scams can look ordinary. Still verify the points below.",
    medium_title: "Some warning signs",
    medium_hint: "Check the points below before you answer, pay, send documents or travel.",
    high_title: "Strong warning signs",
    high_hint: "This looks like a scam or a trafficking lure. Do not pay, send documents or travel.",
    score: |s| format!("Risk score {s} out of 100"),
    warning_text: "This reads like a warning or a news story about scams rather than a job offer, so its level is kept at medium at most. If it came with an offer, check the offer on its own.",
    truncated: |n, total| {
        format!("This text is very long: only the first {n} of {total} characters were checked. Paste a shorter part to check the rest.")
    },
    marked_text: "Your text, with the warning words marked",
    marked_text_hint: "Select a marked word to see why it matters.",
    marked_cut: "Only the start of this long text is shown here. The warnings below cover everything that was checked.",
    warnings: |n| if n == 1 { "1 warning sign".to_string() } else { format!("{n} warning signs") },
    no_warnings: "No warning signs matched. Check the points below anyway.",
    reassuring: "Signs of a real job",
    words: "Words:",
    why: "Why it matters:",
    what_to_do: "What to do:",
    sources: "Sources:",
    more_advice: "What to do, and sources",
    more_sources: "Sources",
    new_tab: "(opens in a new tab)",
    back_to_text: "Back to your text",
    announce: |level, n| format!("Result: {level}. {n} warning signs."),
    announce_distress: "This reads like a message from someone who is being held. Emergency guidance is shown first.",

    distress_banner: "This reads like a message from someone who is being held.",
    distress_banner_link: "See emergency help and who to contact",
    distress_title: "If you or someone you know is being held",
    distress_lead: "This message reads like it comes from someone who cannot leave or whose documents were taken. It is not your fault, and help exists.",
    distress_steps: &[
        "If you are in danger now and it is safe to call, call the local police (in Cambodia: 117, free even without credit).",
        "Contact your country's embassy or consulate: they can help even if your passport was taken.",
        "Share your location, the company name and the building with someone you trust.",
        "Keep messages, names, photos and voice notes as evidence, if you can do so safely.",
        "Do not put yourself at risk to reply, and do not pay anyone who promises to get you out unless your embassy or the police confirm them.",
    ],
    distress_contacts: "Who to contact",
    distress_why: "What in the message shows this",

    next_title: "What to do next",
    next_hint: "Tick each step as you do it. The ticks are not saved.",
    next_default: &["verify_company", "contract_first", "never_pay", "keep_passport", "tell_family"],

    hotlines_title: "Hotlines and official checks",
    country: "Your country",
    country_none: "Choose your country",
    remember: "Remember my country and language on this device",
    remember_hint: "Only this setting is saved, never the text you paste.",
    pick_country_hint: "Choose your country to see its hotlines first.",
    your_country: "Your country",
    any_country: "Any country",
    other_countries: "Other countries",
    no_entry_for_country: "We have no checked hotline for this country yet. Contact your embassy, and see the entries below.",
    call: "Call",
    text_to: "Text",
    website: "Website",
    source: "Source",
    checked_on: |d| format!("checked {d}"),

    share_title: "Share a summary",
    share_hint: "Send this to family or a friend before you decide. It contains the result and the reasons, not your text.",
    include_text: "Include the text I pasted",
    copy: "Copy summary",
    copied: "Summary copied.",
    copy_failed: "Could not copy. Select the summary below and copy it yourself.",
    share_preview: "Summary",
    share_heading: |level| format!("Second Look checked a job offer: {level}."),
    share_reasons: "Reasons:",
    share_distress: "The message reads like it comes from someone who is being held. Contact the embassy or the police.",
    share_verify: "To verify:",
    share_text: "The text checked:",
    share_footer: "Checked on the device with Second Look. It cannot prove an offer is real: always verify.",

    rules_title: "What Second Look checks",
    rules_intro: "Every warning sign the checker looks for, with why it matters, example texts, and the published sources it comes from. Weights add up to the risk score; negative weights are signs of a real job.",
    rules_search: "Search the rules",
    rules_search_hint: "Words, rule id or source",
    rules_count: |shown, total| format!("{shown} of {total} rules"),
    rules_none: "No rule matches this search.",
    rules_weight: |w| format!("weight {w:+}"),
    rules_language: "Language:",
    rules_fires_on: "Raises a warning on:",
    rules_quiet_on: "Stays quiet on:",
    rules_requires: "Fires when all of these meet:",
    rules_version: |v| format!("Rules version {v}"),
    combinations: "Combinations",
};
