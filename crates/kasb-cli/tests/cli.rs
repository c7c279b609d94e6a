//! The `kasb` command as a user runs it: exit codes, outputs, and the bundled standards.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kasb(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("kasb runs")
}

fn standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_exits_0_on_the_bundled_standards() {
    let output = kasb(&["check", standards().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("0 errors"));
}

#[test]
fn check_exits_1_with_located_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.yaml"),
        "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: KG\nframework: nowhere\nlevel: 4\ncore: []\n",
    )
    .unwrap();
    let output = kasb(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("error[K202]"), "{text}");
    assert!(text.contains("q.yaml:7:12"), "{text}");
    assert!(
        text.contains("1 error, 0 warnings, 0 infos in 1 file"),
        "{text}"
    );
    assert!(
        !text.contains('\u{1b}'),
        "no colour when NO_COLOR is set or output is not a terminal"
    );
}

#[test]
fn check_exits_2_on_a_missing_path() {
    let output = kasb(&["check", "/no/such/standards"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/no/such/standards"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(kasb(&["check", "--no-such-flag"]).status.code(), Some(2));
    assert_eq!(kasb(&["explain", "K999"]).status.code(), Some(2));
}

#[test]
fn rules_and_explain_document_every_rule() {
    let rules = stdout(&kasb(&["rules"]));
    for rule in kasb::rules::all() {
        assert!(rules.contains(rule.code) && rules.contains(rule.name));
        let explained = kasb(&["explain", rule.code]);
        assert_eq!(explained.status.code(), Some(0));
        assert!(stdout(&explained).contains(rule.summary));
    }
}

#[test]
fn graph_exports_json_dot_and_mermaid() {
    let path = standards();
    let json = kasb(&["graph", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(json.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    let nodes = value["nodes"].as_array().unwrap();
    assert!(
        nodes
            .iter()
            .any(|n| n["id"] == "kg-nqf/4" && n["kind"] == "level")
    );
    let edges = value["edges"].as_array().unwrap();
    assert!(
        edges
            .iter()
            .any(|e| e["from"] == "kg-nqf/4" && e["kind"] == "referenced_to" && e["to"] == "eqf/4")
    );

    let dot = stdout(&kasb(&["graph", path.to_str().unwrap(), "--format", "dot"]));
    assert!(dot.starts_with("digraph kasb {") && dot.contains("referenced_to"));
    let mermaid = stdout(&kasb(&[
        "graph",
        path.to_str().unwrap(),
        "--format",
        "mermaid",
    ]));
    assert!(mermaid.starts_with("flowchart LR") && mermaid.contains(r#"-->|"referenced_to"|"#));
}

#[test]
fn schema_writes_one_file_per_kind() {
    let dir = tempfile::tempdir().unwrap();
    let output = kasb(&["schema", "--out", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    for kind in kasb::model::Document::KINDS {
        let text = std::fs::read_to_string(dir.path().join(kind.schema_file_name())).unwrap();
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["kind"]["const"], kind.as_str());
    }
}

/// A directory with one qualification whose unit is above its level (a warning), both on the
/// EQF of kasb's reference set.
fn warning_only_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "std.yaml",
        "kind: OccupationalStandard\nformat: 1\nid: s\ntitle: S\nlanguage: en\ncountry: KG\nframework: eqf\noccupation: {title: Welder}\nunits:\n  - id: U1\n    title: Weld\n    level: 4\n    knowledge: [{id: K1, statement: Metals}]\n    skills: [{id: S1, statement: Welding}]\n",
    );
    write(
        "q.yaml",
        "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\ncountry: KG\nframework: eqf\nlevel: 3\ncore: [s/U1]\n",
    );
    dir
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let dir = warning_only_dir();
    let path = dir.path().to_str().unwrap();
    let plain = kasb(&["check", path]);
    assert_eq!(plain.status.code(), Some(0), "{}", stdout(&plain));
    assert!(stdout(&plain).contains("warning[K302]"));
    assert_eq!(
        kasb(&["check", path, "--deny", "warnings"]).status.code(),
        Some(1)
    );
}

#[test]
fn kasb_toml_is_found_above_the_checked_path_and_tunes_rules() {
    let dir = warning_only_dir();
    std::fs::write(
        dir.path().join("kasb.toml"),
        "[rules]\nunit-above-qualification = \"error\"\n",
    )
    .unwrap();
    let output = kasb(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("error[K302]"));

    std::fs::write(dir.path().join("kasb.toml"), "[rules]\nK302 = \"off\"\n").unwrap();
    let output = kasb(&[
        "check",
        dir.path().join("q.yaml").to_str().unwrap(),
        dir.path().join("std.yaml").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(!stdout(&output).contains("K302"));
}

#[test]
fn a_bad_config_exits_2_with_a_located_message() {
    let dir = warning_only_dir();
    std::fs::write(
        dir.path().join("kasb.toml"),
        "[rules]\nK302 = \"off\"\n\n[langauges]\nrequired = [\"en\"]\n",
    )
    .unwrap();
    let output = kasb(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("kasb.toml") && stderr.contains("langauges"),
        "{stderr}"
    );

    std::fs::write(dir.path().join("kasb.toml"), "[rules]\nK9999 = \"off\"\n").unwrap();
    let output = kasb(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown rule `K9999`"));
}

#[test]
fn inline_suppression_silences_one_line() {
    let dir = warning_only_dir();
    let q = dir.path().join("q.yaml");
    let text = std::fs::read_to_string(&q)
        .unwrap()
        .replace("core: [s/U1]", "core: [s/U1] # kasb: ignore[K302]");
    std::fs::write(&q, text).unwrap();
    let output = kasb(&["check", dir.path().to_str().unwrap(), "--deny", "warnings"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn formats_write_to_a_file_and_thread_counts_agree() {
    let dir = warning_only_dir();
    let path = dir.path().to_str().unwrap();
    let out = dir.path().join("report.json");
    let output = kasb(&[
        "check",
        path,
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(report["summary"]["warnings"], 1);

    for format in ["human", "json", "sarif", "github", "junit"] {
        let one = kasb(&["check", path, "--format", format, "--threads", "1"]);
        let many = kasb(&["check", path, "--format", format, "--threads", "4"]);
        assert_eq!(
            one.stdout, many.stdout,
            "{format} output depends on the thread count"
        );
    }
    let github = stdout(&kasb(&["check", path, "--format", "github"]));
    assert!(github.starts_with("::warning file="), "{github}");
    assert!(
        github.contains("warning[K302]"),
        "the human log follows the annotations"
    );
}
