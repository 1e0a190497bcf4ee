//! Second Look: a job-offer risk checker that runs entirely on the device.
//!
//! The core ([`engine`] and [`rules`]) turns pasted text into a [`Report`]: a level, a score,
//! every warning with the words that raised it and its published source, and what to verify.
//! The web app, the JavaScript API and the CLI are thin adapters over that one type.

pub mod engine;
pub mod intake;
pub mod present;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use engine::report::{Fact, Level, Report, Signal, Source, Span};
pub use engine::Screener;
