//! The `secondlook` CLI contract: check (human, --json, --jsonl), rules, eval, and exit code 2
//! with a one-line reason on bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_secondlook"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("secondlook runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const LURE: &str = "Customer service job in Bangkok, free flight and visa. You will travel on a tourist visa. \
Pay the processing fee to our agent on Telegram @hr_jobs today.";

#[test]
fn check_reads_stdin_and_explains() {
    let o = run(&["check"], LURE.as_bytes());
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("HIGH"), "{out}");
    assert!(out.contains("\"tourist visa\""), "{out}");
    assert!(out.contains("Source: "), "{out}");
    let verdict = out.lines().next().unwrap_or("").to_lowercase();
    assert!(!verdict.split(|c: char| !c.is_alphanumeric()).any(|w| w == "safe"), "{verdict}");
}

#[test]
fn check_json_is_the_report() {
    let o = run(&["check", "--json"], LURE.as_bytes());
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["level"], "high");
    assert!(v["rulesetVersion"].as_str().is_some_and(|s| !s.is_empty()));
    let spans = &v["signals"][0]["spans"][0];
    let (start, end) = (spans["start"].as_u64().unwrap() as usize, spans["end"].as_u64().unwrap() as usize);
    assert_eq!(&LURE[start..end], spans["text"].as_str().unwrap());
}

#[test]
fn jsonl_gives_one_line_per_input_line() {
    let input = format!(
        "{}\n\n{}\n",
        serde_json::json!({"id": "a", "text": LURE}),
        serde_json::json!({"id": 7, "text": "See you at lunch tomorrow?"})
    );
    let o = run(&["check", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["level"], "high");
    assert!(lines[0]["signals"].as_array().unwrap().iter().any(|s| s["rule"].is_string()));
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["level"], "low");
    assert_eq!(lines[1]["distress"], false);
}

#[test]
fn bad_input_exits_2_with_one_line() {
    for (args, input) in [
        (vec!["check", "--jsonl"], b"{\"id\": 1, \"text\": \"ok\"}\nnot json\n".to_vec()),
        (vec!["check", "--jsonl"], b"{\"id\": 1}\n".to_vec()),
        (vec!["check"], vec![0xff, 0xfe, 0x00]),
        (vec!["check", "/nonexistent/offer.txt"], Vec::new()),
    ] {
        let o = run(&args, &input);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(o.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.starts_with("secondlook: "), "{err}");
    }
}

