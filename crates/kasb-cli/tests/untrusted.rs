//! The untrusted-input corpus (`tests/untrusted/`): every attack a fork's pull request can make
//! on kasb, run through the built binary in every command that reads it.
//!
//! A case is a folder with the files an attacker controls and a `case.toml` that says what kasb
//! must do with them. Cases too large or too strange to commit (16 MiB files, file names with a
//! newline, FIFOs, symlinks) are generated into the same shape by [`generated`]. Each case is
//! copied to a scratch folder, then checked in all five formats and exported as a graph in all
//! three, plus the `compare`, `export`, `import` and extra runs it names. Every run is a child
//! process of its own, and every run must:
//!
//! - end by itself with the expected exit status (never a signal: no panic, abort or overflow),
//!   within the time bound, below the memory bound (its peak resident memory, `VmHWM`);
//! - print no panic message;
//! - write well-formed output: JSON and SARIF parse, JUnit is XML 1.0, no raw control character
//!   (other than the line feeds and tabs of kasb's own layout) on either stream;
//! - issue no GitHub Actions workflow command but kasb's own annotations, as read by a model of
//!   the runner's parser (`support/runner.rs`);
//! - (for `check`) report the diagnostics the case expects, at their file, line and column.
//!
//! Time bounds are the for release builds (2 s a case, 5 s for the large ones); an
//! unoptimised build is given fifteen times as long. They bound the processor time the child
//! used (user and system, all threads, from `wait4`), not the time on the clock, which on a
//! shared CI machine measures the machine; a run that hangs is killed at three times the bound
//! on the clock. `cargo test --release -p kasb-cli --test
//! untrusted -- --nocapture` prints every run's time and memory.

#[path = "support/runner.rs"]
mod runner;

#[path = "support/published.rs"]
mod published;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

/// What a case expects, read from its `case.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the attacker tries.
    about: String,
    /// The exit status of `kasb check` on the case folder.
    check_exit: i32,
    /// Diagnostics that `kasb check --format json` must report.
    #[serde(default)]
    expect: Vec<Expected>,
    /// Two ids to run `kasb compare` on, in every format.
    #[serde(default)]
    compare: Option<[String; 2]>,
    /// A document id to export to CASE and CTDL-ASN.
    #[serde(default)]
    export: Option<String>,
    /// The exit status of the exports.
    #[serde(default)]
    export_exit: Option<i32>,
    /// More runs with their own arguments.
    #[serde(default)]
    run: Vec<ExtraRun>,
    /// Documents to publish with `kasb report`, in every format.
    #[serde(default)]
    report: Option<Reports>,
    /// The large cases get the larger bounds.
    #[serde(default)]
    large: bool,
}

/// The documents a case publishes: `kasb report standard` on the standard, `kasb report
/// qualification` and `kasb report assessment` on the qualification.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Reports {
    standard: Option<String>,
    qualification: Option<String>,
}

/// A diagnostic a case expects.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: String,
    /// The file, relative to the case folder.
    file: String,
    line: Option<u64>,
    column: Option<u64>,
    /// How many times it appears (default: at least once).
    count: Option<usize>,
    /// Words the message must contain.
    #[serde(default)]
    message_contains: Vec<String>,
}

/// A run with its own arguments: `{case}` is the case folder, `{out}` an empty folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExtraRun {
    args: Vec<String>,
    exit: i32,
    #[serde(default)]
    stdout_contains: Vec<String>,
    #[serde(default)]
    stderr_contains: Vec<String>,
    /// Words standard output must not contain.
    #[serde(default)]
    stdout_lacks: Vec<String>,
    /// Files (relative to the case folder) that must be byte-identical after the run.
    #[serde(default)]
    unchanged: Vec<String>,
}

/// The output format of a run, which decides how its standard output is validated.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Output {
    Text,
    Github,
    Json,
    Xml,
    /// A published report's HTML page.
    Html,
    /// A published report's Markdown.
    Markdown,
    /// A published report's CSV.
    Csv,
}

/// One finished child process.
struct Finished {
    status: Option<i32>,
    signal: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
    /// Processor time, user and system, of all its threads.
    cpu: Duration,
    peak_kb: u64,
}

/// `KASB_CASE=name` runs only the cases whose name contains it.
fn selected(name: &str) -> bool {
    std::env::var("KASB_CASE").map_or(true, |wanted| name.contains(&wanted))
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/untrusted")
}

