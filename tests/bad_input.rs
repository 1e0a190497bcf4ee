//! Bad input gets a clear answer, never a panic: empty text, huge pastes, binary junk, HTML,
//! right-to-left and mixed scripts, emoji, and the Big List of Naughty Strings.

use second_look::engine::{MAX_CHECK_BYTES, MAX_SPANS};
use second_look::{Level, Report, Screener};
use unicode_normalization::char::is_combining_mark;

fn screener() -> Screener {
    Screener::builtin().expect("built-in rules are valid")
}

/// Every span must lie on character boundaries of the input and quote it exactly.
fn assert_spans_valid(text: &str, r: &Report) {
    for s in r.signals.iter().flat_map(|s| s.spans.iter()).chain(r.facts.iter().map(|f| &f.span)) {
        assert!(s.start < s.end && s.end <= text.len(), "span {s:?} out of range");
        assert_eq!(text.get(s.start..s.end), Some(s.text.as_str()), "span {s:?} does not quote the input");
        let mark = |c: Option<char>| c.is_some_and(is_combining_mark);
        assert!(s.start == 0 || !mark(text[s.start..].chars().next()), "span {s:?} starts on a mark");
        assert!(!mark(text[s.end..].chars().next()), "span {s:?} leaves the next mark alone");
    }
    let joined: String = r.segments(text).iter().map(|seg| seg.text).collect();
    assert_eq!(joined, &text[..r.checked_bytes], "segments must rebuild the checked text");
}

#[test]
fn empty_and_blank_text_give_an_empty_low_report() {
    let s = screener();
    for text in ["", " ", "\n\t\u{200B}\u{FEFF}"] {
        let r = s.check(text);
        assert_eq!(r.level, Level::Low);
        assert!(r.signals.is_empty() && !r.distress && !r.truncated);
    }
}

#[test]
fn a_ten_megabyte_paste_is_cut_with_a_note() {
    let s = screener();
    let mut text = "Free flight and visa, travel on a tourist visa, contact us on Telegram. ".repeat(20);
    while text.len() < 10 * 1024 * 1024 {
        text.push_str("Lorem ipsum dolor sit amet, ünïcödé 日本語 текст. ");
    }
    let r = s.check(&text);
    assert!(r.truncated);
    assert!(r.checked_bytes <= MAX_CHECK_BYTES && text.is_char_boundary(r.checked_bytes));
    assert!(r.level >= Level::Medium, "the lure at the start is still seen");
    assert_spans_valid(&text, &r);
}

#[test]
fn a_paste_of_one_cue_repeated_gives_a_report_of_bounded_size() {
    let s = screener();
    let text = "Telegram @hr_jobs $1,500 WhatsApp +66 81 234 5678 Sihanoukville ".repeat(20_000);
    let r = s.check(&text);
    assert!(r.truncated);
    let mut per_tag = std::collections::HashMap::new();
    for f in &r.facts {
        *per_tag.entry(f.tag.as_str()).or_insert(0) += 1;
    }
    assert!(per_tag.len() >= 3, "facts of several kinds: {per_tag:?}");
    assert!(per_tag.values().all(|&n| n <= MAX_SPANS), "{per_tag:?}");
    assert!(r.signals.iter().all(|sig| sig.spans.len() <= MAX_SPANS));
    assert_spans_valid(&text, &r);
}

#[test]
fn binary_junk_and_control_characters() {
    let s = screener();
    let bytes: Vec<u8> = (0..50_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    assert_spans_valid(&text, &s.check(&text));
    let controls: String = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32).collect();
    assert_spans_valid(&controls, &s.check(&controls));
}

#[test]
fn rtl_mixed_scripts_and_emoji_keep_spans_exact() {
    let s = screener();
    for text in [
        "مرحبا \u{202E}Telegram\u{202C} وظيفة 🚀 free flight ✈️ and visa 🙏🏽 tourist visa",
        "👨‍👩‍👧 Ｔｅｌｅｇｒａｍ：＠ｈｒ＿ｊｏｂｓ 工作签 visa du lịch 🇰🇭",
        "T\u{0301}e\u{0308}l\u{0327}egram Z̷̡͔a̸l̶g̵o̴ tourist visa",
    ] {
        let r = s.check(text);
        assert!(!r.signals.is_empty(), "{text}");
        assert_spans_valid(text, &r);
    }
}

#[test]
fn highlights_keep_each_letter_whole() {
    let s = screener();
    // "ផ្ញើរ" (send, as often misspelt) is followed by "ូ", the vowel of "រូប" (photo).
    let text = "សូមផ្ញើរូបថតលិខិតឆ្លងដែនមកក្រុមហ៊ុនតាម Telegram";
    let r = s.check(text);
    assert!(r.signals.iter().any(|sig| !sig.spans.is_empty()), "{text}");
    assert_spans_valid(text, &r);
}

#[test]
fn html_is_just_text() {
    let s = screener();
    let text = r#"<script>alert(1)</script><img src=x onerror=alert(1)> tourist visa"#;
    let r = s.check(text);
    assert_spans_valid(text, &r);
    assert!(r.signals.iter().all(|sig| sig.spans.iter().all(|sp| !sp.text.contains('<'))));
}

#[test]
fn every_naughty_string_gives_a_report() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/naughty-strings.json");
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let strings: Vec<String> = serde_json::from_str(&raw).unwrap();
    assert!(strings.len() > 500);
    let s = screener();
    for text in &strings {
        let r = s.check(text);
        assert_spans_valid(text, &r);
        assert!(r.score <= 100);
    }
}

/// Texts stitched at random from rule words, evasions and awkward characters: every one gives a
/// report whose spans quote the input exactly (a deterministic generator, so failures repeat).
#[test]
fn random_mixtures_of_cues_and_odd_characters_keep_spans_exact() {
    const PIECES: &[&str] = &[
        "Telegram",
        "t e l e g r a m",
        "te1egram",
        "wh@tsapp",
        "ＴＥＬＥＧＲＡＭ",
        "tourist visa",
        "visa on arrival",
        "Sihanoukville",
        "$1,500/month",
        "15tr",
        "₱35k",
        "ค่าจ้างสูง",
        "ทักไลน์",
        "việc nhẹ lương cao",
        "viec nhe luong cao",
        "kinuha nila passport ko",
        "hindi ako makaalis dito sa Cambodia",
        "they took my passport",
        " ... ",
        " ",
        "\n",
        "\u{200B}",
        "\u{FEFF}",
        "\u{0301}",
        "\u{202E}",
        "مرحبا",
        "שלום",
        "👩‍👩‍👧",
        "🇵🇭",
        "e\u{0301}",
        "İ",
        "ß",
        "\u{0}",
        "(",
        ")",
        "*",
        "|",
        "@",
        ".",
        "-",
        "_",
        "0",
        "9",
        "k",
        "a",
        "I",
        "l",
    ];
    let s = screener();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3_000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        let r = s.check(&text);
        assert_spans_valid(&text, &r);
        assert!(r.score <= 100, "{text:?}");
    }
}