#[test]
fn rules_lists_every_rule() {
    let o = run(&["rules", "--json"], b"");
    assert!(o.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert!(rows.len() >= 60, "{} rules", rows.len());
    assert!(rows.iter().all(|r| r["sources"].as_array().is_some_and(|s| !s.is_empty())));
}

#[test]
fn eval_prints_rates_per_label() {
    let dir = std::env::temp_dir().join(format!("secondlook-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("labelled.jsonl");
    let lines = [
        serde_json::json!({"id": 1, "label": "legit", "text": "Nurse wanted at City Hospital, apply on our site."}),
        serde_json::json!({"id": 2, "label": "scam", "text": LURE}),
    ];
    std::fs::write(&file, lines.iter().map(|l| l.to_string() + "\n").collect::<String>()).unwrap();
    let o = run(&["eval", file.to_str().unwrap()], b"");
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("false positives on legit: 0.0% at medium or high"), "{out}");
    assert!(out.contains("recall on scam: 100.0%"), "{out}");
}

#[test]
fn eval_adds_a_table_per_language() {
    let dir = std::env::temp_dir().join(format!("secondlook-eval-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.jsonl"), dir.join("b.jsonl"));
    std::fs::write(&a, serde_json::json!({"id": 1, "lang": "en", "label": "scam", "text": LURE}).to_string() + "\n")
        .unwrap();
    let held = "Mẹ ơi, bọn họ giữ hộ chiếu của con rồi, không cho con về, họ đánh con.";
    std::fs::write(
        &b,
        serde_json::json!({"id": 2, "lang": "vi", "label": "distress", "text": held}).to_string() + "\n",
    )
    .unwrap();
    let o = run(&["eval", a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    let row = |name: &str| out.lines().find(|l| l.starts_with(name)).map(str::to_string);
    assert!(row("en scam").is_some_and(|r| r.contains("100.0%")), "{out}");
    assert!(row("vi distress").is_some_and(|r| r.trim_end().ends_with("100.0%")), "{out}");
}

#[test]
fn test_rules_runs_every_example_and_names_failures() {
    let o = run(&["test-rules"], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    assert!(stdout(&o).trim_end().ends_with(", 0 failed"), "{}", stdout(&o));

    // A copy of the rules where one example cannot fire: the command names it and exits 2.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let dir = std::env::temp_dir().join(format!("secondlook-rules-{}", std::process::id()));
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        for entry in walk(from) {
            let rel = entry.strip_prefix(from).unwrap();
            let target = to.join(rel);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&entry, &target).unwrap();
        }
    };
    copy(&root, &dir);
    let pack = dir.join("any").join("job.toml");
    let text = std::fs::read_to_string(&pack).unwrap();
    std::fs::write(&pack, text.replace("\"Good job [overseas] for young people.\"", "\"A [quiet] day at home.\""))
        .unwrap();
    let o = run(&["--rules", dir.to_str().unwrap(), "test-rules"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("FAIL job.overseas.near: did not fire on `A quiet day at home.`"), "{}", stdout(&o));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn words_shows_classes_and_rules() {
    let o = run(&["words"], "They took my passport and we cannot leave the compound.".as_bytes());
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.lines().any(|l| l.trim_start().starts_with("passport") && l.contains("passport")), "{out}");
    assert!(out.contains("rule distress.passport_taken.near"), "{out}");
}

#[test]
fn naughty_strings_never_crash() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/naughty-strings.json");
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let strings: Vec<String> = serde_json::from_str(&raw).unwrap();
    let input: String =
        strings.iter().enumerate().map(|(i, s)| serde_json::json!({"id": i, "text": s}).to_string() + "\n").collect();
    let o = run(&["check", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).lines().count(), strings.len());
}

/// Ten megabytes of mixed scripts: right-to-left, combining marks, emoji sequences, scripts
/// without spaces, invisible characters, and lure words among them.
fn mixed_scripts_10mb() -> String {
    const PIECES: &[&str] = &[
        "Customer service job in Bangkok, free visa, contact us on Telegram. ",
        "مرحبا، وظيفة في كمبوديا براتب مرتفع ",
        "שלום עולם ",
        "\u{202E}txet desrever\u{202C} ",
        "नौकरी के लिए पासपोर्ट भेजें ",
        "ค่าจ้างสูง ทักไลน์ ",
        "高薪直招 柬埔寨 包吃包住 ",
        "👩‍👩‍👧‍👦🇵🇭✈️ ",
        "e\u{0301}\u{0301}\u{0301}a\u{0308} ",
        "\u{200B}\u{FEFF}\u{00AD} ",
        "ကျွန်တော့်ပတ်စ်ပို့ ",
        "\n",
    ];
    let mut text = String::with_capacity(10_100_000);
    let mut i = 0usize;
    while text.len() < 10_000_000 {
        text.push_str(PIECES[(i * 7 + i / 3) % PIECES.len()]);
        i += 1;
    }
    text
}

#[test]
fn ten_megabytes_of_mixed_scripts_are_checked_up_to_the_limit_with_a_clear_note() {
    let text = mixed_scripts_10mb();
    let o = run(&["check", "--json"], text.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON report");
    assert_eq!(report["truncated"], true);
    let checked = report["checkedBytes"].as_u64().unwrap() as usize;
    assert!(checked <= second_look::engine::MAX_CHECK_BYTES && text.is_char_boundary(checked));
    for span in report["signals"].as_array().unwrap().iter().flat_map(|s| s["spans"].as_array().unwrap()) {
        let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], span["text"].as_str().unwrap());
    }
    let human = stdout(&run(&["check"], text.as_bytes()));
    assert!(human.to_lowercase().contains("only the first"), "{}", &human[..human.len().min(2000)]);
}

#[test]
fn distress_gets_emergency_steps_and_real_hotlines_in_the_chosen_language() {
    use second_look::present::i18n::Lang;
    let text = b"Please help me, they took my passport and I cannot leave the compound.";
    let o = run(&["check", "--lang", "my", "--country", "kh"], text);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    let m = Lang::for_tag("my").expect("Burmese interface").msg();
    assert!(out.contains(m.distress_banner) && out.contains(m.distress_steps[0]), "{out}");
    let rules = second_look::rules::load(second_look::rules::embedded_files()).unwrap();
    let cambodia = rules.hotlines.iter().find(|h| h.country == "KH" && h.phone.is_some()).expect("a Cambodian hotline");
    let said = second_look::present::rule_text::Words::new(&rules, Lang::for_tag("my").unwrap());
    assert!(out.contains(said.hotline(cambodia).0) && out.contains(said.country("KH").unwrap()), "{out}");
    assert!(!out.contains(&cambodia.name), "the hotline's name is in Burmese: {out}");
    let report: serde_json::Value =
        serde_json::from_slice(&run(&["check", "--json", "--lang", "my"], text).stdout).unwrap();
    for s in report["signals"].as_array().unwrap() {
        let (message, explanation) = said.concept(s["rule"].as_str().unwrap()).unwrap();
        assert_eq!((s["message"].as_str().unwrap(), s["explanation"].as_str().unwrap()), (message, explanation));
    }
    assert!(out.contains(m.why) && !out.contains("why:"), "labels in Burmese: {out}");
    let o = run(&["check", "--lang", "xx"], b"hello");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--lang xx: not an interface language"));
    let o = run(&["check", "--country", "ZZ"], b"hello");
    assert_eq!(o.status.code(), Some(2));
}
