//! Money amounts with currency and period, in the forms people write: `$1,500`, `1.5k USD`,
//! `45,000฿`, `₱35k`, `15tr`, `Rp 8 juta`, `月薪2万`, `1 lakh`, with a rough monthly US-dollar value.

use regex::{Captures, Regex};
use serde::Serialize;

use super::{at_word_edges, Found};
use crate::rules::facts::{MONEY as TAG, MONEY_HIGH_DAILY as TAG_HIGH_DAILY, MONEY_HIGH_MONTHLY as TAG_HIGH_MONTHLY};

const HIGH_MONTHLY_USD: f64 = 1000.0;
const HIGH_DAILY_USD: f64 = 100.0;
const HIGH_HOURLY_USD: f64 = 40.0;

/// An amount as written, read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    pub amount: f64,
    /// ISO 4217 code.
    pub currency: &'static str,
    /// `hour`, `day`, `week`, `month` or `year`, when the text says.
    pub period: Option<&'static str>,
    /// Rough value in US dollars a month, when the period is known.
    pub usd_per_month: Option<f64>,
}

const PATTERN: &str = r"(?x)
(?P<pre>月薪|月入|薪资|底薪|日薪|时薪|เงินเดือน|เดือนละ|วันละ|us\ ?\$|s\$|\$|usd|₱|php|₹|rs\.?|inr|฿|thb|rp\.?|idr|€|eur|£|gbp|rm|myr|₫|vnd|ksh\.?|kes|npr|rmb|cny|¥|sgd)?
\ ?
(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?:\.[0-9]{3}){2,}|[0-9]+(?:[.,][0-9]+)?)
(?P<mult>k|m|tr|jt|rb|w|万|千|\ ?(?:millions?|mn|trieu|juta|lakhs?|lac|crores?|ribu|nghin|ngan))?
(?P<post>\ ?(?:฿|\$|€|£|元|块|บาท|usd|us\ dollars?|dollars?|php|pesos?|inr|rupees?|baht|thb|idr|rupiah|rp|euros?|eur|gbp|myr|ringgit|rm|vnd|dong|ksh|kes|shillings?|npr|rmb|cny|yuan|sgd)|d|₫)?
(?P<period>\ ?(?:/\ ?|per\ |a\ |an\ |each\ |moi\ |ต่อ)?(?:monthly|months?|mo|weekly|weeks?|wk|daily|days?|hourly|hours?|hr|yearly|years?|yr|annum|annually|thang|ngay|bulan|hari|เดือน|วัน|月|天|日|小时))?
";

pub struct MoneyExtractor {
    re: Regex,
}

impl MoneyExtractor {
    pub fn new() -> Self {
        MoneyExtractor { re: Regex::new(PATTERN).expect("money pattern compiles") }
    }

    pub fn extract(&self, text: &str) -> Vec<Found> {
        let mut out = Vec::new();
        for caps in self.re.captures_iter(text) {
            let m = caps.get(0).expect("whole match");
            let start = m.end() - m.as_str().trim_start().len();
            let (mut end, mut with_period) = (m.end(), true);
            if !at_word_edges(text, start, end) {
                // "$500 more": the period alternative took the start of a word; retry without it.
                match caps.name("period") {
                    Some(p) if at_word_edges(text, start, p.start()) => (end, with_period) = (p.start(), false),
                    _ => continue,
                }
            }
            let Some(money) = read(&caps, with_period) else { continue };
            let mut push = |tag| out.push(Found { tag, start, end, money: Some(money.clone()) });
            push(TAG);
            if money.usd_per_month.is_some_and(|v| v >= HIGH_MONTHLY_USD) {
                push(TAG_HIGH_MONTHLY);
            }
            let usd = money.amount * rate(money.currency);
            if (money.period == Some("day") && usd >= HIGH_DAILY_USD)
                || (money.period == Some("hour") && usd >= HIGH_HOURLY_USD)
            {
                push(TAG_HIGH_DAILY);
            }
        }
        out
    }
}

impl Default for MoneyExtractor {
    fn default() -> Self {
        Self::new()
    }
}

fn read(caps: &Captures, with_period: bool) -> Option<Money> {
    let get = |name| caps.name(name).map(|m| m.as_str().trim());
    let pre = get("pre");
    let post = get("post");
    let mult = get("mult");
    let (multiplier, implied) = match mult {
        Some("k" | "nghin" | "ngan" | "千") => (1e3, None),
        Some("ribu" | "rb") => (1e3, Some("IDR")),
        Some("m" | "mn" | "million" | "millions") => (1e6, None),
        Some("tr" | "trieu") => (1e6, Some("VND")),
        Some("jt" | "juta") => (1e6, Some("IDR")),
        Some("lakh" | "lakhs" | "lac") => (1e5, Some("INR")),
        Some("crore" | "crores") => (1e7, Some("INR")),
        Some("万" | "w") => (1e4, Some("CNY")),
        _ => (1.0, None),
    };
    let currency = pre.and_then(currency_of).or_else(|| post.and_then(currency_of)).or(implied)?;
    let amount = parse_number(get("num")?)? * multiplier;
    let period = match pre {
        Some("月薪" | "月入" | "薪资" | "底薪" | "เงินเดือน" | "เดือนละ") => {
            Some("month")
        }
        Some("日薪" | "วันละ") => Some("day"),
        Some("时薪") => Some("hour"),
        _ => get("period").filter(|_| with_period).map(period_of),
    };
    let usd_per_month = period.map(|p| amount * rate(currency) * per_month(p));
    Some(Money { amount, currency, period, usd_per_month })
}

