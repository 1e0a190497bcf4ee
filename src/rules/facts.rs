//! The fact tags that code extracts (money amounts, contact channels) and their labels: one list,
//! read by the extractors that produce the tags and by the loader that checks rules naming them;
//! and the one concept that code, not a rule, raises.

/// A text quoting several warning signs to warn about them (`Screener::check`, `quoted.rs`): a
/// concept of `concepts.toml` that no rule needs to detect.
pub const QUOTED_OFFER: &str = "awareness.quoted_offer";

pub const MONEY: &str = "money";
/// A monthly amount far above what the job would pay.
pub const MONEY_HIGH_MONTHLY: &str = "money.high_monthly";
/// A daily or hourly amount far above what the job would pay.
pub const MONEY_HIGH_DAILY: &str = "money.high_daily";
/// An amount of money per day, whatever its size.
pub const MONEY_DAILY: &str = "money.daily";
pub const TELEGRAM: &str = "channel.telegram";
pub const WHATSAPP: &str = "channel.whatsapp";
pub const LINE: &str = "channel.line";
pub const HANDLE: &str = "channel.handle";
pub const FREEMAIL: &str = "channel.freemail";
pub const PHONE: &str = "channel.phone";

/// Every tag produced by code, with its label; rules may test them in `facts` and `near`.
pub const CODE_FACTS: &[(&str, &str)] = &[
    (MONEY, "Amount of money"),
    (MONEY_HIGH_MONTHLY, "High monthly pay"),
    (MONEY_HIGH_DAILY, "High daily or hourly pay"),
    (MONEY_DAILY, "Pay per day"),
    (TELEGRAM, "Telegram contact"),
    (WHATSAPP, "WhatsApp contact"),
    (LINE, "Line contact"),
    (HANDLE, "Chat handle"),
    (FREEMAIL, "Free e-mail address"),
    (PHONE, "Phone number"),
];

/// The label of a tag produced by code.
pub fn label(tag: &str) -> &'static str {
    CODE_FACTS.iter().find(|(t, _)| *t == tag).map_or("Fact", |(_, l)| l)
}
