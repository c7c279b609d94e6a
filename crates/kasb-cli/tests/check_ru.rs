//! `kasb check --lang ru` on a folder with one file per class of loader problem
//! (`tests/data/check-ru/`): every message, help and related message is said in Russian, the
//! English `message` stays in JSON beside it, and the summary's counts take Russian plurals.

use std::path::Path;
use std::process::{Command, Output};

use serde::Deserialize;

/// The folder of broken files, relative to this crate (the directory the tests run `kasb` in).
const BROKEN: &str = "tests/data/check-ru";

/// Runs `kasb` in this crate's directory, with no locale from the environment.
fn kasb(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("run kasb")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[derive(Deserialize)]
struct Report {
    diagnostics: Vec<Found>,
}

#[derive(Deserialize)]
struct Found {
    code: String,
    message: String,
    message_localized: Option<String>,
    help: Option<String>,
    help_localized: Option<String>,
    #[serde(default)]
    related: Vec<Related>,
}

#[derive(Deserialize)]
struct Related {
    message: String,
    message_localized: Option<String>,
}

/// Why `said` is not a Russian rendering of `english`, if it is not.
fn not_russian(english: &str, said: Option<&str>) -> Option<String> {
    let Some(said) = said else {
        return Some(format!("no Russian beside `{english}`"));
    };
    let cyrillic = said.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    (!cyrillic || said == english).then(|| format!("`{said}` is not Russian (`{english}`)"))
}

#[test]
fn every_loader_message_and_help_is_said_in_russian() {
    let output = kasb(&[
        "check",
        BROKEN,
        "--no-config",
        "--lang",
        "ru",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report: Report = serde_json::from_str(&stdout(&output)).expect("the JSON report");
    let mut codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    codes.dedup();
    assert_eq!(
        codes,
        [
            "K100", "K101", "K102", "K103", "K104", "K105", "K106", "K107", "K108", "K109", "K111",
            "K112", "K113", "K114", "K115", "K116"
        ]
    );
    let mut problems = Vec::new();
    for found in &report.diagnostics {
        let help = found
            .help
            .as_deref()
            .expect("every loader problem has a help");
        let texts = [
            (found.message.as_str(), found.message_localized.as_deref()),
            (help, found.help_localized.as_deref()),
        ];
        let related = found
            .related
            .iter()
            .map(|r| (r.message.as_str(), r.message_localized.as_deref()));
        for (english, said) in texts.into_iter().chain(related) {
            problems.extend(not_russian(english, said).map(|why| format!("{}: {why}", found.code)));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_russian_report_reads_as_reviewed() {
    let output = kasb(&["check", BROKEN, "--no-config", "--lang", "ru"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn english_stays_the_default_and_the_json_message() {
    let output = kasb(&["check", BROKEN, "--no-config", "--format", "json"]);
    let report: Report = serde_json::from_str(&stdout(&output)).expect("the JSON report");
    let first = &report.diagnostics[0];
    assert_eq!(first.message, "the file is not valid UTF-8");
    assert!(first.message_localized.is_none());
    let human = stdout(&kasb(&["check", BROKEN, "--no-config"]));
    assert!(
        human.ends_with("16 errors, 0 warnings, 0 infos in 15 files\n"),
        "{human}"
    );
}

/// The summary of checking `files` (paths in `BROKEN`) in Russian.
fn summary_of(files: &[&str]) -> String {
    let paths: Vec<String> = files.iter().map(|f| format!("{BROKEN}/{f}")).collect();
    let mut args = vec!["check", "--no-config", "--lang", "ru"];
    args.extend(paths.iter().map(String::as_str));
    let text = stdout(&kasb(&args));
    text.lines().last().unwrap_or_default().to_owned()
}

#[test]
fn the_summary_counts_with_russian_plurals() {
    assert_eq!(
        summary_of(&["k104-unknown-field.yaml"]),
        "1 ошибка, 0 предупреждений, 0 замечаний в 1 файле"
    );
    assert_eq!(
        summary_of(&["k104-unknown-field.yaml", "k107-unknown-kind.yaml"]),
        "2 ошибки, 0 предупреждений, 0 замечаний в 2 файлах"
    );
    let all = stdout(&kasb(&["check", BROKEN, "--no-config", "--lang", "ru"]));
    assert!(
        all.ends_with("16 ошибок, 0 предупреждений, 0 замечаний в 15 файлах\n"),
        "{all}"
    );
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(BROKEN).is_dir());
}
