//! The check page as one state and the actions that change it (a yew reducer): what is in the
//! text box, the engine once it is ready, the result of the last check, notes about long or cut
//! texts and arrivals, and the reader's settings. Checking happens here, in `Check` and
//! `EngineReady`, or in the checker thread (`offload.rs`), whose result is taken only if the box
//! still holds the text it is about: a result always belongs to the text it was computed from.
//! DOM effects (the box's value, focus, storage, timers) stay in the components.

use std::rc::Rc;

use yew::Reducible;

use super::result::Checked;
use super::ways_in::Note;
use super::Engine;
use crate::present::i18n::Lang;
use crate::present::settings::Settings;

/// Above this many bytes the text is not checked as you type, only with the Check button.
pub const LIVE_LIMIT: usize = 200_000;

#[derive(Clone, Default, PartialEq)]
pub struct State {
    /// What the text box holds.
    pub text: Rc<str>,
    pub engine: Option<Engine>,
    pub checked: Option<Rc<Checked>>,
    /// A paste over the engine's limit was cut: how many characters it had.
    pub clipped: Option<usize>,
    /// What the reader is told about text that arrived by Paste, a file or a share.
    pub notice: Option<Note>,
    /// A long text is being checked.
    pub busy: bool,
    /// The reader pressed Check while the text waited for its rule pack: it is checked when the
    /// pack arrives, however long.
    pub check_asked: bool,
    pub settings: Settings,
    /// How many languages' rule words (or the rules' examples) have arrived (`words.rs`): a new
    /// count re-renders what shows them.
    pub words: u32,
}

pub enum Action {
    /// The reader typed or edited: the box now holds this.
    Input(Rc<str>),
    /// A paste longer than the engine's limit was cut to `kept`; it had `chars` characters.
    PasteCut {
        kept: Rc<str>,
        chars: usize,
    },
    /// Text arrived whole (an example, a file, a share, the Paste button), with what to say about it.
    Arrived {
        text: Rc<str>,
        note: Option<Note>,
    },
    /// Something was meant to arrive and did not.
    Problem(Note),
    Clear,
    EngineReady(Engine),
    /// A long text is about to be checked: say so first.
    Busy,
    /// Check the text in the box now.
    Check,
    /// The checker thread's result for a text: taken if the box still holds that text.
    Checked(Rc<Checked>),
    SetCountry(String),
    SetLanguage(Option<Lang>),
    Remember(bool),
    /// The words of a language, or the rules' examples, arrived.
    WordsArrived,
}

impl State {
    pub fn new(settings: Settings) -> Self {
        State { settings, ..Default::default() }
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang.unwrap_or(Lang::En)
    }

    /// Too long to check as you type.
    pub fn long(&self) -> bool {
        self.text.len() > LIVE_LIMIT
    }

    /// Whether the engine can check `text` now: it has loaded, and the rule pack of the text's
    /// script is not still to come.
    pub fn can_check(&self, text: &str) -> bool {
        !text.trim().is_empty() && self.engine.as_ref().is_some_and(|e| !e.awaits(text) && e.screener().is_some())
    }

    /// The result of checking the text in the box, if the engine is ready for it (none for empty
    /// text, or for a script whose rule pack is still to come).
    fn checked(&self) -> Option<Rc<Checked>> {
        if !self.can_check(&self.text) {
            return None;
        }
        let report = self.engine.as_ref()?.screener()?.check(&self.text);
        Some(Rc::new(Checked::new(self.text.clone(), report)))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Input(text) => {
                s.check_asked = false;
                s.text = text;
                s.clipped = None;
                s.notice = None;
                if s.long() {
                    s.checked = None;
                }
            }
            Action::PasteCut { kept, chars } => {
                s.check_asked = false;
                s.text = kept;
                s.clipped = Some(chars);
                s.checked = None;
            }
            Action::Arrived { text, note } => {
                s.check_asked = false;
                s.text = text;
                s.notice = note;
                s.clipped = None;
                s.checked = if s.long() { None } else { s.checked() };
            }
            Action::Problem(note) => s.notice = Some(note),
            Action::Clear => {
                s.check_asked = false;
                s.text = Rc::from("");
                s.clipped = None;
                s.notice = None;
                s.checked = None;
                s.busy = false;
            }
            Action::EngineReady(engine) => {
                s.engine = Some(engine);
                if !s.long() || s.check_asked {
                    s.checked = s.checked();
                    s.check_asked = s.checked.is_none() && s.check_asked;
                }
            }
            Action::Busy => s.busy = true,
            Action::Check => {
                s.checked = s.checked();
                s.check_asked = s.checked.is_none() && !s.text.trim().is_empty();
                s.busy = false;
            }
            Action::Checked(checked) => {
                if checked.text == s.text {
                    s.checked = Some(checked);
                    s.busy = false;
                    s.check_asked = false;
                }
            }
            Action::SetCountry(country) => s.settings.country = country,
            Action::SetLanguage(lang) => s.settings.lang = lang,
            Action::Remember(remember) => s.settings.remember = remember,
            Action::WordsArrived => s.words += 1,
        }
        Rc::new(s)
    }
}
