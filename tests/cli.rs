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
    assert!(out.contains("source:"), "{out}");
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
fn naughty_strings_never_crash() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/naughty-strings.json");
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let strings: Vec<String> = serde_json::from_str(&raw).unwrap();
    let input: String =
        strings.iter().enumerate().map(|(i, s)| serde_json::json!({"id": i, "text": s}).to_string() + "\n").collect();
    let o = run(&["check", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).lines().count(), strings.len());
}
