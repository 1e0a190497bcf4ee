//! Scoring: signals add their weights per category, each category capped, so that many weak cues
//! of one kind cannot reach `high`; reassuring signs (negative weights) subtract, down to minus
//! the cap. Distress signals are counted apart and raise the flag instead of the score. A text
//! with enough signs of warning *about* scams (an advisory quoting every sign) is capped at
//! `medium` and raises no distress flag; quoting an offer ([`QUOTED_OFFER`]) is enough for the cap
//! but takes the flag away only with another sign of a warning text, since a plea may quote the
//! promise that trapped its writer.

use std::collections::HashMap;

use super::report::{Level, Signal};
use crate::rules::facts::QUOTED_OFFER;
use crate::rules::model::{Manifest, Role};

pub struct Scored {
    pub score: u8,
    pub level: Level,
    pub distress: bool,
    pub warning_text: bool,
}

/// Scores signals by the manifest's categories (caps and roles) and thresholds.
pub fn score(signals: &[Signal], manifest: &Manifest) -> Scored {
    let thresholds = manifest.thresholds;
    let cap = |id: &str| manifest.categories.iter().find(|c| c.id == id).map_or(0, |c| c.cap as i64);
    // Each category's positive and negative weights, each capped: of `signals` that `count`.
    let sums = |count: &dyn Fn(&Signal) -> bool| {
        let mut sums: HashMap<&str, (i64, i64)> = HashMap::new();
        for s in signals.iter().filter(|s| count(s)) {
            let entry = sums.entry(s.category.as_str()).or_default();
            if s.weight > 0 {
                entry.0 += s.weight as i64
            } else {
                entry.1 += s.weight as i64
            }
        }
        sums.into_iter().map(move |(category, (plus, minus))| {
            let c = cap(category);
            (manifest.role(category), plus.min(c) + minus.max(-c))
        })
    };
    let mut total = 0i64;
    let mut distress = 0i64;
    let mut awareness = 0i64;
    for (role, net) in sums(&|_| true) {
        match role {
            Role::Distress => distress += net,
            Role::Awareness => {
                awareness += net;
                total += net;
            }
            _ => total += net,
        }
    }
    let unquoted: i64 =
        sums(&|s| s.rule != QUOTED_OFFER).filter(|(role, _)| *role == Role::Awareness).map(|(_, net)| net).sum();
    let warns = |awareness: i64| awareness <= -i64::from(thresholds.awareness);
    let warning_text = warns(awareness);
    let mut score = total.clamp(0, 100) as u8;
    if warning_text {
        score = score.min(thresholds.high.saturating_sub(1) as u8);
    }
    let level = if u32::from(score) >= thresholds.high {
        Level::High
    } else if u32::from(score) >= thresholds.medium {
        Level::Medium
    } else {
        Level::Low
    };
    let quoted = signals.iter().any(|s| s.rule == QUOTED_OFFER);
    let warns_of_distress = warns(unquoted) || quoted && unquoted < 0;
    Scored { score, level, distress: !warns_of_distress && distress >= i64::from(thresholds.distress), warning_text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{Category, Thresholds};

    fn cat(id: &str, cap: u32, role: Role) -> Category {
        Category { id: id.into(), name: id.into(), cap, description: String::new(), role }
    }

    fn sig(category: &str, weight: i32) -> Signal {
        Signal {
            rule: format!("{category}.x"),
            category: category.into(),
            weight,
            message: String::new(),
            explanation: String::new(),
            advice: vec![],
            sources: vec![],
            spans: vec![],
        }
    }

    const DISTRESS: &str = "held";
    const AWARENESS: &str = "warns";

    /// Categories named unlike the shipped ones: what they do comes from their role.
    fn m() -> Manifest {
        let categories = vec![
            cat("channel", 25, Role::Score),
            cat("travel", 50, Role::Score),
            cat("fees", 45, Role::Score),
            cat(DISTRESS, 100, Role::Distress),
            cat(AWARENESS, 40, Role::Awareness),
        ];
        let thresholds = Thresholds { medium: 25, high: 60, distress: 30, awareness: 25 };
        Manifest { version: "t".into(), languages: vec!["en".into()], thresholds, categories }
    }

    #[test]
    fn many_weak_cues_of_one_kind_stay_capped() {
        let s = score(&[sig("channel", 20), sig("channel", 20), sig("channel", 20)], &m());
        assert_eq!((s.score, s.level), (25, Level::Medium));
    }

    #[test]
    fn strong_cues_of_two_kinds_reach_high() {
        let s = score(&[sig("travel", 35), sig("fees", 30)], &m());
        assert_eq!((s.score, s.level, s.warning_text), (65, Level::High, false));
    }

    #[test]
    fn warning_texts_are_capped_at_medium_and_raise_no_distress() {
        let signals = [sig("travel", 50), sig("fees", 45), sig(DISTRESS, 40), sig(AWARENESS, -15), sig(AWARENESS, -15)];
        let s = score(&signals, &m());
        assert!(s.warning_text && !s.distress);
        assert_eq!(s.level, Level::Medium);
        let s = score(&signals[..3], &m());
        assert!(!s.warning_text && s.distress && s.level == Level::High);
    }

    #[test]
    fn a_quoted_offer_caps_the_level_but_takes_the_distress_flag_only_with_another_sign() {
        let mut quoted = sig(AWARENESS, -25);
        quoted.rule = QUOTED_OFFER.into();
        let s = score(&[sig("travel", 50), sig("fees", 45), sig(DISTRESS, 40), quoted.clone()], &m());
        assert!(s.warning_text && s.distress);
        assert_eq!(s.level, Level::Medium);
        let s = score(&[sig("travel", 50), sig("fees", 45), sig(DISTRESS, 40), quoted, sig(AWARENESS, -10)], &m());
        assert!(s.warning_text && !s.distress, "another sign of a warning text takes the flag away");
    }

    #[test]
    fn unknown_categories_add_nothing() {
        assert_eq!(score(&[sig("nope", 50)], &m()).score, 0);
    }
}
