//! `kasb check --format sarif` as code scanning reads it: RFC 3986 URIs relative to
//! `%SRCROOT%` (the repository root, or `--base`), `columnKind`, and fingerprints that survive
//! a line inserted above the finding; valid for the OASIS schema and the SARIF multitool.

#[path = "support/sarif.rs"]
mod validators;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Folders whose names URIs must encode: a space, `%`, `#` and `?`, Cyrillic.
const FILES: [(&str, &str, &str); 4] = [
    ("std dir/a b.yaml", "q-space", "std%20dir/a%20b.yaml"),
    ("100% sure/q.yaml", "q-percent", "100%25%20sure/q.yaml"),
    ("#tag?q/q.yaml", "q-hash", "%23tag%3Fq/q.yaml"),
    (
        "Сварщик/сварщик.yaml",
        "q-cyrillic",
        "%D0%A1%D0%B2%D0%B0%D1%80%D1%89%D0%B8%D0%BA/%D1%81%D0%B2%D0%B0%D1%80%D1%89%D0%B8%D0%BA.yaml",
    ),
];

/// A qualification whose framework names nothing: one K202 on line 7.
fn qualification(id: &str) -> String {
    format!(
        "kind: Qualification\nformat: 1\nid: {id}\ntitle: Q\nlanguage: en\ncountry: KG\n\
         framework: nowhere\nlevel: 4\ncore: []\n"
    )
}

/// A repository (its root has `.git`) with a finding in each of `FILES`, and a framework that
/// replaces one of kasb's reference set (K210, related to the reference file).
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    for (path, id, _) in FILES {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, qualification(id)).unwrap();
    }
    let framework = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../kasb-check/tests/fixtures/rules/K210/fail/kz-nqf.yaml");
    std::fs::copy(framework, dir.path().join("kz-nqf.yaml")).unwrap();
    dir
}

/// `kasb check ARGS --format sarif` run in `current`, its log parsed and checked by both
/// validators.
fn sarif(current: &Path, args: &[&str]) -> Value {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("kasb.sarif");
    let output = Command::new(env!("CARGO_BIN_EXE_kasb"))
        .arg("check")
        .args(args)
        .args(["--format", "sarif", "--output"])
        .arg(&file)
        .current_dir(current)
        .output()
        .expect("kasb runs");
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let errors = validators::schema_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}");
    if let Some(problems) = validators::multitool_problems(&file) {
        assert!(problems.is_empty(), "{problems:#?}");
    }
    log
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().unwrap()
}

fn artifact(result: &Value) -> &Value {
    &result["locations"][0]["physicalLocation"]["artifactLocation"]
}

/// The result whose file is `uri`.
fn result_at<'a>(log: &'a Value, uri: &str) -> &'a Value {
    results(log)
        .iter()
        .find(|result| artifact(result)["uri"] == uri)
        .unwrap_or_else(|| panic!("no result at {uri}: {log:#}"))
}

fn file_uri(dir: &Path) -> String {
    let text = dir.to_str().unwrap();
    assert!(
        text.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-._".contains(&b)),
        "a temporary directory whose name needs no encoding: {text}"
    );
    format!("file://{text}/")
}

#[test]
fn a_run_from_a_subfolder_names_files_from_the_repository_root_encoded() {
    let repository = repository();
    let root = repository.path().canonicalize().unwrap();
    let log = sarif(&root.join("std dir"), &[".."]);
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        file_uri(&root)
    );
    for (_, _, uri) in FILES {
        let result = result_at(&log, uri);
        assert_eq!(result["ruleId"], "K202");
        assert_eq!(artifact(result)["uriBaseId"], "%SRCROOT%");
    }
    let overridden = result_at(&log, "kz-nqf.yaml");
    assert_eq!(overridden["ruleId"], "K210");
    let reference = &overridden["relatedLocations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(reference["uriBaseId"], "KASB_REFERENCE");
    let version = kasb::reference::VERSION;
    assert_eq!(
        reference["uri"],
        format!("{version}/frameworks/kz-nqf.yaml")
    );
    for result in results(&log) {
        let uri = artifact(result)["uri"].as_str().unwrap();
        assert!(!uri.contains(".."), "{uri} climbs out of the base");
    }
}

#[test]
fn base_names_the_root_and_files_outside_it_are_absolute() {
    let repository = repository();
    let root = repository.path().canonicalize().unwrap();
    let log = sarif(&root, &[".", "--base", "std dir"]);
    let run = &log["runs"][0];
    assert_eq!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        format!("{}std%20dir/", file_uri(&root))
    );
    assert_eq!(
        artifact(result_at(&log, "a%20b.yaml"))["uriBaseId"],
        "%SRCROOT%"
    );
    let outside = format!("{}100%25%20sure/q.yaml", file_uri(&root));
    assert_eq!(artifact(result_at(&log, &outside)).get("uriBaseId"), None);
}

#[test]
fn a_finding_keeps_its_fingerprint_when_a_line_is_inserted_above_it() {
    let repository = repository();
    let root = repository.path().canonicalize().unwrap();
    let (_, id, uri) = FILES[0];
    let fingerprint = |log: &Value| {
        let result = result_at(log, uri);
        let line = &result["locations"][0]["physicalLocation"]["region"]["startLine"];
        (
            line.as_u64().unwrap(),
            result["partialFingerprints"]["kasbFinding/v1"].clone(),
        )
    };
    let before = fingerprint(&sarif(&root, &["."]));
    assert_eq!(
        before,
        fingerprint(&sarif(&root, &["."])),
        "the same across runs"
    );
    std::fs::write(
        root.join(FILES[0].0),
        format!(
            "# A comment that moves every line down.\n{}",
            qualification(id)
        ),
    )
    .unwrap();
    let after = fingerprint(&sarif(&root, &["."]));
    assert_eq!(after.0, before.0 + 1, "the finding moved down a line");
    assert_eq!(after.1, before.1, "and kept its fingerprint");
    assert!(before.1.as_str().unwrap().ends_with(":1"));
    let fingerprints: std::collections::HashSet<String> = results(&sarif(&root, &["."]))
        .iter()
        .map(|result| result["partialFingerprints"]["kasbFinding/v1"].to_string())
        .collect();
    assert_eq!(fingerprints.len(), FILES.len() + 1, "each finding its own");
}

#[test]
fn a_russian_run_keeps_english_text_and_adds_the_russian_in_properties() {
    let repository = repository();
    let root = repository.path().canonicalize().unwrap();
    let log = sarif(&root, &[".", "--lang", "ru"]);
    let result = result_at(&log, FILES[0].2);
    assert_eq!(result["ruleId"], "K202");
    let english = result["message"]["text"].as_str().unwrap();
    assert!(
        english.starts_with("`nowhere` names nothing: a level framework is expected"),
        "{english}"
    );
    let localized = &result["properties"]["localized"];
    assert_eq!(localized["language"], "ru");
    let russian = localized["text"].as_str().unwrap();
    assert!(
        russian
            .starts_with("ссылка `nowhere` ни на что не указывает; ожидается: рамка квалификаций"),
        "{russian}"
    );
    let english_run = sarif(&root, &[".", "--lang", "en"]);
    let properties = &result_at(&english_run, FILES[0].2)["properties"];
    assert!(properties.get("localized").is_none(), "{properties}");
}