fn time_bound(case: &Case) -> Duration {
    let release = Duration::from_secs(if case.large { 5 } else { 2 });
    if cfg!(debug_assertions) {
        release * 15
    } else {
        release
    }
}

fn memory_bound_kb(case: &Case) -> u64 {
    if case.large { 1024 * 1024 } else { 300 * 1024 }
}

/// Runs the binary with `args` in `dir`, killing it at the hard deadline. Peak memory is the
/// child's own high-water mark (`VmHWM`), read every few milliseconds while it runs: the mark
/// only rises, so the last reading before exit misses at most the last few milliseconds. (The
/// kernel's `ru_maxrss` of a reaped child would count this test process, which it was forked
/// from.)
// The child is reaped by `wait4` below, which std's `Child` cannot see.
#[allow(clippy::zombie_processes)]
fn run_kasb(dir: &Path, args: &[String], deadline: Duration) -> Finished {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("RAYON_NUM_THREADS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kasb starts");
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let status_file = format!("/proc/{}/status", child.id());
    let start = Instant::now();
    let mut peak_kb = 0;
    let pid = child.id() as libc::pid_t;
    let (status, usage) = loop {
        let mut status = 0;
        // SAFETY: `rusage` is plain data that the kernel fills in; all-zero is a valid value.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `pid` is our own child, not yet reaped (std's `Child` is never waited on).
        let reaped = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if reaped == pid {
            break (status, usage);
        }
        assert_eq!(reaped, 0, "wait4: {}", std::io::Error::last_os_error());
        peak_kb = peak_kb.max(high_water_kb(&status_file));
        if start.elapsed() > deadline * 3 {
            let _ = child.kill();
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let seconds = |time: libc::timeval| {
        Duration::from_secs(time.tv_sec.unsigned_abs())
            + Duration::from_micros(time.tv_usec.unsigned_abs())
    };
    Finished {
        status: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        signal: libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status)),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
        elapsed: start.elapsed(),
        cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
        peak_kb,
    }
}

/// `VmHWM` of a running process, in KiB (0 once it has exited).
fn high_water_kb(status_file: &str) -> u64 {
    std::fs::read_to_string(status_file)
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Every property a run must have, whatever the command; returns the problems found.
fn audit(case: &Case, args: &[String], output: Output, run: &Finished) -> Vec<String> {
    let mut problems = Vec::new();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    if let Some(signal) = run.signal {
        problems.push(format!("killed by signal {signal}"));
    }
    if stderr.contains("panicked") || stderr.contains("overflowed its stack") {
        problems.push(format!("panicked: {stderr}"));
    }
    if run.cpu > time_bound(case) {
        problems.push(format!(
            "used {:?} of processor time (bound {:?}; {:?} on the clock)",
            run.cpu,
            time_bound(case),
            run.elapsed
        ));
    }
    if run.peak_kb > memory_bound_kb(case) {
        problems.push(format!("peak memory {} MiB", run.peak_kb / 1024));
    }
    for (name, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        if let Some(bad) = text.chars().find(|&c| is_raw_control(c)) {
            problems.push(format!("raw control character {bad:?} on {name}"));
        }
        let annotations_allowed = name == "stdout" && output == Output::Github;
        for command in runner::commands(text) {
            if !(annotations_allowed && command.is_annotation()) {
                problems.push(format!(
                    "workflow command `{}` on {name}, line {}",
                    command.name, command.line
                ));
            }
        }
    }
    // A refusal (exit 2) writes nothing to standard output; that is well-formed too.
    let refused = run.status == Some(2) && stdout.is_empty();
    if !refused {
        problems.extend(well_formed(output, &stdout));
    }
    if !problems.is_empty() {
        problems.insert(0, format!("`kasb {}`", args.join(" ")));
    }
    problems
}

/// A character that may not reach a terminal or a file raw: C0 but line feed and tab, DEL, C1.
fn is_raw_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c)
}

fn well_formed(output: Output, stdout: &str) -> Option<String> {
    match output {
        Output::Json => serde_json::from_str::<serde_json::Value>(stdout)
            .err()
            .map(|error| format!("JSON does not parse: {error}")),
        Output::Xml => xml10_problem(stdout),
        Output::Html => published::raw_markup(stdout),
        Output::Markdown => {
            published::raw_markdown(stdout).or_else(|| published::broken_table(stdout))
        }
        Output::Csv => published::formula_cell(stdout),
        Output::Text | Output::Github => None,
    }
}