fn currency_of(token: &str) -> Option<&'static str> {
    Some(match token.trim_end_matches('.') {
        "$" | "us$" | "us $" | "usd" | "us dollar" | "us dollars" | "dollar" | "dollars" => "USD",
        "₱" | "php" | "peso" | "pesos" => "PHP",
        "₹" | "rs" | "inr" | "rupee" | "rupees" => "INR",
        "฿" | "thb" | "baht" | "บาท" | "เงินเดือน" | "เดือนละ" | "วันละ" => {
            "THB"
        }
        "rp" | "idr" | "rupiah" => "IDR",
        "€" | "eur" | "euro" | "euros" => "EUR",
        "£" | "gbp" => "GBP",
        "rm" | "myr" | "ringgit" => "MYR",
        "₫" | "vnd" | "dong" | "d" => "VND",
        "ksh" | "kes" | "shilling" | "shillings" => "KES",
        "npr" => "NPR",
        "rmb" | "cny" | "¥" | "yuan" | "元" | "块" | "月薪" | "月入" | "薪资" | "底薪" | "日薪" | "时薪" => {
            "CNY"
        }
        "s$" | "sgd" => "SGD",
        _ => return None,
    })
}

/// Rough US dollars per unit, only to compare pay across currencies; not for money decisions.
fn rate(currency: &str) -> f64 {
    match currency {
        "USD" => 1.0,
        "PHP" => 0.017,
        "INR" => 0.012,
        "THB" => 0.029,
        "IDR" => 0.000_062,
        "EUR" => 1.08,
        "GBP" => 1.27,
        "MYR" => 0.22,
        "VND" => 0.000_039,
        "KES" => 0.0077,
        "NPR" => 0.0075,
        "CNY" => 0.14,
        "SGD" => 0.75,
        _ => 0.0,
    }
}

fn period_of(token: &str) -> &'static str {
    let word = token.trim().rsplit([' ', '/']).next().unwrap_or("").trim_start_matches("ต่อ");
    match word {
        "hour" | "hours" | "hourly" | "hr" | "小时" => "hour",
        "day" | "days" | "daily" | "ngay" | "hari" | "วัน" | "天" | "日" => "day",
        "week" | "weeks" | "weekly" | "wk" => "week",
        "year" | "years" | "yearly" | "yr" | "annum" | "annually" => "year",
        _ => "month",
    }
}

fn per_month(period: &str) -> f64 {
    match period {
        "hour" => 160.0,
        "day" => 22.0,
        "week" => 4.33,
        "year" => 1.0 / 12.0,
        _ => 1.0,
    }
}

/// Reads `1,500`, `1.500.000`, `1.5`, `2,5` (decimal comma).
fn parse_number(s: &str) -> Option<f64> {
    let groups: Vec<&str> = s.split([',', '.']).collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    let cleaned = if thousands && !(s.contains(',') && s.contains('.')) {
        s.replace([',', '.'], "")
    } else if s.contains(',') && s.contains('.') {
        s.replace(',', "")
    } else {
        s.replace(',', ".")
    };
    cleaned.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::normalize::normalize;

    fn money(s: &str) -> Vec<(f64, &'static str, Option<&'static str>)> {
        let t = normalize(s).text;
        MoneyExtractor::new()
            .extract(&t)
            .into_iter()
            .filter(|f| f.tag == TAG)
            .map(|f| f.money.map(|m| (m.amount, m.currency, m.period)).unwrap())
            .collect()
    }

    #[test]
    fn reads_the_forms_people_write() {
        assert_eq!(money("Salary $1,500 per month"), vec![(1500.0, "USD", Some("month"))]);
        assert_eq!(money("1.5k USD/month"), vec![(1500.0, "USD", Some("month"))]);
        assert_eq!(money("45,000฿ ต่อเดือน"), vec![(45000.0, "THB", Some("month"))]);
        assert_eq!(money("₱35k monthly"), vec![(35000.0, "PHP", Some("month"))]);
        assert_eq!(money("lương 15tr/tháng"), vec![(15e6, "VND", Some("month"))]);
        assert_eq!(money("gaji Rp 8 juta"), vec![(8e6, "IDR", None)]);
        assert_eq!(money("月薪2万"), vec![(2e4, "CNY", Some("month"))]);
        assert_eq!(money("1 lakh salary"), vec![(1e5, "INR", None)]);
        assert_eq!(money("15.000.000 VND"), vec![(15e6, "VND", None)]);
        assert_eq!(money("earn $300 a day"), vec![(300.0, "USD", Some("day"))]);
    }

    #[test]
    fn ignores_plain_numbers_and_words() {
        assert!(money("call 5 men at 10 am, room 1500").is_empty());
        assert!(money("farm 500 acres").is_empty());
        assert_eq!(money("$500 more"), vec![(500.0, "USD", None)]);
    }

    #[test]
    fn flags_high_daily_pay() {
        let t = normalize("Earn $300 a day from your phone").text;
        assert!(MoneyExtractor::new().extract(&t).iter().any(|f| f.tag == TAG_HIGH_DAILY));
        let t = normalize("$15 per hour").text;
        assert!(!MoneyExtractor::new().extract(&t).iter().any(|f| f.tag == TAG_HIGH_DAILY));
    }
}
