//! The pattern language read into slots: `(a|b)` groups multiplied out within a slot of at most
//! [`SLOT_PHRASES`] phrases, `word*` prefixes, and `(a|b)*` spread over the alternatives.

use super::*;

/// Alternatives are multiplied out within a slot up to this many phrases. Larger multiplies the
/// automaton's keywords (32 gave 21,000 keywords and a 76 ms compile; 8 gives 10,000 and 36 ms)
/// for no measurable gain in check time.
const SLOT_PHRASES: usize = 8;
/// Optional parts are always multiplied out, so each doubles its slot: past this many phrases a
/// pattern is refused (a rule author's typo must not make compiling take minutes).
const MAX_SLOT_PHRASES: usize = 4096;

/// A piece of a part: literal text or a group of alternatives.
enum Piece<'a> {
    Literal(&'a str),
    Group(Vec<&'a str>),
}

/// `(a|b)*` is `(a*|b*)`: a star after a group makes every alternative a prefix.
pub(super) fn spread_prefix(pattern: &str) -> std::borrow::Cow<'_, str> {
    if !pattern.contains(")*") {
        return pattern.into();
    }
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    while let Some(at) = rest.find(")*") {
        let head = &rest[..at];
        match head.rfind('(') {
            Some(open) if !head[open..].contains(')') => {
                let choices: Vec<String> =
                    head[open + 1..].split('|').map(|c| format!("{}*", c.trim_end_matches('*'))).collect();
                out.push_str(&head[..open + 1]);
                out.push_str(&choices.join("|"));
                out.push(')');
            }
            _ => {
                out.push_str(head);
                out.push_str(")*");
            }
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out.into()
}

/// A pattern cut into parts (at ` ... `), each part into slots of normalized phrases.
pub(super) fn cut(pattern: &str) -> Result<Vec<Vec<Slot>>, String> {
    if pattern.contains(")?") {
        return Err(format!("`?` is not an operator in `{pattern}`: write an optional part as `(word |)`"));
    }
    spread_prefix(pattern).split(" ... ").map(|raw| slots(raw.trim(), pattern)).collect()
}

/// The script groups a pattern's first phrase can start in, read from the pattern as written
/// without expanding it: the group of every letter of its first part, and the group of phrases
/// without letters when the part can begin with something other than a letter. Normalizing keeps
/// a letter in its script, so this holds every group that the expanded first phrases are in (a
/// test checks it for every built-in pattern).
pub(super) fn start_groups(pattern: &str) -> [bool; groups::GROUPS] {
    let spread = spread_prefix(pattern);
    let first = spread.split(" ... ").next().unwrap_or_default().trim();
    let mut groups = [false; groups::GROUPS];
    for c in first.chars() {
        // A script's marks count as its letters (more groups, never fewer); the Unicode letter
        // table is only asked about characters outside every script group.
        match (c.is_ascii(), groups::group(c)) {
            (true, _) if c.is_ascii_alphabetic() => groups[0] = true,
            (false, 0) if c.is_alphabetic() => groups[0] = true,
            (false, g) if g != 0 => groups[g] = true,
            _ => {}
        }
    }
    groups[groups::NO_LETTERS] |= begins_otherwise(first);
    groups
}

/// Whether a part can begin with something other than a letter: its first character, or that of
/// an alternative of its first group, past groups that may be empty.
fn begins_otherwise(part: &str) -> bool {
    let mut rest = part.trim_start();
    while let Some(inner) = rest.strip_prefix('(') {
        let Some(close) = inner.find(')') else { return true };
        let mut may_be_empty = false;
        for choice in inner[..close].split('|') {
            match choice.trim_start().chars().next() {
                None => may_be_empty = true,
                Some(c) if !c.is_alphabetic() => return true,
                Some(_) => {}
            }
        }
        if !may_be_empty {
            return false;
        }
        rest = inner[close + 1..].trim_start();
    }
    rest.chars().next().is_none_or(|c| !c.is_alphabetic())
}

/// Splits a part into pieces: literal text and `(a|b)` groups.
fn pieces<'a>(body: &'a str, pattern: &str) -> Result<Vec<Piece<'a>>, String> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('(') {
        let close = rest[open..].find(')').map(|c| open + c).ok_or_else(|| format!("unclosed `(` in `{pattern}`"))?;
        let inner = &rest[open + 1..close];
        if inner.contains('(') {
            return Err(format!("nested `(` in `{pattern}`"));
        }
        let choices: Vec<&str> = inner.split('|').collect();
        if choices.len() < 2 && inner.trim().is_empty() {
            return Err(format!("empty group in `{pattern}`"));
        }
        out.push(Piece::Literal(&rest[..open]));
        out.push(Piece::Group(choices));
        rest = &rest[close + 1..];
    }
    out.push(Piece::Literal(rest));
    for piece in &out {
        let texts: Vec<&str> = match piece {
            Piece::Literal(l) => vec![l],
            Piece::Group(g) => g.clone(),
        };
        if texts.iter().any(|t| t.contains([')', '|']) || t.contains("...")) {
            return Err(format!("misplaced operator in `{pattern}`"));
        }
        if body.contains(")*")
            || texts.iter().any(|t| t.split('*').skip(1).any(|after| after.starts_with(|c: char| !c.is_whitespace())))
        {
            return Err(format!("`*` must end a word, in `{pattern}`"));
        }
    }
    Ok(out)
}

