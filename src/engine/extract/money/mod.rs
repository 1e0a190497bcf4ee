//! Money amounts with currency and period, in the forms people write: `$1,500`, `1.5k USD`,
//! `45,000฿`, `₱35k`, `15tr`, `Rp 8 juta`, `月薪2万`, `월 300만원`, `1 lakh`, `1,50,000 टाका`,
//! `သိန်း ၂၀`, with a rough monthly US-dollar value. The words themselves are in `words`.

use std::collections::HashMap;

use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};

use super::{at_word_edges, Found};
use crate::engine::normalize::normalize_text;
use words::{
    high_daily, usd_rate, CURRENCIES, FRACTIONS, HALF_MORE, LEADING_MULTIPLIERS, MULTIPLIERS, PERIODS, PERIOD_LEADS,
    SALARY_WORDS,
};

mod words;
use crate::rules::facts::{
    MONEY as TAG, MONEY_DAILY as TAG_DAILY, MONEY_HIGH_DAILY as TAG_HIGH_DAILY, MONEY_HIGH_MONTHLY as TAG_HIGH_MONTHLY,
};

const HIGH_MONTHLY_USD: f64 = 1000.0;
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

/// [`Money`] read back from a report (the web app reads its checker thread's reports back).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MoneyRead {
    amount: f64,
    currency: String,
    period: Option<String>,
    usd_per_month: Option<f64>,
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let m = MoneyRead::deserialize(d)?;
        Ok(Money {
            amount: m.amount,
            currency: interned(m.currency),
            period: m.period.map(interned),
            usd_per_month: m.usd_per_month,
        })
    }
}

/// A currency code or period as a `&'static str`: the same few words every time, each kept once
/// for the life of the process.
fn interned(word: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static KEPT: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
    let kept = kept.get_or_insert_with(HashSet::new);
    match kept.get(word.as_str()) {
        Some(w) => w,
        None => {
            let w: &'static str = Box::leak(word.into_boxed_str());
            kept.insert(w);
            w
        }
    }
}

/// One word of a money table, normalized like the text, with what it means.
type Table<T> = HashMap<String, T>;

fn table<T: Copy>(rows: impl IntoIterator<Item = (&'static str, T)>) -> Table<T> {
    rows.into_iter().map(|(word, meaning)| (normalize_text(word), meaning)).collect()
}

/// `(a|b|...)` of normalized words, longest first (a regex alternation takes the first that fits).
fn alternation<'a>(words: impl IntoIterator<Item = &'a String>) -> String {
    let mut words: Vec<&String> = words.into_iter().collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    format!("(?:{})", escaped.join("|"))
}