/// The output a command line asks for: its `--format`, or JSON for exports.
fn output_of(args: &[String]) -> Output {
    let format = args
        .iter()
        .position(|arg| arg == "--format")
        .and_then(|at| args.get(at + 1));
    match format.map(String::as_str) {
        Some("github") => Output::Github,
        Some("json" | "sarif") => Output::Json,
        Some("junit") => Output::Xml,
        Some(_) => Output::Text,
        None if args.first().is_some_and(|command| command == "export") => Output::Json,
        None => Output::Text,
    }
}

/// One run of the binary and what is expected of it.
struct Run<'a> {
    args: Vec<String>,
    output: Output,
    exit: Option<i32>,
    extra: Option<&'a ExtraRun>,
}

/// Why `text` is not a well-formed XML 1.0 document: a parse error, an entity that does not
/// resolve, or a character (raw or as a reference) that XML 1.0 cannot carry.
fn xml10_problem(text: &str) -> Option<String> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{d7ff}').contains(&c)
            || ('\u{e000}'..='\u{fffd}').contains(&c)
            || c >= '\u{10000}'
    };
    if let Some(bad) = text.chars().find(|&c| !allowed(c)) {
        return Some(format!("XML 1.0 cannot carry {bad:?}"));
    }
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut depth = 0usize;
    let mut roots = 0usize;
    loop {
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(error) => return Some(format!("XML does not parse: {error}")),
        };
        let escaped = match &event {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(start) | quick_xml::events::Event::Empty(start) => {
                roots += usize::from(depth == 0);
                depth += usize::from(matches!(event, quick_xml::events::Event::Start(_)));
                let mut values = Vec::new();
                for attribute in start.attributes() {
                    match attribute {
                        Ok(attribute) => values.push(attribute.value.to_string()),
                        Err(error) => return Some(format!("bad attribute: {error}")),
                    }
                }
                values
            }
            quick_xml::events::Event::End(_) => {
                depth -= 1;
                Vec::new()
            }
            quick_xml::events::Event::GeneralRef(reference) => {
                let name = AsRef::<str>::as_ref(reference).to_owned();
                vec![format!("&{name};")]
            }
            quick_xml::events::Event::Text(text) => vec![AsRef::<str>::as_ref(text).to_owned()],
            _ => Vec::new(),
        };
        for value in escaped {
            match quick_xml::escape::unescape(&value) {
                Ok(value) => {
                    if let Some(bad) = value.chars().find(|&c| !allowed(c)) {
                        return Some(format!("XML 1.0 cannot carry the reference to {bad:?}"));
                    }
                }
                Err(error) => return Some(format!("XML entity does not resolve: {error}")),
            }
        }
    }
    (roots != 1).then(|| format!("{roots} root elements"))
}

/// The runs every case gets, and those it asks for.
fn runs<'a>(case: &'a Case, dir: &Path, out: &Path) -> Vec<Run<'a>> {
    let run = |args: &[&str], output, exit| Run {
        args: args.iter().map(|arg| arg.to_string()).collect(),
        output,
        exit,
        extra: None,
    };
    let mut runs = Vec::new();
    for (format, output) in [
        ("human", Output::Text),
        ("json", Output::Json),
        ("sarif", Output::Json),
        ("github", Output::Github),
        ("junit", Output::Xml),
    ] {
        runs.push(run(
            &["check", ".", "--format", format],
            output,
            Some(case.check_exit),
        ));
    }
    for (format, output) in [
        ("dot", Output::Text),
        ("mermaid", Output::Text),
        ("json", Output::Json),
    ] {
        runs.push(run(&["graph", ".", "--format", format], output, Some(0)));
    }
    if let Some([left, right]) = &case.compare {
        for (format, output) in [
            ("human", Output::Text),
            ("markdown", Output::Text),
            ("json", Output::Json),
            ("html", Output::Text),
        ] {
            runs.push(run(
                &["compare", left, right, "--in", ".", "--format", format],
                output,
                None,
            ));
        }
    }
    runs.extend(report_runs(case));
    if let Some(id) = &case.export {
        for format in ["case", "ctdl-asn"] {
            runs.push(run(
                &["export", format, id, "--in", "."],
                Output::Json,
                case.export_exit,
            ));
        }
    }
    for extra in &case.run {
        let args: Vec<String> = extra
            .args
            .iter()
            .map(|arg| {
                arg.replace("{case}", &dir.display().to_string())
                    .replace("{out}", &out.display().to_string())
            })
            .collect();
        let output = output_of(&args);
        runs.push(Run {
            args,
            output,
            exit: Some(extra.exit),
            extra: Some(extra),
        });
    }
    runs
}

