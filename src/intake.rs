//! Text that arrives other than by typing: a share from another app (title, text, link), a text
//! file or an e-mail (.eml) opened, dropped or shared. Read on the device, made ready to check;
//! binary files are refused with a reason instead of being checked as noise.

use base64::Engine as _;

use crate::engine::{clip, MAX_CHECK_BYTES};

/// Why a file gives no text to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Images, documents, archives: bytes that are not text.
    NotText,
    /// Nothing in it, or only white space.
    Empty,
}

/// The text of a file, and whether only its start was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileText {
    pub text: String,
    /// The file was longer than [`MAX_CHECK_BYTES`]: only its start is here.
    pub cut: bool,
}

/// What a share brings, as one text: the title (when the text does not already start with it),
/// the text, and the link (when the text does not already contain it).
pub fn shared_text(title: &str, text: &str, url: &str) -> String {
    let (title, text, url) = (title.trim(), text.trim(), url.trim());
    let mut parts: Vec<&str> = Vec::new();
    if !title.is_empty() && !text.contains(title) {
        parts.push(title);
    }
    if !text.is_empty() {
        parts.push(text);
    }
    if !url.is_empty() && !text.contains(url) {
        parts.push(url);
    }
    parts.join("\n")
}

/// Reads the first bytes of a file (the caller reads at most [`MAX_CHECK_BYTES`] of it; `size`
/// is the whole file's). `name` and `mime` say whether it is an e-mail.
pub fn file_text(name: &str, mime: &str, bytes: &[u8], size: usize) -> Result<FileText, FileProblem> {
    let cut = size > bytes.len();
    let mut text = decode(bytes, cut)?;
    let email = name.to_ascii_lowercase().ends_with(".eml") || mime.eq_ignore_ascii_case("message/rfc822");
    if email {
        text = email_text(&text);
    }
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    if text.len() > MAX_CHECK_BYTES {
        let end = clip(&text, MAX_CHECK_BYTES).len();
        text.truncate(end);
        return Ok(FileText { text, cut: true });
    }
    Ok(FileText { text, cut })
}

/// Bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with one. A character cut
/// by the end of a partial read is dropped. Bytes with NULs or many control or invalid sequences
/// are not text.
fn decode(bytes: &[u8], partial: bool) -> Result<String, FileProblem> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else {
        if bytes.contains(&0) {
            return Err(FileProblem::NotText);
        }
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        if partial {
            // The read may have stopped inside a character.
            while text.ends_with('\u{FFFD}') {
                text.pop();
            }
        }
        text
    };
    let odd = text
        .chars()
        .filter(|&c| c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')))
        .count();
    if odd * 100 > text.chars().count().max(1) {
        return Err(FileProblem::NotText);
    }
    Ok(text)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect()
}

/// The readable part of an e-mail: its subject and sender, then the first plain-text part of the
/// body (or the HTML part without its tags), decoded from quoted-printable or base64.
fn email_text(raw: &str) -> String {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n").unwrap_or((raw.as_str(), ""));
    let headers = parse_headers(head);
    let mut out = String::new();
    for name in ["subject", "from"] {
        if let Some(value) = header(&headers, name) {
            out.push_str(&decode_words(value));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&part_text(&headers, body));
    out
}

fn parse_headers(head: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    out
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// A parameter of a header value: `boundary` of `multipart/mixed; boundary="x"`.
fn param<'a>(value: &'a str, name: &str) -> Option<&'a str> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"'))
    })
}

/// The text of one MIME part: a multipart part gives its first plain-text child, else its first
/// HTML child without tags.
fn part_text(headers: &[(String, String)], body: &str) -> String {
    let kind = header(headers, "content-type").unwrap_or("text/plain");
    let mime = kind.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if mime.starts_with("multipart/") {
        let Some(boundary) = param(kind, "boundary") else { return body.to_string() };
        let delimiter = format!("--{boundary}");
        let parts: Vec<(Vec<(String, String)>, &str)> = body
            .split(delimiter.as_str())
            .skip(1)
            .filter(|p| !p.starts_with("--"))
            .map(|p| {
                let p = p.trim_start_matches([' ', '\t']).strip_prefix('\n').unwrap_or(p);
                let (head, body) = p.split_once("\n\n").unwrap_or(("", p));
                (parse_headers(head), body)
            })
            .collect();
        let is = |h: &[(String, String)], m: &str| {
            header(h, "content-type").unwrap_or("text/plain").to_ascii_lowercase().starts_with(m)
        };
        let chosen =
            ["text/plain", "multipart/", "text/html"].iter().find_map(|m| parts.iter().find(|(h, _)| is(h, m)));
        return chosen.map_or_else(String::new, |(h, b)| part_text(h, b));
    }
    let encoding = header(headers, "content-transfer-encoding").unwrap_or("").to_ascii_lowercase();
    let decoded = match encoding.as_str() {
        "quoted-printable" => quoted_printable(body, false),
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        }
        _ => body.to_string(),
    };
    if mime == "text/html" {
        strip_tags(&decoded)
    } else {
        decoded
    }
}

