//! Every output format of `kasb check`, from the same diagnostics: the JSON contract, SARIF
//! that validates against the official 2.1.0 schema, GitHub workflow commands, JUnit XML.

mod common;
#[path = "../crates/kasb-cli/tests/support/sarif.rs"]
mod validators;

use std::path::Path;

use kasb::Report;
use kasb::render::{github, json, junit, sarif};

/// A copy of the bundled standards with two errors and a warning in it.
fn broken() -> (tempfile::TempDir, Report) {
    let dir = common::copy_of_standards();
    let qualification = dir
        .path()
        .join("az/contact-centre-operator/qualification.yaml");
    common::replace_first(
        &qualification,
        "- az-contact-centre-operator/CCO-01",
        "- az-contact-centre-operator/CCO-1",
    );
    let standard = dir.path().join("kg/welder/standard.yaml");
    common::replace_first(&standard, "country: KG", "country: KGZ");
    common::replace_first(&standard, "status: approved", "status: superseded");
    let report = common::check_dir(dir.path());
    (dir, report)
}

#[test]
fn json_follows_the_documented_contract() {
    let (dir, report) = broken();
    let text = json(&report.diagnostics, report.files(), dir.path());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["files"], report.files());
    assert_eq!(value["summary"]["errors"], 2);
    assert_eq!(value["summary"]["warnings"], 1);
    let diagnostics = value["diagnostics"].as_array().unwrap();
    let reference = diagnostics.iter().find(|d| d["code"] == "K202").unwrap();
    assert_eq!(reference["rule"], "unresolved-reference");
    assert_eq!(reference["severity"], "error");
    assert_eq!(
        reference["file"], "az/contact-centre-operator/qualification.yaml",
        "relative, with /"
    );
    for key in ["line", "column", "end_line", "end_column"] {
        assert!(reference[key].as_u64().unwrap() >= 1, "{key} is 1-based");
    }
    assert!(reference["help"].as_str().unwrap().contains("CCO-01"));
    assert!(reference["related"].as_array().unwrap().is_empty());
    let country = diagnostics.iter().find(|d| d["code"] == "K603").unwrap();
    assert_eq!(country["column"], 10, "columns count characters");
}

#[test]
fn sarif_validates_against_the_official_schema_and_lists_every_rule() {
    let (dir, report) = broken();
    let text = sarif(&report.diagnostics, kasb::rules::all(), dir.path());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let errors = validators::schema_errors(&value);
    assert!(errors.is_empty(), "{errors:#?}");
    let file = dir.path().join("kasb.sarif");
    std::fs::write(&file, &text).unwrap();
    if let Some(problems) = validators::multitool_problems(&file) {
        assert!(problems.is_empty(), "{problems:#?}");
    }
    assert_eq!(value["version"], "2.1.0");
    let run = &value["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), kasb::rules::all().len());
    assert!(rules.iter().all(|rule| {
        rule["help"]["markdown"]
            .as_str()
            .is_some_and(|doc| !doc.is_empty())
    }));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), report.diagnostics.len());
    let first = &results[0];
    let index = first["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        rules[index]["id"], first["ruleId"],
        "ruleIndex points at the rule"
    );
    assert!(
        first["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some()
    );
    let reference = results.iter().find(|r| r["ruleId"] == "K202").unwrap();
    let artifact = &reference["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(
        artifact["uri"],
        "az/contact-centre-operator/qualification.yaml"
    );
    assert_eq!(artifact["uriBaseId"], "%SRCROOT%");
}

#[test]
fn github_annotations_are_escaped_workflow_commands() {
    let (dir, report) = broken();
    let text = github(&report.diagnostics, dir.path());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        report.diagnostics.len(),
        "one command per diagnostic, newlines escaped"
    );
    let reference = lines.iter().find(|line| line.contains("K202")).unwrap();
    assert!(
        reference.starts_with("::error file=az/contact-centre-operator/qualification.yaml,line="),
        "{reference}"
    );
    assert!(
        reference.contains(",title=K202 unresolved-reference::"),
        "{reference}"
    );
    assert!(reference.contains("%0Ahelp: did you mean"), "{reference}");
    assert!(lines.iter().any(|line| line.starts_with("::warning ")));
}

#[test]
fn junit_has_one_test_case_per_file() {
    let (dir, report) = broken();
    let files: Vec<&Path> = report
        .graph
        .workspace()
        .files()
        .iter()
        .map(|file| file.path())
        .collect();
    let text = junit(&report.diagnostics, &files, dir.path(), false);
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut cases, mut failures) = (0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(tag) if tag.name().as_ref() == "testcase" => cases += 1,
            quick_xml::events::Event::Start(tag) if tag.name().as_ref() == "failure" => {
                failures += 1
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(cases, files.len());
    assert_eq!(
        failures, 2,
        "the two files with errors fail; the warning does not"
    );
    let denied = junit(&report.diagnostics, &files, dir.path(), true);
    assert!(
        denied.contains("failures=\"2\""),
        "the warning is in a file that already fails"
    );
}
