//! Output injection, tried as an attacker would: keys, values, titles and a file name carrying
//! workflow commands, terminal escapes, C1 controls and bidi overrides, run through the built
//! `kasb` for `check` in all five formats, `compare` in four and `graph` in three. Every output
//! must parse where it is a data format, hold no raw control character, and give the GitHub
//! Actions runner (modelled in `support/runner.rs`) no command but the annotations kasb issues.

#[path = "support/runner.rs"]
mod runner;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kasb::diagnostics::{is_hidden, visible};
use quick_xml::events::Event;

/// A title a terminal would act on: set the window title, clear the screen, CSI in C1, RLO.
const TERMINAL: &str = "Welder \\e]0;pwned\\a\\e[2J \\u009b31m \\u202eevil\\u2066 ##[error]t";
/// A key that forges an annotation, masks kasb's output and stops command processing.
const KEY: &str =
    "x\\n::error file=README.md,line=1::Forged\\n::add-mask::kasb\\n::stop-commands::tok";

fn base() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../kasb-check/tests/fixtures/rules/base")
}

/// The base fixtures and a hostile file for each way in.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(base()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let standard = std::fs::read_to_string(base().join("standard.yaml")).unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "keys.yaml",
        &standard.replace("id: fx-std\n", &format!("id: fx-keys\n\"{KEY}\": 1\n")),
    );
    write("kind.yaml", "kind: \"X ##[error]forged\"\nid: k\n");
    write("evil.yaml", &hostile_standard(&standard));
    write(
        "evil-q.yaml",
        "kind: Qualification\nformat: 1\nid: fx-evil-q\ntitle: \"Q ##[warning]w\\u0085\"\n\
         language: en\ncountry: KG\nframework: fx-nqf\nlevel: 3\n\
         core:\n  - \"fx-evil/U9\\n::error::ref ##[debug]x\\u001b[31m\"\n",
    );
    std::fs::write(
        dir.path()
            .join("name\n::error file=x::name ##[error] \u{1b}[2J\u{202e}.yaml"),
        "kind: OccupationalStandard\nformat: 1\nid: [\n",
    )
    .unwrap();
    dir
}

/// A copy of the base standard with hostile title, unit titles, `isco` and `framework`.
fn hostile_standard(standard: &str) -> String {
    standard
        .replace("id: fx-std\n", "id: fx-evil\n")
        .replace(
            "title: Welder\nlanguage",
            &format!("title: \"{TERMINAL}\"\nlanguage"),
        )
        .replace(
            "isco: \"7212\"",
            "isco: \"7212\\n::error::isco ##[warning]i\"",
        )
        .replace(
            "framework: fx-nqf",
            "framework: \"fx ##[error]fw\\n::notice::fw\\u200e\"",
        )
        .replace(
            "title: Prepare the workplace",
            "title: \"Prepare the workplace\\n::set-output name=x::y ##[group]g | `x` <b>&\"",
        )
        .replace(
            "statement: Safety rules for electric welding.",
            "statement: \"  ::warning::Safety rules for electric welding.\\u009d\"",
        )
}

fn kasb(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("CI", "true")
        .output()
        .expect("kasb runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// No raw control character but line breaks, no `##[`, and no runner command but annotations;
/// returns those.
fn assert_safe(output: &str, what: &str) -> Vec<runner::Command> {
    assert!(!output.contains("##["), "{what}: `##[` in\n{output}");
    if let Some(c) = output.chars().find(|&c| is_hidden(c) && c != '\n') {
        panic!("{what}: raw {c:?} in\n{output}");
    }
    let commands = runner::commands(output);
    let foreign: Vec<_> = commands.iter().filter(|c| !c.is_annotation()).collect();
    assert!(foreign.is_empty(), "{what}: {foreign:#?}");
    commands
}

fn assert_xml(output: &str) -> (usize, usize) {
    let xml_char = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
    assert!(output.chars().all(xml_char), "{output}");
    let mut reader = quick_xml::Reader::from_str(output);
    let (mut tests, mut failures) = (0, 0);
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return (tests, failures),
            Ok(Event::Start(element)) if element.name().as_ref() == "testsuite" => {
                for attribute in element.attributes().map(Result::unwrap) {
                    match attribute.key.as_ref() {
                        "tests" => tests = attribute.value.parse().unwrap(),
                        "failures" => failures = attribute.value.parse().unwrap(),
                        _ => {}
                    }
                }
            }
            Ok(Event::GeneralRef(reference)) => {
                if let Some(c) = reference.resolve_char_ref().expect("a valid reference") {
                    assert!(xml_char(c), "{c:?}");
                }
            }
            Ok(_) => {}
            Err(error) => panic!("not well-formed: {error}\n{output}"),
        }
    }
}