/// Quoted-printable (`=E1=BB=87`, soft line breaks `=\n`); in encoded words `_` is a space.
fn quoted_printable(text: &str, words: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'=' if i + 2 < bytes.len() && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("3F");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 3;
            }
            b'_' if words => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// RFC 2047 encoded words in a header: `=?UTF-8?B?...?=` and `=?UTF-8?Q?...?=`.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("=?") {
        let word = &rest[start + 2..];
        let parsed = word.split_once('?').and_then(|(_charset, r)| {
            let (kind, r) = r.split_once('?')?;
            let (data, after) = r.split_once("?=")?;
            let text = match kind.to_ascii_uppercase().as_str() {
                "B" => {
                    String::from_utf8_lossy(&base64::engine::general_purpose::STANDARD.decode(data).ok()?).into_owned()
                }
                "Q" => quoted_printable(data, true),
                _ => return None,
            };
            Some((text, after))
        });
        match parsed {
            Some((text, after)) => {
                let before = &rest[..start];
                // White space between two encoded words is not part of the text.
                if !before.trim().is_empty() || out.is_empty() {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = after;
            }
            None => {
                out.push_str(&rest[..start + 2]);
                rest = word;
            }
        }
    }
    out.push_str(rest);
    out
}

/// HTML without its tags, scripts and styles; entities for the common characters.
fn strip_tags(html: &str) -> String {
    // Lower-cased once for finding tags: ASCII lower-casing keeps every byte offset.
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(open) = lower[at..].find('<').map(|o| at + o) {
        out.push_str(&html[at..open]);
        let tag = &lower[open..];
        let skip_to = if tag.starts_with("<script") {
            "</script>"
        } else if tag.starts_with("<style") {
            "</style>"
        } else {
            ">"
        };
        if tag.starts_with("<br") || tag.starts_with("<p") || tag.starts_with("<div") || tag.starts_with("</p") {
            out.push('\n');
        }
        at = tag.find(skip_to).map_or(html.len(), |end| open + end + skip_to.len());
    }
    out.push_str(&html[at..]);
    for (entity, c) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
    {
        out = out.replace(entity, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_is_title_text_and_link_once_each() {
        assert_eq!(
            shared_text("Job", "Job in Bangkok, free visa", "https://t.me/x"),
            "Job in Bangkok, free visa\nhttps://t.me/x"
        );
        assert_eq!(
            shared_text("Offer", "Free visa, see https://t.me/x", "https://t.me/x"),
            "Offer\nFree visa, see https://t.me/x"
        );
        assert_eq!(shared_text("", "  ", ""), "");
    }

    #[test]
    fn plain_text_files_in_utf8_and_utf16() {
        let t = file_text("offer.txt", "text/plain", "Việc nhẹ lương cao".as_bytes(), 22).unwrap();
        assert_eq!(t, FileText { text: "Việc nhẹ lương cao".into(), cut: false });
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("ค่าจ้างสูง".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(file_text("a.txt", "", &utf16, utf16.len()).unwrap().text, "ค่าจ้างสูง");
        let bom = [&[0xEF, 0xBB, 0xBF][..], b"hello"].concat();
        assert_eq!(file_text("a.txt", "", &bom, 8).unwrap().text, "hello");
    }

    #[test]
    fn a_partial_read_drops_the_cut_character_and_says_so() {
        let bytes = "visa ✈".as_bytes();
        let t = file_text("a.txt", "text/plain", &bytes[..bytes.len() - 1], 50_000_000).unwrap();
        assert_eq!(t, FileText { text: "visa ".into(), cut: true });
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        assert_eq!(file_text("a.png", "image/png", &png, 12), Err(FileProblem::NotText));
        let noise: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8 | 0x80).collect();
        assert_eq!(file_text("a.bin", "", &noise, noise.len()), Err(FileProblem::NotText));
        assert_eq!(file_text("a.txt", "text/plain", b" \n\t ", 4), Err(FileProblem::Empty));
    }

    #[test]
    fn an_email_gives_subject_sender_and_the_plain_text_part_decoded() {
        let eml = "From: HR <hr@example.com>\r\nSubject: =?UTF-8?B?Vmnhu4djIGzDoG0=?= abroad\r\n\
Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\r\nFree flight and visa, contact us on Tele=\r\ngram. Vi=E1=BB=87c\r\n\
--b1\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b1--\r\n";
        let t = file_text("offer.eml", "", eml.as_bytes(), eml.len()).unwrap().text;
        assert!(t.starts_with("Việc làm abroad\nHR <hr@example.com>\n\n"), "{t}");
        assert!(t.contains("contact us on Telegram. Việc"), "{t}");
        assert!(!t.contains("html"), "{t}");
    }

    #[test]
    fn an_html_only_email_loses_its_tags_and_scripts() {
        let eml = "Subject: Job\n\
Content-Type: text/html\nContent-Transfer-Encoding: base64\n\n\
PHA+Sm9iIGluIEJhbmdrb2s8L3A+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PjxwPmZyZWUgdmlzYSAmYW1wOyBmbGlnaHQ8L3A+";
        let t = file_text("x.eml", "message/rfc822", eml.as_bytes(), eml.len()).unwrap().text;
        assert!(t.contains("Job in Bangkok") && t.contains("free visa & flight"), "{t}");
        assert!(!t.contains("alert") && !t.contains('<'), "{t}");
    }
}
