//! What the three front ends (web app, JavaScript API, CLI) show of a report, natively tested:
//! the wording of levels and distress, the share summary, settings and their storage, the
//! report with JavaScript string offsets, and the batch output line. Pure Rust, no web types.

pub mod batch;
pub mod i18n;
pub mod js;
pub mod settings;
pub mod share;
pub mod wording;