#[test]
fn check_in_every_format_issues_only_its_own_annotations() {
    let dir = corpus();
    let json = kasb(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1), "{}", text(&json.stderr));
    let report: serde_json::Value = serde_json::from_str(&text(&json.stdout)).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    for code in ["K104", "K107", "K202", "K601"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert!(
        diagnostics
            .iter()
            .any(|d| d["file"].as_str().unwrap().starts_with("name\n::error")),
        "the file name is kept exactly in JSON"
    );

    for format in ["human", "json", "sarif", "github", "junit"] {
        let output = kasb(dir.path(), &["check", ".", "--format", format]);
        assert_eq!(output.status.code(), Some(1), "{format}");
        let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
        assert_safe(&stderr, format);
        let annotations = assert_safe(&stdout, format);
        match format {
            "github" => assert_annotations(&annotations, diagnostics),
            _ => assert!(annotations.is_empty(), "{format}: {annotations:#?}"),
        }
        match format {
            "json" | "sarif" => drop(serde_json::from_str::<serde_json::Value>(&stdout).unwrap()),
            "junit" => {
                let (tests, failures) = assert_xml(&stdout);
                assert!(
                    tests >= 10 && failures >= 5,
                    "{tests} tests, {failures} failures"
                );
            }
            _ => assert!(stdout.contains("x\\n::error file=README.md,line=1::Forged")),
        }
    }
}

/// One annotation per diagnostic, in order, with its text shown visibly and escaped so that the
/// runner reads back exactly that.
fn assert_annotations(annotations: &[runner::Command], diagnostics: &[serde_json::Value]) {
    assert_eq!(annotations.len(), diagnostics.len());
    for (annotation, diagnostic) in annotations.iter().zip(diagnostics) {
        let mut message = visible(diagnostic["message"].as_str().unwrap()).into_owned();
        if let Some(help) = diagnostic["help"].as_str() {
            message = format!("{message}\nhelp: {}", visible(help));
        }
        assert_eq!(annotation.data, message);
        let file = diagnostic["file"].as_str().unwrap();
        assert_eq!(annotation.property("file"), Some(visible(file).as_ref()));
        let line = diagnostic["line"].to_string();
        assert_eq!(annotation.property("line"), Some(line.as_str()));
        let severity = diagnostic["severity"].as_str().unwrap();
        let expected = if severity == "info" {
            "notice"
        } else {
            severity
        };
        assert_eq!(annotation.name, expected);
    }
}

#[test]
fn compare_in_every_format_shows_hostile_titles_visibly() {
    let dir = corpus();
    for format in ["human", "markdown", "json", "html"] {
        for args in [
            vec!["compare", "fx-std", "fx-evil"],
            vec!["compare", "--matrix", "fx-evil", "fx-std"],
        ] {
            let mut args = args.clone();
            args.extend(["--in", ".", "--format", format]);
            let output = kasb(dir.path(), &args);
            let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
            assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
            let what = format!("{args:?}");
            assert!(assert_safe(&stdout, &what).is_empty());
            assert!(assert_safe(&stderr, &what).is_empty());
            match format {
                "json" => drop(serde_json::from_str::<serde_json::Value>(&stdout).unwrap()),
                _ => assert!(stdout.contains("workplace\\n::set-output"), "{stdout}"),
            }
        }
    }
    let markdown = kasb(
        dir.path(),
        &[
            "compare", "fx-std", "fx-evil", "--in", ".", "--format", "markdown",
        ],
    );
    let markdown = text(&markdown.stdout);
    assert!(markdown.contains("\\u{1b}\\]0;pwned\\u{7}"), "{markdown}");
    assert!(markdown.contains("\\#\\#\\[error\\]t"), "{markdown}");
    assert!(!markdown.contains("<b>"), "HTML in a value is escaped");
}

#[test]
fn graph_in_every_format_keeps_labels_inert() {
    let dir = corpus();
    for format in ["dot", "mermaid", "json"] {
        let output = kasb(dir.path(), &["graph", ".", "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let stdout = text(&output.stdout);
        assert!(assert_safe(&stdout, format).is_empty());
        assert!(assert_safe(&text(&output.stderr), format).is_empty());
        if format == "json" {
            let graph: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            let labels = graph["nodes"].to_string();
            assert!(labels.contains("##[error]t"), "JSON keeps the exact text");
        } else {
            assert!(stdout.contains("pwned"), "{stdout}");
        }
    }
}
