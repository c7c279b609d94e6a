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
    for rule in kasb::diagnostics::rules::ALL {
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
    assert!(mermaid.starts_with("flowchart LR") && mermaid.contains("-->|referenced_to|"));
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
