//! SARIF locations and fingerprints from diagnostics built by hand: reference files, hostile
//! and non-UTF-8 names, identical findings, big numbers; every log valid for the OASIS schema.

#[path = "../../kasb-cli/tests/support/sarif.rs"]
mod validators;

use std::path::{Path, PathBuf};

use kasb_check::rules;
use kasb_diagnostics::{Data, Diagnostic, Location, Position, Span};
use kasb_render::sarif;
use serde_json::Value;

fn at(file: impl Into<PathBuf>, line: u32) -> Location {
    Location::new(
        file,
        Span::new(Position::new(line, 3), Position::new(line, 9)),
    )
}

/// The log of `diagnostics` against `base`, checked by the schema and the multitool.
fn log(diagnostics: &[Diagnostic], base: &Path) -> Value {
    let text = sarif(diagnostics, rules::all(), base);
    let log: Value = serde_json::from_str(&text).unwrap();
    let errors = validators::schema_errors(&log);
    assert!(errors.is_empty(), "{errors:#?}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kasb.sarif");
    std::fs::write(&file, text).unwrap();
    if let Some(problems) = validators::multitool_problems(&file) {
        assert!(problems.is_empty(), "{problems:#?}");
    }
    log
}

fn artifacts(log: &Value) -> Vec<(String, Option<String>)> {
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            let artifact = &result["locations"][0]["physicalLocation"]["artifactLocation"];
            (
                artifact["uri"].as_str().unwrap().to_owned(),
                artifact["uriBaseId"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn every_reference_file_has_a_uri_in_the_reference_set() {
    let diagnostics: Vec<Diagnostic> = kasb_reference::FILES
        .iter()
        .map(|file| Diagnostic::new(&rules::DUPLICATE_ID, at(file.display_path(), 1), "x"))
        .collect();
    let log = log(&diagnostics, Path::new("/repo"));
    let expected: Vec<(String, Option<String>)> = kasb_reference::FILES
        .iter()
        .map(|file| {
            let uri = format!("{}/{}", kasb_reference::VERSION, file.path);
            (uri, Some("KASB_REFERENCE".to_owned()))
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(artifacts(&log), expected);
    assert!(
        log["runs"][0]["originalUriBaseIds"]["KASB_REFERENCE"]["description"]["text"].is_string()
    );
}

#[test]
fn hostile_and_non_utf8_names_become_plain_ascii_uris() {
    use std::os::unix::ffi::OsStrExt;
    let raw = PathBuf::from(std::ffi::OsStr::from_bytes(b"/repo/bad\xff name.yaml"));
    let diagnostics = [
        Diagnostic::new(
            &rules::DUPLICATE_ID,
            at("/repo/a\n::error::b ##[x].yaml", 1),
            "x",
        ),
        Diagnostic::new(&rules::DUPLICATE_ID, at(raw, 1), "x"),
        Diagnostic::new(&rules::DUPLICATE_ID, at("/elsewhere/c:d.yaml", 1), "x"),
    ];
    let log = log(&diagnostics, Path::new("/repo/"));
    assert_eq!(
        artifacts(&log),
        [
            (
                "a%0A%3A%3Aerror%3A%3Ab%20%23%23%5Bx%5D.yaml".to_owned(),
                Some("%SRCROOT%".to_owned())
            ),
            (
                "bad%FF%20name.yaml".to_owned(),
                Some("%SRCROOT%".to_owned())
            ),
            ("file:///elsewhere/c%3Ad.yaml".to_owned(), None),
        ]
    );
}

#[test]
fn identical_findings_in_a_file_are_numbered_and_others_differ() {
    let same = |line| {
        Diagnostic::new(
            &rules::UNQUOTED_SCALAR,
            at("/r/q.yaml", line),
            "`NO` must be quoted",
        )
    };
    let diagnostics = [
        same(2),
        same(5),
        Diagnostic::new(
            &rules::UNQUOTED_SCALAR,
            at("/r/q.yaml", 5),
            "`YES` must be quoted",
        ),
        Diagnostic::new(
            &rules::UNQUOTED_SCALAR,
            at("/r/other.yaml", 5),
            "`NO` must be quoted",
        ),
    ];
    let log = log(&diagnostics, Path::new("/r"));
    let fingerprints: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            result["partialFingerprints"]["kasbFinding/v1"]
                .as_str()
                .unwrap()
        })
        .collect();
    let (hash, number) = fingerprints[0].split_once(':').unwrap();
    assert_eq!((hash.len(), number), (32, "1"));
    assert_eq!(fingerprints[1], format!("{hash}:2"));
    assert!(!fingerprints[2].starts_with(hash) && !fingerprints[3].starts_with(hash));
    assert_ne!(fingerprints[2], fingerprints[3]);
}

#[test]
fn big_numbers_in_data_stay_exact() {
    let diagnostic = Diagnostic::new(
        &rules::RESOURCE_LIMIT,
        Location::file("/r/big.yaml"),
        "too big",
    )
    .with_data(Data::Limit {
        limit: "size",
        max: u64::MAX,
    });
    let text = sarif(&[diagnostic], rules::all(), Path::new("/r"));
    assert!(text.contains("\"max\": 18446744073709551615"), "{text}");
    log(&[], Path::new("/r"));
}
