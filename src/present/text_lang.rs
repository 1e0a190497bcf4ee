//! Which interface language a pasted text is written in, when it clearly is one: by its script
//! (Thai, Khmer, Burmese, Bengali, Urdu, Chinese), by marker words within a script shared by two
//! languages (Hindi and Nepali), and by common words among the Latin-script languages. Used to
//! offer the explanations in the text's own language; a guess that is not clear is no guess.

use super::i18n::Lang;

/// Scripts by code point: the interface language a script names on its own, or which
/// languages share it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Devanagari,
    /// A script of exactly one interface language.
    Only(&'static str),
    /// A script of languages the interface does not speak (Lao, Tamil, Japanese kana, Hangul...).
    Other,
}

fn script(c: char) -> Option<Script> {
    let s = match c as u32 {
        _ if c.is_ascii_alphabetic() => Script::Latin,
        0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Only("th"),
        0x1780..=0x17FF => Script::Only("km"),
        0x1000..=0x109F => Script::Only("my"),
        0x0980..=0x09FF => Script::Only("bn"),
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Only("ur"),
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Only("zh"),
        0x0E80..=0x0EFF | 0x0B80..=0x0BFF | 0x0D80..=0x0DFF | 0x1200..=0x137F | 0x3040..=0x30FF | 0xAC00..=0xD7AF => {
            Script::Other
        }
        _ => return None,
    };
    Some(s)
}

/// Common words of each Latin-script interface language: function words and the words of job offers. Indonesian and Malay share most of theirs, so
/// `id+ms` holds the shared ones and `id` and `ms` only the words that tell them apart.
/// Vietnamese also has its words typed without accents. A word counts once per occurrence.
const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "you", "your", "for", "with", "will", "are", "is", "our", "we", "us", "in", "on", "a", "job",
            "work", "salary", "contact", "please", "this", "to", "of", "no", "hiring",
        ],
    ),
    (
        "vi",
        &[
            "va", "cua", "khong", "ko", "duoc", "lam", "viec", "luong", "cac", "ban", "co", "cho", "nguoi", "mot",
            "la", "voi", "thang", "lien", "he", "anh", "em", "chi", "bao", "tuyen", "oi", "roi", "nha",
        ],
    ),
    (
        "id+ms",
        &[
            "yang",
            "dan",
            "untuk",
            "dengan",
            "tidak",
            "gaji",
            "kerja",
            "kami",
            "anda",
            "akan",
            "sudah",
            "bulan",
            "juga",
            "tanpa",
            "dari",
            "ini",
            "di",
            "ke",
            "hubungi",
            "dapat",
            "saya",
            "ada",
            "bekerja",
            "pekerjaan",
            "tiket",
            "adik",
            "semua",
            "dia",
            "kita",
            "orang",
            "pergi",
            "sampai",
            "baru",
            "dalam",
            "kepada",
            "setiap",
            "tolong",
            "kalau",
            "bawa",
            "nanti",
            "dulu",
            "keluar",
            "anak",
        ],
    ),
    (
        "id",
        &[
            "bisa",
            "saja",
            "aja",
            "kamu",
            "karena",
            "mau",
            "gratis",
            "silakan",
            "lowongan",
            "perusahaan",
            "uang",
            "pesawat",
            "nggak",
            "gak",
            "ga",
            "banget",
            "kalian",
            "rupiah",
            "rp",
            "juta",
            "jt",
            "rb",
            "kakak",
            "udah",
            "doang",
            "gede",
            "deket",
            "temen",
            "gimana",
            "kok",
            "sih",
            "dong",
            "pake",
            "kerjaan",
            "loker",
        ],
    ),
    (
        "ms",
        &[
            "boleh",
            "sahaja",
            "je",
            "awak",
            "kerana",
            "mahu",
            "nak",
            "percuma",
            "sila",
            "jawatan",
            "syarikat",
            "wang",
            "majikan",
            "tak",
            "ringgit",
            "rm",
            "sebulan",
            "kosong",
            "encik",
            "lepas",
            "semalam",
            "kekosongan",
            "kat",
            "ni",
            "tu",
            "dah",
            "macam",
            "lah",
            "sikit",
            "cuti",
            "kenapa",
            "kau",
            "korang",
        ],
    ),
    (
        "fil",
        &[
            "ang", "ng", "mga", "sa", "po", "ikaw", "ka", "trabaho", "na", "ako", "kami", "namin", "kayo", "hindi",
            "lang", "may", "para", "sahod", "buwan", "ito",
        ],
    ),
    (
        "sw",
        &[
            "na",
            "ya",
            "kwa",
            "wa",
            "kazi",
            "mshahara",
            "hii",
            "ni",
            "za",
            "katika",
            "kama",
            "sisi",
            "wewe",
            "bila",
            "mwezi",
            "tafadhali",
            "nchini",
            "hakuna",
            "kuna",
            "yangu",
            "kila",
        ],
    ),
];

