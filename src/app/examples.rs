//! Built-in example offers that fill the text box, so a visitor sees what the checker does.
//! Written for this app from the published warning signs; no real person or company. Other
//! languages have their own examples (i18n/rules/), written for their readers, not translated.

use crate::present::i18n::Lang;

/// Which example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    Lure,
    TaskScam,
    Legit,
}

pub const ALL: [Example; 3] = [Example::Lure, Example::TaskScam, Example::Legit];

impl Example {
    pub fn id(self) -> &'static str {
        match self {
            Example::Lure => "lure",
            Example::TaskScam => "task",
            Example::Legit => "legit",
        }
    }

    /// The example in `lang`, or in English if that language has none.
    pub fn text(self, lang: Lang) -> &'static str {
        lang.rule_text().and_then(|t| t.examples.get(self.id())).map_or_else(|| self.english(), String::as_str)
    }

    fn english(self) -> &'static str {
        match self {
            Example::Lure => {
                "Hello dear! Our company in Sihanoukville is hiring customer service staff. Salary $1,800/month, \
no experience needed, only basic English and typing. Free flight ticket, visa and hotel. You will fly on a tourist \
visa first, the company arranges the work permit later. Contact HR only on Telegram @hr_golden_asia. Limited slots, \
send your passport copy today!"
            }
            Example::TaskScam => {
                "Hi! I'm Lisa from StarMedia. We have a flexible online job: like YouTube videos and rate products \
to boost merchants' ranking. Earn $150-$400 daily, paid instantly. Join our Telegram group to receive tasks. To \
upgrade to VIP tasks with higher commission, you must first deposit $100 in USDT. Recharge your account and withdraw \
your earnings every day."
            }
            Example::Legit => {
                "Staff nurse vacancies in Japan under the Specified Skilled Worker programme, recruited through a \
DMW-licensed agency (licence number on the DMW website). The employer pays the visa, work permit and airfare; no \
placement fee is charged. Written contract in English and Filipino signed before departure. Interviews at our office \
in Manila, Monday to Friday."
            }
        }
    }
}
