//! `secondlook`: the command-line front end over the same engine and Report as the web app.
//! `main` calls `run` and maps errors to exit codes: 0 on success, 2 on bad input.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(not(target_arch = "wasm32"))]
mod eval;

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use crate::eval;

    use std::io::{self, BufRead, Read, Write};
    use std::path::PathBuf;

    use clap::{Parser, Subcommand};
    use second_look::present::batch::batch_line;
    use second_look::present::i18n::{Lang, Msg, LANGS};
    use second_look::present::rule_text::Words;
    use second_look::present::wording::level_words;
    use second_look::rules::model::{Hotline, HotlineKind, GLOBAL};
    use second_look::{Report, Screener};
    use serde::Deserialize;

    #[derive(Parser)]
    #[command(
        name = "secondlook",
        version,
        about = "Checks job offers for the published warning signs of job scams and trafficking. Nothing leaves this machine."
    )]
    struct Cli {
        /// Load rules from this folder instead of the built-in ones (for rule authors).
        #[arg(long, global = true, value_name = "DIR")]
        rules: Option<PathBuf>,
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check offers: each FILE is one text; standard input when no FILE is given.
        Check {
            files: Vec<PathBuf>,
            /// Your country (ISO code such as PH): its hotlines come first when a text reads like a
            /// message from someone held.
            #[arg(long, value_name = "CODE")]
            country: Option<String>,
            /// The language of the level and emergency wording (en, zh, id, ms, fil, vi, th, my,
            /// km, hi, ne, bn, ur, sw); warnings themselves are in the rules' language.
            #[arg(long, value_name = "CODE", default_value = "en")]
            lang: String,
            /// Print the full report as JSON (an array when there are several files).
            #[arg(long, conflicts_with = "jsonl")]
            json: bool,
            /// Batch: every input line is {"id": ..., "text": ...}; one result line per input line.
            #[arg(long)]
            jsonl: bool,
        },
        /// List the rules, with their category, weight and message.
        Rules {
            #[arg(long)]
            json: bool,
        },
        /// Measure on labelled JSON Lines ({"id", "label", "text"}, optional "lang"): share of each
        /// level per label, then per language and label.
        Eval { files: Vec<PathBuf> },
        /// Run every example of every rule (fire, quiet, todo) and print each failure.
        TestRules,
        /// Show the words of each term class and the rules that match, for each FILE (or standard input).
        Words { files: Vec<PathBuf> },
    }

    /// A one-line reason for exit code 2.
    pub(crate) struct BadInput(pub(crate) String);

    pub fn run() -> i32 {
        let cli = Cli::parse();
        match execute(cli) {
            Ok(()) => 0,
            Err(BadInput(reason)) => {
                eprintln!("secondlook: {reason}");
                2
            }
        }
    }

    fn execute(cli: Cli) -> Result<(), BadInput> {
        let screener = load_screener(cli.rules.as_deref(), matches!(cli.command, Command::TestRules))?;
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let result = match cli.command {
            Command::Check { files, jsonl: true, .. } => batch(&screener, &files, &mut out),
            Command::Check { files, json, country, lang, .. } => {
                let lang = Lang::for_tag(&lang).ok_or_else(|| {
                    let codes: Vec<&str> = LANGS.iter().map(|(_, c, _)| *c).collect();
                    BadInput(format!("--lang {lang}: not an interface language; known: {}", codes.join(", ")))
                })?;
                check(&screener, &files, json, country.as_deref(), lang, &mut out)
            }
            Command::Rules { json } => rules(&screener, json, &mut out),
            Command::Eval { files } => eval::eval(&screener, &files, &mut out),
            Command::TestRules => test_rules(&screener, &mut out),
            Command::Words { files } => words(&screener, &files, &mut out),
        };
        result?;
        out.flush().map_err(|e| BadInput(format!("cannot write output: {e}")))
    }

    /// The built-in rules or those of `dir`; `validate` expands every built-in pattern now, as
    /// rules from a folder always are, so that `test-rules` reports every error.
    fn load_screener(dir: Option<&std::path::Path>, validate: bool) -> Result<Screener, BadInput> {
        let result = match dir {
            None if validate => Screener::from_files(second_look::rules::embedded_files()),
            None => Screener::builtin(),
            Some(dir) => {
                let files = read_rule_dir(dir)?;
                let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
                Screener::from_files(&refs)
            }
        };
        result.map_err(|errors| BadInput(errors.to_string()))
    }

    fn read_rule_dir(dir: &std::path::Path) -> Result<Vec<(String, String)>, BadInput> {
        fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<(String, String)>) -> io::Result<()> {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    walk(root, &path, out)?;
                } else if path.extension().is_some_and(|e| e == "toml") {
                    let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                    out.push((rel, std::fs::read_to_string(&path)?));
                }
            }
            Ok(())
        }
        let mut out = Vec::new();
        walk(dir, dir, &mut out).map_err(|e| BadInput(format!("{}: {e}", dir.display())))?;
        Ok(out)
    }

    fn read_text(path: Option<&PathBuf>) -> Result<(String, String), BadInput> {
        let (name, bytes) = match path {
            Some(p) => {
                let name = p.display().to_string();
                let bytes = std::fs::read(p).map_err(|e| BadInput(format!("{name}: {e}")))?;
                (name, bytes)
            }
            None => {
                let mut bytes = Vec::new();
                io::stdin().read_to_end(&mut bytes).map_err(|e| BadInput(format!("standard input: {e}")))?;
                ("(stdin)".to_string(), bytes)
            }
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            BadInput(format!("{name}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
        })?;
        Ok((name, text))
    }

    fn inputs(files: &[PathBuf]) -> Vec<Option<&PathBuf>> {
        if files.is_empty() {
            vec![None]
        } else {
            files.iter().map(Some).collect()
        }
    }

    pub(crate) fn write_err(e: io::Error) -> BadInput {
        BadInput(format!("cannot write output: {e}"))
    }

    fn check(
        screener: &Screener,
        files: &[PathBuf],
        json: bool,
        country: Option<&str>,
        lang: Lang,
        out: &mut impl Write,
    ) -> Result<(), BadInput> {
        let country = country.map(str::to_ascii_uppercase);
        let known = screener.rules().countries();
        if let Some(c) = country.as_deref().filter(|c| !known.iter().any(|(k, _)| k == c)) {
            let codes: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
            return Err(BadInput(format!("--country {c}: no hotlines for it; known: {}", codes.join(", "))));
        }
        let hotlines = hotlines(&screener.rules().hotlines, country.as_deref());
        let said = Words::new(screener.rules(), lang);
        let mut reports = Vec::new();
        for input in inputs(files) {
            let (name, text) = read_text(input)?;
            let report = said.report(screener.check(&text));
            if json {
                reports.push(report);
            } else {
                human(&name, &report, &hotlines, lang.msg(), &said, out).map_err(write_err)?;
            }
        }
        if json {
            let value =
                if reports.len() == 1 { serde_json::to_value(&reports[0]) } else { serde_json::to_value(&reports) };
            let value = value.map_err(|e| BadInput(e.to_string()))?;
            serde_json::to_writer_pretty(&mut *out, &value).map_err(|e| BadInput(e.to_string()))?;
            writeln!(out).map_err(write_err)?;
        }
        Ok(())
    }

    /// The hotlines to print for a distress message: the country's first, then those for anyone;
    /// every country's when none is given.
    fn hotlines<'a>(all: &'a [Hotline], country: Option<&str>) -> Vec<&'a Hotline> {
        let calls = all.iter().filter(|h| h.kind == HotlineKind::Hotline);
        match country {
            Some(c) => {
                let mine = calls.clone().filter(|h| h.country == c);
                mine.chain(calls.filter(|h| h.country == GLOBAL)).collect()
            }
            None => calls.collect(),
        }
    }

    /// The report (already in the reader's language) as lines of text, labelled in that language.
    fn human(
        name: &str,
        r: &Report,
        hotlines: &[&Hotline],
        m: &Msg,
        said: &Words,
        out: &mut impl Write,
    ) -> io::Result<()> {
        if r.distress {
            writeln!(out, "{name}: EMERGENCY: {}", m.distress_banner)?;
            writeln!(out, "  {}", m.distress_lead)?;
            for step in m.distress_steps {
                writeln!(out, "  - {step}")?;
            }
            writeln!(out, "  {}:", m.distress_contacts)?;
            for h in hotlines {
                let how = [h.phone.as_ref().map(|p| format!("{} {p}", m.call)), h.web.clone()];
                let how: Vec<String> = how.into_iter().flatten().collect();
                let country = said.country(&h.country).unwrap_or(&h.country_name);
                let checked = m.checked_on.fill(&[("date", &h.checked)]);
                writeln!(out, "  - {country}: {} ({}; {checked})", said.hotline(h).0, how.join(", "))?;
            }
        }
        let (title, hint) = level_words(m, r.level);
        let level = r.level.as_str().to_uppercase();
        writeln!(out, "{name}: {level}: {title}. {hint} (score {}/100, rules {})", r.score, r.ruleset_version)?;
        if r.truncated {
            writeln!(out, "  note: only the first {} bytes were checked", r.checked_bytes)?;
        }
        for s in &r.signals {
            let words: Vec<String> = s.spans.iter().map(|sp| format!("\"{}\"", sp.text.replace('\n', " "))).collect();
            let sign = if s.weight > 0 { "!" } else { "+" };
            writeln!(out, "  {sign} {} [{} {:+}] {}", s.message, s.category, s.weight, words.join(", "))?;
            writeln!(out, "      {} {}", m.why, s.explanation)?;
            for src in &s.sources {
                writeln!(out, "      {}: {} ({}) {}", m.source, src.title, src.publisher, src.url)?;
            }
        }
        if !r.advice.is_empty() {
            writeln!(out, "  {}:", m.next_title)?;
            for a in &r.advice {
                writeln!(out, "  - {}", a.text)?;
            }
        }
        Ok(())
    }

    #[derive(Deserialize)]
    pub(crate) struct InputLine {
        pub(crate) id: serde_json::Value,
        pub(crate) text: String,
        #[serde(default)]
        pub(crate) label: Option<String>,
        #[serde(default)]
        pub(crate) lang: Option<String>,
    }

    /// Calls `each` with every parsed line of the JSON Lines inputs; blank lines are skipped.
    pub(crate) fn for_each_line(
        files: &[PathBuf],
        mut each: impl FnMut(InputLine) -> Result<(), BadInput>,
    ) -> Result<(), BadInput> {
        for input in inputs(files) {
            let name = input.map_or("(stdin)".to_string(), |p| p.display().to_string());
            let reader: Box<dyn BufRead> = match input {
                Some(p) => {
                    Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| BadInput(format!("{name}: {e}")))?))
                }
                None => Box::new(io::stdin().lock()),
            };
            for (n, line) in reader.split(b'\n').enumerate() {
                let line = line.map_err(|e| BadInput(format!("{name}: {e}")))?;
                let line =
                    String::from_utf8(line).map_err(|_| BadInput(format!("{name}:{}: not UTF-8 text", n + 1)))?;
                if line.trim().is_empty() {
                    continue;
                }
                let parsed: InputLine = serde_json::from_str(&line).map_err(|e| {
                    BadInput(format!("{name}:{}: expected {{\"id\": ..., \"text\": \"...\"}}: {e}", n + 1))
                })?;
                each(parsed)?;
            }
        }
        Ok(())
    }

    fn batch(screener: &Screener, files: &[PathBuf], out: &mut impl Write) -> Result<(), BadInput> {
        for_each_line(files, |line| {
            let r = screener.check(&line.text);
            serde_json::to_writer(&mut *out, &batch_line(&line.id, &r)).map_err(|e| BadInput(e.to_string()))?;
            writeln!(out).map_err(write_err)
        })
    }

    fn rules(screener: &Screener, json: bool, out: &mut impl Write) -> Result<(), BadInput> {
        let set = screener.rules();
        let entries = set.entries();
        if json {
            serde_json::to_writer_pretty(&mut *out, &entries).map_err(|e| BadInput(e.to_string()))?;
            return writeln!(out).map_err(write_err);
        }
        writeln!(out, "ruleset {}: {} rules, {} combinations", set.manifest.version, set.rules.len(), set.combos.len())
            .map_err(write_err)?;
        for e in &entries {
            writeln!(out, "{:<44} {:<4} {:<12} {:>+4}  {}", e.id, e.language, e.category, e.weight, e.message)
                .map_err(write_err)?;
        }
        Ok(())
    }

    fn words(screener: &Screener, files: &[PathBuf], out: &mut impl Write) -> Result<(), BadInput> {
        for input in inputs(files) {
            let (name, text) = read_text(input)?;
            writeln!(out, "{name}").map_err(write_err)?;
            for (class, spans) in screener.term_spans(&text) {
                let words: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
                writeln!(out, "  {class:<15} {}", words.join(" | ")).map_err(write_err)?;
            }
            let rules = &screener.rules().rules;
            for (rule, spans) in rules.iter().zip(screener.rule_spans(&text)).filter(|(_, s)| !s.is_empty()) {
                let words: Vec<&str> = spans.iter().map(|s| s.text.as_str()).collect();
                writeln!(out, "  rule {:<40} {}", rule.def.id, words.join(" | ")).map_err(write_err)?;
            }
        }
        Ok(())
    }

    fn test_rules(screener: &Screener, out: &mut impl Write) -> Result<(), BadInput> {
        let run = second_look::engine::examples::run(screener);
        for f in &run.failures {
            writeln!(out, "FAIL {f}").map_err(write_err)?;
        }
        writeln!(out, "{} passed, {} failed", run.checked - run.failures.len().min(run.checked), run.failures.len())
            .map_err(write_err)?;
        if run.failures.is_empty() {
            Ok(())
        } else {
            Err(BadInput(format!("{} rule example(s) failed", run.failures.len())))
        }
    }
}