/// Hindi writes its postpositions and auxiliaries as words (में, का, है); Nepali joins its
/// postpositions to the word (थाइल्याण्डमा, कम्पनीले) and ends its verbs in छ, छन्, पर्छ.
const HINDI_WORDS: &[&str] =
    &["है", "हैं", "हूँ", "था", "थे", "में", "का", "की", "के", "ने", "से", "और", "नहीं", "आप", "करें", "लिए", "सकते"];
const NEPALI_ENDINGS: &[&str] =
    &["मा", "ले", "बाट", "लाई", "छ", "छन्", "छौं", "पर्छ", "हुन्छ", "दैन", "दैनन्", "नुहोस्", "नु", "होइन", "थियो", "हुँदै"];

/// Hindi or Nepali, for a text in Devanagari: whichever grammar it has more of (Hindi on a tie).
fn hindi_or_nepali(text: &str) -> &'static str {
    let words: Vec<&str> = text
        .split(|c: char| !matches!(c, '\u{0900}'..='\u{0963}' | '\u{0971}'..='\u{097F}'))
        .filter(|w| !w.is_empty())
        .collect();
    let hindi = words.iter().filter(|w| HINDI_WORDS.contains(w)).count();
    let nepali = words
        .iter()
        .filter(|w| NEPALI_ENDINGS.iter().any(|e| w.ends_with(e) && (w.len() > e.len() || ["छ", "छन्"].contains(e))))
        .count();
    if nepali > hindi {
        "ne"
    } else {
        "hi"
    }
}

fn word_score(text: &str, lang: &str) -> usize {
    let Some((_, words)) = WORDS.iter().find(|(l, _)| *l == lang) else { return 0 };
    let lower = text.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| words.contains(w)).count()
}