/// One slot of a part: the phrases that can fill it (with their `*` prefix flag), and whether
/// the slot may be skipped.
pub(super) struct Slot {
    pub phrases: Vec<(String, bool)>,
    pub optional: bool,
}

/// Cuts a part into slots: lists of normalized phrases that must follow each other exactly.
/// Alternatives are multiplied out within a slot while it stays small. An optional group inside
/// a part (`took (po |na |)nila`) becomes a slot that may be skipped, so optional words cost their
/// own phrases instead of doubling the slot; at either end of a part it is multiplied out, so that
/// no phrase is empty and word boundaries stay on the first and last slot.
pub(super) fn slots(body: &str, pattern: &str) -> Result<Vec<Slot>, String> {
    let mut raw_slots: Vec<(Vec<String>, bool)> = Vec::new();
    let mut current = vec![String::new()];
    let pieces = pieces(body, pattern)?;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Literal(l) => {
                // A `word*` prefix inside a part ends its slot: the next slot starts where the
                // word ends.
                for seg in l.split_inclusive('*') {
                    current.iter_mut().for_each(|c| c.push_str(seg));
                    if seg.ends_with('*') {
                        raw_slots.push((std::mem::replace(&mut current, vec![String::new()]), false));
                    }
                }
            }
            Piece::Group(choices) if choices.iter().any(|c| c.trim_end().ends_with('*')) => {
                current = multiply(&current, choices, pattern)?;
                raw_slots.push((std::mem::replace(&mut current, vec![String::new()]), false));
            }
            Piece::Group(choices) => {
                let has_empty = choices.iter().any(|c| c.trim().is_empty());
                let blank = current.iter().any(|c| c.trim().is_empty());
                let fresh = current.len() == 1 && current[0].is_empty() && !raw_slots.is_empty();
                if has_empty && (fresh || !blank) && skippable(choices, &pieces[i + 1..]) {
                    if !fresh {
                        raw_slots.push((std::mem::replace(&mut current, vec![String::new()]), false));
                    }
                    let kept = choices.iter().filter(|c| !c.trim().is_empty()).map(|c| c.to_string()).collect();
                    raw_slots.push((kept, true));
                } else if current.len() * choices.len() <= SLOT_PHRASES || current.len() == 1 || has_empty || blank {
                    current = multiply(&current, choices, pattern)?;
                } else {
                    raw_slots.push((std::mem::take(&mut current), false));
                    current = choices.iter().map(|c| c.to_string()).collect();
                }
            }
        }
    }
    if current.iter().any(|c| !c.is_empty()) || raw_slots.is_empty() {
        raw_slots.push((current, false));
    }
    let last = raw_slots.len() - 1;
    let mut out = Vec::with_capacity(raw_slots.len());
    for (k, (raw, optional)) in raw_slots.into_iter().enumerate() {
        let mut phrases: Vec<(String, bool)> = Vec::new();
        for r in raw {
            let (r, prefix) = match r.trim_end().strip_suffix('*') {
                Some(stem) => (stem.to_string(), true),
                None => (r, false),
            };
            if r.contains('*') {
                return Err(format!("`*` must end a word, in `{pattern}`"));
            }
            let mut text = normalize_text(&r);
            if text.is_empty() {
                return Err(format!("empty phrase in `{pattern}`"));
            }
            // Inside a part, the spaces where slots meet belong to the phrases.
            if k > 0 && r.starts_with(char::is_whitespace) {
                text.insert(0, ' ');
            }
            if k < last && r.ends_with(char::is_whitespace) {
                text.push(' ');
            }
            if !phrases.contains(&(text.clone(), prefix)) {
                phrases.push((text, prefix));
            }
        }
        out.push(Slot { phrases, optional });
    }
    Ok(out)
}

/// Whether an optional group can be a slot of its own: something that is not optional follows
/// it in the part, and skipping it cannot leave two spaces in a row.
fn skippable(choices: &[&str], rest: &[Piece]) -> bool {
    let next_starts_with_space = match rest.first() {
        Some(Piece::Literal(l)) => l.starts_with(char::is_whitespace),
        Some(Piece::Group(g)) => g.iter().any(|c| c.starts_with(char::is_whitespace)),
        None => true,
    };
    let anchored_after = rest.iter().any(|p| match p {
        Piece::Literal(l) => !l.trim().is_empty(),
        Piece::Group(g) => g.iter().all(|c| !c.trim().is_empty()),
    });
    !next_starts_with_space && anchored_after && !choices.iter().any(|c| c.starts_with(char::is_whitespace))
}

/// Every phrase so far followed by every alternative; refused past [`MAX_SLOT_PHRASES`].
fn multiply(current: &[String], choices: &[&str], pattern: &str) -> Result<Vec<String>, String> {
    if current.len() * choices.len() > MAX_SLOT_PHRASES {
        return Err(format!("too many combinations of alternatives in `{pattern}`: split it into several patterns"));
    }
    Ok(current.iter().flat_map(|c| choices.iter().map(move |x| format!("{c}{x}"))).collect())
}
