//! The report as JavaScript reads it (`SecondLook.v1.check`): span offsets as JavaScript string
//! indexes (UTF-16 code units), the checked length in those units, and optionally the text cut
//! into plain and highlighted pieces.

use serde::Serialize;

use crate::Report;

/// A piece of the text: plain, or highlighted by the warning at `signal`.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct JsSegment<'a> {
    pub text: &'a str,
    /// Index into `signals` of the warning that highlights this piece, or null.
    pub signal: Option<usize>,
}

/// The report with UTF-16 offsets.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsReport<'a> {
    #[serde(flatten)]
    pub report: Report,
    /// How much of the text was checked, in JavaScript string length (UTF-16 code units).
    pub checked_length: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<JsSegment<'a>>>,
}

/// Projects the report of `text` for JavaScript; `segments` adds the highlight pieces.
pub fn js_report(text: &str, mut report: Report, segments: bool) -> JsReport<'_> {
    let segments = segments
        .then(|| report.segments(text).into_iter().map(|p| JsSegment { text: p.text, signal: p.signal }).collect());
    let checked_length = to_utf16_offsets(text, &mut report);
    JsReport { report, checked_length, segments }
}

/// Rewrites the UTF-8 byte offsets of every span to UTF-16 offsets, in one pass over the text;
/// returns the checked length in UTF-16 units.
fn to_utf16_offsets(text: &str, report: &mut Report) -> usize {
    let mut checked_length = report.checked_bytes;
    let spans =
        report.signals.iter_mut().flat_map(|s| s.spans.iter_mut()).chain(report.facts.iter_mut().map(|f| &mut f.span));
    let mut bounds: Vec<&mut usize> = spans.flat_map(|sp| [&mut sp.start, &mut sp.end]).collect();
    bounds.push(&mut checked_length);
    bounds.sort_by_key(|b| **b);
    let (mut byte, mut unit) = (0, 0);
    let mut chars = text.chars();
    for b in bounds {
        while byte < *b {
            match chars.next() {
                Some(c) => {
                    byte += c.len_utf8();
                    unit += c.len_utf16();
                }
                None => break,
            }
        }
        *b = unit;
    }
    checked_length
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Screener;

    /// What JavaScript's `text.slice(start, end)` returns: UTF-16 units.
    fn js_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn offsets_are_javascript_indexes_in_any_script() {
        let s = Screener::builtin().unwrap();
        let text = "🇰🇭 😀 Ứng tuyển ngay! ทำงานที่กัมพูชา. Customer service in Cambodia, contact us on Telegram @hr_job88, pay the fee.";
        let r = js_report(text, s.check(text), false);
        assert_eq!(r.checked_length, text.encode_utf16().count());
        let mut n = 0;
        for sig in &r.report.signals {
            for sp in &sig.spans {
                assert_eq!(js_slice(text, sp.start, sp.end), sp.text);
                n += 1;
            }
        }
        for f in &r.report.facts {
            assert_eq!(js_slice(text, f.span.start, f.span.end), f.span.text);
            n += 1;
        }
        assert!(n >= 3, "the test text must raise spans after the emoji: {n}");
        assert!(r.segments.is_none());
    }

    #[test]
    fn segments_rebuild_the_text_and_point_at_warnings() {
        let s = Screener::builtin().unwrap();
        let text = "😀 Work in Cambodia, free visa, Telegram only.";
        let r = js_report(text, s.check(text), true);
        let segments = r.segments.as_ref().unwrap();
        assert_eq!(segments.iter().map(|p| p.text).collect::<String>(), text);
        assert!(segments.iter().filter_map(|p| p.signal).all(|i| r.report.signals[i].weight > 0));
        assert!(segments.iter().any(|p| p.signal.is_some()));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["checkedLength"], text.encode_utf16().count());
        assert!(json["rulesetVersion"].is_string() && json["segments"].is_array());
    }
}
