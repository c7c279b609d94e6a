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

/// `kasb compare` in the environment `env` (the locale variables cleared first).
fn kasb_in(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kasb"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command
        .args(args)
        .envs(env.iter().copied())
        .env("NO_COLOR", "1")
        .output()
        .expect("kasb runs")
}

#[test]
fn the_language_comes_from_the_flag_or_the_locale_and_is_english_by_default() {
    let root = standards();
    let root = root.to_str().unwrap();
    let pair = ["compare", "kg-welder", "ru-welder", "--in", root];
    let with = |extra: &[&'static str]| [&pair[..], extra].concat();
    let english =
        "Welders and Flame Cutters (ISCO-08 7212): Kyrgyzstan and Russian Federation compared\n";
    let russian =
        "Welders and Flame Cutters [en] (МСКЗ-08 7212): сравнение — Кыргызстан и Россия\n";

    let default = kasb_in(&[], &pair);
    assert_eq!(default.status.code(), Some(0), "{}", stderr(&default));
    assert!(
        stdout(&default).starts_with(english),
        "{}",
        stdout(&default)
    );

    let flag = kasb_in(&[], &with(&["--lang", "ru"]));
    assert!(stdout(&flag).starts_with(russian), "{}", stdout(&flag));
    // The Russian statements of the documents, in place of the English ones.
    assert!(stdout(&flag).contains("      Подготовка материалов и сборка деталей под сварку\n"));

    let locale = kasb_in(&[("LANG", "ru_RU.UTF-8")], &pair);
    assert_eq!(stdout(&locale), stdout(&flag));
    // LC_ALL wins over LANG, and the flag over both.
    let c_all = kasb_in(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "en_US.UTF-8")], &pair);
    assert_eq!(stdout(&c_all), stdout(&default));
    let forced = kasb_in(&[("LC_ALL", "ru_RU.UTF-8")], &with(&["--lang", "en"]));
    assert_eq!(stdout(&forced), stdout(&default));

    // Markdown and HTML follow the language too; JSON keeps its English contract.
    let markdown = kasb_in(&[], &with(&["--lang", "ru", "--format", "markdown"]));
    assert!(stdout(&markdown).contains("## Сопоставленные единицы компетенции\n"));
    let html = kasb_in(&[], &with(&["--lang", "ru", "--format", "html"]));
    assert!(stdout(&html).contains("<html lang=\"ru\">"));
    let json = |env: &[(&str, &str)]| stdout(&kasb_in(env, &with(&["--format", "json"])));
    assert_eq!(json(&[("LANG", "ru_RU.UTF-8")]), json(&[]));

    // Errors too, with their did-you-mean.
    let missing = kasb_in(
        &[],
        &[
            "compare",
            "kg-welder",
            "xx-welder",
            "--in",
            root,
            "--lang",
            "ru",
        ],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains(
            "нет документа с идентификатором `xx-welder`; возможно, имелся в виду `am-welder`?"
        ),
        "{}",
        stderr(&missing)
    );

    let unknown = kasb_in(&[], &with(&["--lang", "xx"]));
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("en, ru"), "{}", stderr(&unknown));
}
