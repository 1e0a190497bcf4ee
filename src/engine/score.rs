//! Scoring: signals add their weights per category, each category capped, so that many weak cues
//! of one kind cannot reach `high`; reassuring signs (negative weights) subtract, down to minus
//! the cap. Distress signals are counted apart and raise the flag instead of the score.

use std::collections::HashMap;

use super::report::{Level, Signal};
use crate::rules::model::{Category, Thresholds};

pub const DISTRESS: &str = "distress";

pub struct Scored {
    pub score: u8,
    pub level: Level,
    pub distress: bool,
}

pub fn score(signals: &[Signal], categories: &[Category], thresholds: Thresholds) -> Scored {
    let mut sums: HashMap<&str, (i64, i64)> = HashMap::new();
    for s in signals {
        let entry = sums.entry(s.category.as_str()).or_default();
        if s.weight > 0 {
            entry.0 += s.weight as i64
        } else {
            entry.1 += s.weight as i64
        }
    }
    let cap = |id: &str| categories.iter().find(|c| c.id == id).map_or(0, |c| c.cap as i64);
    let mut total = 0i64;
    let mut distress = 0i64;
    for (&category, &(plus, minus)) in &sums {
        let c = cap(category);
        let net = plus.min(c) + minus.max(-c);
        if category == DISTRESS {
            distress += net
        } else {
            total += net
        }
    }
    let score = total.clamp(0, 100) as u8;
    let level = if u32::from(score) >= thresholds.high {
        Level::High
    } else if u32::from(score) >= thresholds.medium {
        Level::Medium
    } else {
        Level::Low
    };
    Scored { score, level, distress: distress >= thresholds.distress as i64 }
}