/// `kasb report` on the case's documents, in every format each report has; exit status free
/// (an id the hostile files broke is a refusal, exit 2), the output checked by its format.
fn report_runs<'a>(case: &Case) -> Vec<Run<'a>> {
    let Some(reports) = &case.report else {
        return Vec::new();
    };
    let documents = [("html", Output::Html), ("markdown", Output::Markdown)];
    let matrix = [
        ("html", Output::Html),
        ("markdown", Output::Markdown),
        ("csv", Output::Csv),
        ("json", Output::Json),
    ];
    // (report, id, the formats it has).
    type Asked<'f> = (&'static str, &'f String, &'f [(&'static str, Output)]);
    let mut asked: Vec<Asked> = Vec::new();
    if let Some(id) = &reports.standard {
        asked.push(("standard", id, &documents));
    }
    if let Some(id) = &reports.qualification {
        asked.push(("qualification", id, &documents));
        asked.push(("assessment", id, &matrix));
    }
    let mut runs = Vec::new();
    for (report, id, formats) in asked {
        for (format, output) in formats {
            for lang in ["en", "ru"] {
                let args = [
                    "report", report, id, "--in", ".", "--format", format, "--lang", lang,
                ];
                runs.push(Run {
                    args: args.map(str::to_owned).to_vec(),
                    output: *output,
                    exit: None,
                    extra: None,
                });
            }
        }
    }
    runs
}

/// Checks what `check --format json` reported against what the case expects.
fn expected_diagnostics(case: &Case, json: &[u8]) -> Vec<String> {
    let Ok(report) = serde_json::from_slice::<serde_json::Value>(json) else {
        return vec!["check --format json wrote no JSON".into()];
    };
    let diagnostics = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut problems = Vec::new();
    for expected in &case.expect {
        let matching = diagnostics
            .iter()
            .filter(|found| {
                found["code"] == expected.code.as_str()
                    && found["file"]
                        .as_str()
                        .is_some_and(|file| file.trim_start_matches("./") == expected.file)
                    && expected.line.is_none_or(|line| found["line"] == line)
                    && expected
                        .column
                        .is_none_or(|column| found["column"] == column)
                    && expected.message_contains.iter().all(|words| {
                        found["message"]
                            .as_str()
                            .is_some_and(|message| message.contains(words.as_str()))
                    })
            })
            .count();
        let wanted = expected
            .count
            .map_or(matching >= 1, |count| matching == count);
        if !wanted {
            let summary: Vec<String> = diagnostics
                .iter()
                .take(12)
                .map(|found| {
                    format!(
                        "{} {}:{}:{} {}",
                        found["code"],
                        found["file"],
                        found["line"],
                        found["column"],
                        found["message"]
                    )
                })
                .collect();
            problems.push(format!(
                "expected {expected:?}, found {matching}; reported: {summary:#?}"
            ));
        }
    }
    problems
}

/// Copies a committed case into a scratch folder (writes must never touch the repository).
fn copy_case(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_case(&entry.path(), &target);
        } else if entry.file_name() != "case.toml" {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn snapshot(dir: &Path, files: &[String]) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .map(|file| {
            (
                file.clone(),
                std::fs::read(dir.join(file)).unwrap_or_default(),
            )
        })
        .collect()
}

/// Every file of a folder (not below it) by name, with its bytes.
fn folder(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_file())
        .map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect()
}

/// `kasb report … --output FILE` writes that file and nothing else, inert; asked to write over
/// one of the files it reads, it refuses and leaves it as it was.
fn report_writes_only_its_output(case: &Case, dir: &Path) -> Vec<String> {
    let Some(id) = case
        .report
        .as_ref()
        .and_then(|reports| reports.standard.as_ref())
    else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("published.html");
    let before = folder(dir);
    let args: Vec<String> = [
        "report", "standard", id, "--in", ".", "--format", "html", "-o",
    ]
    .map(str::to_owned)
    .into_iter()
    .chain([target.display().to_string()])
    .collect();
    let finished = run_kasb(dir, &args, time_bound(case));
    problems.extend(audit(case, &args, Output::Text, &finished));
    let written: Vec<String> = folder(out.path()).into_keys().collect();
    if finished.status == Some(0) && written != ["published.html"] {
        problems.push(format!("`kasb {}` wrote {written:?}", args.join(" ")));
    }
    if let Ok(page) = std::fs::read_to_string(&target) {
        problems.extend(published::raw_markup(&page));
    }
    let input = before.keys().find(|name| name.ends_with(".yaml")).cloned();
    if let Some(input) = input {
        let over: Vec<String> = ["report", "standard", id, "--in", ".", "-o", &input]
            .map(str::to_owned)
            .to_vec();
        let refused = run_kasb(dir, &over, time_bound(case));
        if refused.status != Some(2) {
            problems.push(format!(
                "`kasb {}` exited {:?}",
                over.join(" "),
                refused.status
            ));
        }
    }
    if folder(dir) != before {
        problems.push("`kasb report` changed the case folder".to_owned());
    }
    problems
}

/// Runs one case; returns its problems.
fn run_case(name: &str, case: &Case, dir: &Path) -> Vec<String> {
    let out = tempfile::tempdir().unwrap();
    let mut problems = report_writes_only_its_output(case, dir);
    let bound = time_bound(case);
    for Run {
        args,
        output,
        exit,
        extra,
    } in runs(case, dir, out.path())
    {
        let before = extra.map(|extra| snapshot(dir, &extra.unchanged));
        let finished = run_kasb(dir, &args, bound);
        println!(
            "{name}: kasb {} -> {:?} in {:.2?} ({:.2?} processor), {} MiB",
            args.join(" "),
            finished.status,
            finished.elapsed,
            finished.cpu,
            finished.peak_kb / 1024
        );
        problems.extend(audit(case, &args, output, &finished));
        if let Some(exit) = exit
            && finished.status != Some(exit)
        {
            problems.push(format!(
                "`kasb {}` exited {:?}, expected {exit}; stderr: {}",
                args.join(" "),
                finished.status,
                String::from_utf8_lossy(&finished.stderr)
            ));
        }
        if extra.is_none() && args[..4] == ["check", ".", "--format", "json"] {
            problems.extend(expected_diagnostics(case, &finished.stdout));
        }
        if let (Some(extra), Some(before)) = (extra, before) {
            let stdout = String::from_utf8_lossy(&finished.stdout);
            let stderr = String::from_utf8_lossy(&finished.stderr);
            for words in &extra.stdout_contains {
                if !stdout.contains(words.as_str()) {
                    problems.push(format!("stdout lacks {words:?}: {stdout}"));
                }
            }
            for words in &extra.stdout_lacks {
                if stdout.contains(words.as_str()) {
                    problems.push(format!("stdout contains {words:?}"));
                }
            }
            for words in &extra.stderr_contains {
                if !stderr.contains(words.as_str()) {
                    problems.push(format!("stderr lacks {words:?}: {stderr}"));
                }
            }
            if snapshot(dir, &extra.unchanged) != before {
                problems.push(format!(
                    "`kasb {}` changed {:?}",
                    args.join(" "),
                    extra.unchanged
                ));
            }
        }
    }
    problems
}

#[test]
fn every_committed_case_is_handled_safely() {
    let mut failures = Vec::new();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("case.toml").is_file())
        .filter(|path| selected(&path.file_name().unwrap().to_string_lossy()))
        .collect();
    cases.sort();
    assert!(
        !cases.is_empty() || std::env::var_os("KASB_CASE").is_some(),
        "the corpus is there"
    );
    for path in cases {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path.join("case.toml")).unwrap();
        let case: Case = toml::from_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert!(!case.about.is_empty(), "{name}: say what it attacks");
        let scratch = tempfile::tempdir().unwrap();
        copy_case(&path, scratch.path());
        let problems = run_case(&name, &case, scratch.path());
        if !problems.is_empty() {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[path = "support/generated.rs"]
mod generated;

#[test]
fn every_generated_case_is_handled_safely() {
    let mut failures = Vec::new();
    for (name, generate) in generated::CASES.iter().filter(|(name, _)| selected(name)) {
        let scratch = tempfile::tempdir().unwrap();
        let case = generate(scratch.path());
        let problems = run_case(name, &case, scratch.path());
        if !problems.is_empty() {
            failures.push(format!("{name}:\n  {}", problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
