//! `kasb compare` as a user runs it, on the bundled standards.

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

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn two_standards_compare_in_every_format() {
    let root = standards();
    let root = root.to_str().unwrap();
    let human = kasb(&["compare", "kg-welder", "ru-welder", "--in", root]);
    assert_eq!(human.status.code(), Some(0), "{}", stderr(&human));
    assert!(stdout(&human).starts_with(
        "Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and Russian Federation compared\n\
         kg-welder (KG) ⇄ ru-welder (RU)\n"
    ));
    // The legend explains the evidence, and criteria show their statements.
    assert!(stdout(&human).contains("Text similarity (TF-IDF cosine): "));
    assert!(stdout(&human).contains("      Repair of defects in welds by MMA\n"));
    assert!(stdout(&human).contains("crosswalk kg-ru-welder"));

    let json = kasb(&[
        "compare",
        "kg-welder",
        "ru-welder",
        "--in",
        root,
        "--format",
        "json",
    ]);
    assert_eq!(json.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["left"]["country"], "KG");

    let markdown = kasb(&[
        "compare",
        "kg-welder",
        "am-welder",
        "--in",
        root,
        "--format",
        "markdown",
    ]);
    assert!(stdout(&markdown).starts_with(
        "# Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and Armenia compared\n\n\
         kg-welder (KG) compared with am-welder (AM)\n"
    ));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    let html = kasb(&[
        "compare",
        "kg-welder",
        "tj-welder",
        "--in",
        root,
        "--format",
        "html",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(html.status.code(), Some(0), "{}", stderr(&html));
    assert!(stdout(&html).is_empty());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn a_matrix_by_ids_or_by_isco_and_countries() {
    let root = standards();
    let root = root.to_str().unwrap();
    let by_ids = kasb(&[
        "compare",
        "--matrix",
        "kg-welder",
        "am-welder",
        "tj-welder",
        "ru-welder",
        "--in",
        root,
        "--format",
        "json",
    ]);
    assert_eq!(by_ids.status.code(), Some(0), "{}", stderr(&by_ids));
    let by_isco = kasb(&[
        "compare",
        "--isco",
        "7212",
        "--countries",
        "KG,AM,TJ,RU",
        "--in",
        root,
        "--format",
        "json",
    ]);
    assert_eq!(by_isco.status.code(), Some(0), "{}", stderr(&by_isco));
    assert_eq!(stdout(&by_ids), stdout(&by_isco));
    let value: serde_json::Value = serde_json::from_str(&stdout(&by_isco)).unwrap();
    assert_eq!(value["kind"], "matrix");
    assert_eq!(value["documents"].as_array().unwrap().len(), 4);
}

#[test]
fn the_threshold_changes_text_matches() {
    let root = standards();
    let root = root.to_str().unwrap();
    let count = |threshold: &str| {
        let output = kasb(&[
            "compare",
            "kg-welder",
            "tj-welder",
            "--in",
            root,
            "--format",
            "json",
            "--threshold",
            threshold,
        ]);
        let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        value["matches"].as_array().unwrap().len()
    };
    assert!(count("0.9") < count("0.3"));
}

#[test]
fn problems_exit_2_with_a_message() {
    let root = standards();
    let root = root.to_str().unwrap();
    let unknown = kasb(&["compare", "kg-welder", "xx-welder", "--in", root]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("xx-welder"));
    assert!(
        stderr(&unknown).contains("did you mean `am-welder`?"),
        "{}",
        stderr(&unknown)
    );
    let unit = kasb(&["compare", "kg-welder/WLD-01", "ru-welder", "--in", root]);
    assert_eq!(unit.status.code(), Some(2));
    assert!(stderr(&unit).contains("only occupational standards"));
    let country = kasb(&[
        "compare",
        "--isco",
        "7212",
        "--countries",
        "KG,ZZ",
        "--in",
        root,
    ]);
    assert_eq!(country.status.code(), Some(2));
    assert!(stderr(&country).contains("ZZ"));
    assert!(
        stderr(&country).contains("standards exist for: AM, KG, RU, TJ"),
        "{}",
        stderr(&country)
    );
    let threshold = kasb(&[
        "compare",
        "kg-welder",
        "ru-welder",
        "--threshold",
        "2",
        "--in",
        root,
    ]);
    assert_eq!(threshold.status.code(), Some(2));
    let missing = kasb(&["compare", "kg-welder", "ru-welder", "--in", "/no/such/dir"]);
    assert_eq!(missing.status.code(), Some(2));
}