pub struct MoneyExtractor {
    re: Regex,
    currencies: Table<&'static str>,
    salary: Table<(Option<&'static str>, &'static str)>,
    leading: Table<(f64, Option<&'static str>)>,
    multipliers: Table<(f64, Option<&'static str>)>,
    fractions: Table<f64>,
    periods: Table<&'static str>,
}

impl MoneyExtractor {
    pub fn new() -> Self {
        let currencies = table(CURRENCIES.iter().copied());
        let salary = table(SALARY_WORDS.iter().map(|&(w, c, p)| (w, (c, p))));
        let leading = table(LEADING_MULTIPLIERS.iter().map(|&(w, m, c)| (w, (m, c))));
        let multipliers = table(MULTIPLIERS.iter().map(|&(w, m, c)| (w, (m, c))));
        let fractions = table(FRACTIONS.iter().copied());
        let half_more: Vec<String> = HALF_MORE.iter().map(|w| normalize_text(w)).collect();
        let periods = table(PERIODS.iter().copied());
        // Short Latin multipliers ("5k", "2m", "1.2l") only count glued to the number: "50 m" is
        // a distance.
        let (glued, spaced): (Vec<&String>, Vec<&String>) =
            multipliers.keys().partition(|w| w.len() <= 2 && w.is_ascii());
        // "15.000.000d" is dong; "400 daily" is not.
        let (glued_post, spaced_post): (Vec<&String>, Vec<&String>) =
            currencies.keys().partition(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic()));
        let leads: Vec<String> = PERIOD_LEADS.iter().map(|l| regex::escape(l)).collect();
        let pattern = format!(
            r"(?:(?P<salary>{salary})\ ?)?(?P<pre>{pre})?\ ?(?:(?P<lead>{lead})\ ?)?(?:(?P<frac>{fractions})|(?P<half>{half}\ ?)?(?P<num>[0-9]{{1,2}}(?:,[0-9]{{2}})+,[0-9]{{3}}|[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]{{1,3}}(?:\.[0-9]{{3}}){{2,}}|[0-9]+(?:[.,][0-9]+)?))(?P<mult>{glued}|\ ?{spaced})?(?P<post>{glued_post}|\ ?{post})?(?P<period>\ ?(?:{leads})?(?P<pword>{periods}))?",
            salary = alternation(salary.keys()),
            pre = alternation(currencies.keys()),
            lead = alternation(leading.keys()),
            fractions = alternation(fractions.keys()),
            half = alternation(half_more.iter()),
            glued = alternation(glued),
            spaced = alternation(spaced),
            glued_post = alternation(glued_post),
            post = alternation(spaced_post),
            leads = leads.join("|"),
            periods = alternation(periods.keys()),
        );
        let re = Regex::new(&pattern).expect("money pattern compiles");
        MoneyExtractor { re, currencies, salary, leading, multipliers, fractions, periods }
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
            let Some(money) = self.read(&caps, with_period) else { continue };
            let mut push = |tag| out.push(Found { tag, start, end, money: Some(money.clone()) });
            push(TAG);
            if money.usd_per_month.is_some_and(|v| v >= HIGH_MONTHLY_USD) {
                push(TAG_HIGH_MONTHLY);
            }
            if money.period == Some("day") {
                push(TAG_DAILY);
            }
            let usd = money.amount * usd_rate(money.currency);
            if (money.period == Some("day") && money.amount >= high_daily(money.currency))
                || (money.period == Some("hour") && usd >= HIGH_HOURLY_USD)
            {
                push(TAG_HIGH_DAILY);
            }
        }
        out
    }

    fn read(&self, caps: &Captures, with_period: bool) -> Option<Money> {
        let get = |name| caps.name(name).map(|m| m.as_str().trim());
        let (pre, post, mult) = (get("pre"), get("post"), get("mult"));
        let currency_of = |w: Option<&str>| w.and_then(|w| self.currencies.get(w)).copied();
        let salary = get("salary").and_then(|p| self.salary.get(p)).copied();
        let leading = get("lead").and_then(|p| self.leading.get(p)).copied();
        let (multiplier, implied) = match (mult.and_then(|m| self.multipliers.get(m)), leading) {
            (Some(&m), _) | (None, Some(m)) => m,
            (None, None) => (1.0, None),
        };
        // "1.2l" is 1.2 lakh only beside a currency: alone it is more likely litres.
        if mult == Some("l") && currency_of(pre).is_none() && currency_of(post).is_none() {
            return None;
        }
        // A currency after the number is the more specific ("¥50万円" is yen).
        let currency = currency_of(post).or(currency_of(pre)).or(salary.and_then(|s| s.0)).or(implied)?;
        // A count in words ("डेढ़") or "half more" ("साढ़े 3") needs a multiplier: "डेढ़ लाख".
        let count = match get("frac") {
            Some(word) if mult.is_some() => *self.fractions.get(word)?,
            Some(_) => return None,
            None if get("half").is_some() && mult.is_none() => return None,
            None => parse_number(get("num")?)? + if get("half").is_some() { 0.5 } else { 0.0 },
        };
        let amount = count * multiplier;
        let period = match salary {
            Some((_, period)) => Some(period),
            None => get("pword").filter(|_| with_period).and_then(|w| self.periods.get(w)).copied(),
        };
        let usd_per_month = period.map(|p| amount * usd_rate(currency) * per_month(p));
        Some(Money { amount, currency, period, usd_per_month })
    }
}

