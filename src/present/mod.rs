//! What the three front ends (web app, JavaScript API, CLI) show of a report, natively tested:
//! the wording of levels and distress, the rules' words in the reader's language, the language
//! of a pasted text, the share summary, settings and their storage, the report with JavaScript
//! string offsets, and the batch output line. Pure Rust, no web types.

pub mod batch;
pub mod i18n;
pub mod js;
pub mod rule_text;
pub mod settings;
pub mod share;
pub mod text_lang;
pub mod wording;