/// The best of `langs` by common words, if it has at least `min` and clearly more than the next.
fn by_words(text: &str, langs: &[&'static str], min: usize) -> Option<&'static str> {
    if langs.len() == 1 {
        return Some(langs[0]);
    }
    let mut scores: Vec<(usize, &'static str)> = langs.iter().map(|l| (word_score(text, l), *l)).collect();
    scores.sort_by_key(|s| std::cmp::Reverse(s.0));
    let (best, lang) = scores[0];
    let next = scores.get(1).map_or(0, |s| s.0);
    (best >= min && best * 2 > next * 3).then_some(lang)
}

/// How much of a text its language is told by: its start.
const SAMPLE_BYTES: usize = 20_000;

/// The interface language the text is clearly written in (its first [`SAMPLE_BYTES`]), if any.
pub fn guess(text: &str) -> Option<Lang> {
    let text = crate::engine::clip(text, SAMPLE_BYTES);
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut total = 0;
    for c in text.chars() {
        if let Some(s) = script(c) {
            total += 1;
            match counts.iter_mut().find(|(k, _)| *k == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    // A script other than Latin decides when it has a quarter of the letters: offers in Burmese
    // or Thai often carry English words, amounts and handles.
    let main = counts.iter().find(|(s, n)| *s != Script::Latin && *n >= 12 && n * 4 >= total).or(counts.first());
    // Japanese writes kana among its Chinese characters.
    let kana = text.chars().filter(|c| matches!(*c as u32, 0x3040..=0x30FF)).count();
    let code = match main? {
        (Script::Only("zh"), _) if kana >= 2 => None,
        (Script::Only(code), _) => Some(*code),
        (Script::Devanagari, _) => Some(hindi_or_nepali(text)),
        (Script::Latin, n) if *n >= 20 => {
            // Vietnamese is told by its letters before its words.
            let viet = text
                .chars()
                .filter(|c| {
                    "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                        .contains(c.to_lowercase().next().unwrap_or(*c))
                })
                .count();
            match by_words(text, &["en", "vi", "id+ms", "fil", "sw"], 3) {
                _ if viet * 20 >= *n => Some("vi"),
                Some("id+ms") => by_words(text, &["id", "ms"], 1),
                other => other,
            }
        }
        _ => None,
    };
    code.and_then(Lang::from_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&'static str> {
        guess(text).map(Lang::code)
    }

    #[test]
    fn each_language_is_told_by_its_script_or_words() {
        let cases = [
            ("Hiring customer service staff in Bangkok, salary $1500, contact us on Telegram.", Some("en")),
            ("Tuyển nhân viên chăm sóc khách hàng tại Campuchia, lương 1500 USD, liên hệ Telegram.", Some("vi")),
            ("Lowongan kerja di Kamboja, gaji besar, tiket pesawat gratis, silakan hubungi kami lewat Telegram.", Some("id")),
            ("Jawatan kosong di Kemboja, gaji lumayan, tiket kapal terbang percuma, sila hubungi kami di Telegram sahaja.", Some("ms")),
            ("May trabaho po sa Cambodia, malaki ang sahod, libre ang ticket, mag-message lang sa Telegram.", Some("fil")),
            ("Kuna kazi nchini Thailand, mshahara mzuri, tiketi bure, wasiliana nasi kwa Telegram tafadhali.", Some("sw")),
            ("थाईलैंड में कस्टमर सर्विस की नौकरी है, वेतन अच्छा है, आप टेलीग्राम पर संपर्क करें।", Some("hi")),
            ("थाइल्यान्डमा ग्राहक सेवाको काम छ, तलब राम्रो छ, तपाईं टेलिग्राममा सम्पर्क गर्नुहोस्।", Some("ne")),
            ("ថៅកែត្រូវការបុគ្គលិកផ្នែកសេវាអតិថិជន ប្រាក់ខែ 1500 USD ទាក់ទង Telegram", Some("km")),
            ("ထိုင်းမှာ customer service အလုပ် လစာ 1500 USD Telegram ကနေ ဆက်သွယ်ပါ", Some("my")),
            ("รับสมัครพนักงานบริการลูกค้า เงินเดือนดี ติดต่อทาง Telegram", Some("th")),
            ("থাইল্যান্ডে কাস্টমার সার্ভিসের চাকরি, বেতন ভালো, টেলিগ্রামে যোগাযোগ করুন।", Some("bn")),
            ("تھائی لینڈ میں کسٹمر سروس کی نوکری، تنخواہ اچھی ہے، ٹیلیگرام پر رابطہ کریں۔", Some("ur")),
            ("柬埔寨客服工作，月薪1500美元，包吃包住，联系Telegram。", Some("zh")),
            ("カンボジアでカスタマーサービスの仕事、月給1500ドル。", None),
            ("ວຽກບໍລິການລູກຄ້າ ເງິນເດືອນດີ ຕິດຕໍ່ Telegram", None),
            ("Telegram @hr_asia 1500 USD", None),
            ("TUYEN GAP 20 BAN NAM NU DI CAMPUCHIA LAM CSKH ONLINE - Luong cung 15tr, bao an o, bao ve may bay", Some("vi")),
            ("Adik saya pergi kerja di Thailand bulan lepas, semalam dia kata tak boleh balik.", Some("ms")),
            ("Saya sudah kerja di sana, gajinya bisa sampai 15 juta, kamu mau ikut?", Some("id")),
            ("Kerja di luar negeri untuk anda dengan gaji yang baik dari kami.", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(code(text), want, "{text}");
        }
    }
}