impl Default for MoneyExtractor {
    fn default() -> Self {
        Self::new()
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

/// Reads `1,500`, `1.500.000`, `1.5`, `2,5` (decimal comma), `1,50,000` (Indian grouping).
fn parse_number(s: &str) -> Option<f64> {
    let groups: Vec<&str> = s.split([',', '.']).collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    let indian = groups.len() > 2
        && !s.contains('.')
        && groups.last().is_some_and(|g| g.len() == 3)
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2);
    let cleaned = if (thousands && !(s.contains(',') && s.contains('.'))) || indian {
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
        assert_eq!(money("1 lakh salary"), vec![(1e5, "INR", Some("month"))]);
        assert_eq!(money("15.000.000 VND"), vec![(15e6, "VND", None)]);
        assert_eq!(money("earn $300 a day"), vec![(300.0, "USD", Some("day"))]);
    }

    #[test]
    fn reads_the_forms_of_asia_and_africa() {
        assert_eq!(money("월 300만원"), vec![(3e6, "KRW", Some("month"))]);
        assert_eq!(money("月収50万円"), vec![(5e5, "JPY", Some("month"))]);
        assert_eq!(money("¥50万円"), vec![(5e5, "JPY", None)]);
        assert_eq!(money("月薪1200美金"), vec![(1200.0, "USD", Some("month"))]);
        assert_eq!(money("月薪NT$45,000"), vec![(45000.0, "TWD", Some("month"))]);
        assert_eq!(money("gaji RM 3,500 sebulan"), vec![(3500.0, "MYR", Some("month"))]);
        assert_eq!(money("RM8k sebulan"), vec![(8000.0, "MYR", Some("month"))]);
        // A digit between letters is not read as a swapped letter here.
        assert_eq!(money("gaji RM5k sebulan"), vec![(5000.0, "MYR", Some("month"))]);
        assert_eq!(money("1.200 USD/bln"), vec![(1200.0, "USD", Some("month"))]);
        assert_eq!(money("تنخواہ 1200 ڈالر ماہانہ"), vec![(1200.0, "USD", Some("month"))]);
        assert_eq!(money("ဒေါ်လာ ၁၀၀၀"), vec![(1000.0, "USD", None)]);
        assert_eq!(money("तलब १२०० डलर"), vec![(1200.0, "USD", None)]);
        assert_eq!(money("1200 USD mahina"), vec![(1200.0, "USD", Some("month"))]);
        assert_eq!(money("1500$ salary"), vec![(1500.0, "USD", Some("month"))]);
        assert_eq!(money("80 हजार रुपये महीना"), vec![(80000.0, "INR", Some("month"))]);
        assert_eq!(money("তনখা ৳৫০,০০০ মাসে"), vec![(50000.0, "BDT", Some("month"))]);
        assert_eq!(money("₹1,50,000 प्रति माह"), vec![(150000.0, "INR", Some("month"))]);
        assert_eq!(money("2 लाख महीना"), vec![(2e5, "INR", Some("month"))]);
        assert_eq!(money("تنخواہ ۲ لاکھ روپے ماہانہ"), vec![(2e5, "PKR", Some("month"))]);
        assert_eq!(money("salary 1.2L rs monthly"), vec![(1.2e5, "INR", Some("month"))]);
        assert_eq!(money("mshahara KSh 80,000 kwa mwezi"), vec![(80000.0, "KES", Some("month"))]);
        assert_eq!(money("ደሞዝ 40,000 ብር በወር"), vec![(40000.0, "ETB", Some("month"))]);
        assert_eq!(money("pay ₦85,000 into this account"), vec![(85000.0, "NGN", None)]);
        assert_eq!(money("salary 450,000 naira monthly"), vec![(450000.0, "NGN", Some("month"))]);
        assert_eq!(money("GH₵ 3,000 a month"), vec![(3000.0, "GHS", Some("month"))]);
        assert_eq!(money("လစာ သိန်း ၂၀"), vec![(2e6, "MMK", Some("month"))]);
        assert_eq!(money("ប្រាក់ខែ 1000$"), vec![(1000.0, "USD", None)]);
        assert_eq!(money("ເງິນເດືອນ 15 ລ້ານກີບ"), vec![(15e6, "LAK", None)]);
        assert_eq!(money("රු 150,000 මසකට"), vec![(150000.0, "LKR", Some("month"))]);
    }

    #[test]
    fn reads_counts_written_as_words_before_lakh() {
        assert_eq!(money("तनख्वाह डेढ़ लाख महीना"), vec![(1.5e5, "INR", Some("month"))]);
        assert_eq!(money("salary dhai lakh monthly"), vec![(2.5e5, "INR", Some("month"))]);
        assert_eq!(money("সাড়ে 3 লাখ টাকা"), vec![(3.5e5, "BDT", None)]);
        assert_eq!(money("ڈیڑھ لاکھ روپے"), vec![(1.5e5, "PKR", None)]);
        assert!(money("डेढ़ घंटे").is_empty(), "a count in words without a multiplier is not money");
        assert!(money("sawa 5 baje").is_empty());
    }

    #[test]
    fn a_lone_l_after_a_number_is_not_lakh() {
        assert!(money("2l water").is_empty());
        assert_eq!(money("£150-£400 daily"), vec![(150.0, "GBP", None), (400.0, "GBP", Some("day"))]);
    }

    #[test]
    fn ignores_plain_numbers_and_words() {
        assert!(money("call 5 men at 10 am, room 1500").is_empty());
        assert!(money("farm 500 acres").is_empty());
        assert_eq!(money("$500 more"), vec![(500.0, "USD", None)]);
    }

    #[test]
    fn a_high_days_pay_is_high_where_the_currency_is_paid() {
        let high = |text: &str| {
            let t = normalize(text).text;
            MoneyExtractor::new().extract(&t).iter().any(|f| f.tag == TAG_HIGH_DAILY)
        };
        for text in [
            "Rp1.500.000 per hari",
            "RM800 sehari",
            "₹2,500 per day",
            "2.000.000đ/ngày",
            "500 baht... 2,000 baht a day",
            "Ksh 5,000 kwa siku",
        ] {
            assert!(high(text), "{text}");
        }
        for text in
            ["Rp150.000 per hari", "RM60 sehari", "₹600 per day", "$40 a day", "300.000đ/ngày", "Ksh 800 kwa siku"]
        {
            assert!(!high(text), "{text}");
        }
    }

    #[test]
    fn a_period_word_before_the_amount_gives_its_period() {
        assert_eq!(money("মাসে ১২০০ ডলার"), vec![(1200.0, "USD", Some("month"))]);
        assert_eq!(money("तलब महिनाको 1200 डलर"), vec![(1200.0, "USD", Some("month"))]);
        assert_eq!(money("每天赚500元"), vec![(500.0, "CNY", Some("day"))]);
        assert_eq!(money("kila siku KSh 3,000"), vec![(3000.0, "KES", Some("day"))]);
        assert_eq!(money("রোজ 500 টাকা"), vec![(500.0, "BDT", None)]);
        assert_eq!(money("2000 rupaye roz"), vec![(2000.0, "INR", Some("day"))]);
        assert_eq!(money("3000 روپئے"), vec![(3000.0, "PKR", None)]);
    }

    #[test]
    fn flags_high_daily_pay() {
        let t = normalize("Earn $300 a day from your phone").text;
        assert!(MoneyExtractor::new().extract(&t).iter().any(|f| f.tag == TAG_HIGH_DAILY));
        let t = normalize("$15 per hour").text;
        assert!(!MoneyExtractor::new().extract(&t).iter().any(|f| f.tag == TAG_HIGH_DAILY));
    }
}
