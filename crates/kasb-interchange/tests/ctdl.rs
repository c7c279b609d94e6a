//! CTDL-ASN export, checked by the reference validator `ctdl-validate` (PyPI).
//!
//! The validator is found through `CTDL_VALIDATE_DIR` (an unpacked wheel: run as
//! `python3 -m ctdl_validate` with it on `PYTHONPATH`) or as `ctdl-validate` on `PATH`. Where it
//! is missing the test says so and skips, unless `KASB_REQUIRE_CTDL_VALIDATE=1`.

use std::path::{Path, PathBuf};
use std::process::Command;

use kasb_interchange::{ctdl, ru};
use serde_json::Value;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn validator() -> Option<Command> {
    if let Some(dir) = std::env::var_os("CTDL_VALIDATE_DIR") {
        let mut command =
            Command::new(std::env::var("PYTHON").unwrap_or_else(|_| "python3".into()));
        command.env("PYTHONPATH", dir).args(["-m", "ctdl_validate"]);
        return Some(command);
    }
    let probe = Command::new("ctdl-validate").arg("--version").output();
    probe
        .is_ok_and(|o| o.status.success())
        .then(|| Command::new("ctdl-validate"))
}

fn validate(payload: &str, name: &str) -> Option<String> {
    let Some(mut command) = validator() else {
        assert!(
            std::env::var("KASB_REQUIRE_CTDL_VALIDATE").as_deref() != Ok("1"),
            "ctdl-validate is required (KASB_REQUIRE_CTDL_VALIDATE=1) but not found: set \
             CTDL_VALIDATE_DIR to the unpacked wheel or put ctdl-validate on PATH"
        );
        eprintln!("skipped: ctdl-validate is not installed (set CTDL_VALIDATE_DIR or PATH)");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("{name}.json"));
    std::fs::write(&file, payload).unwrap();
    let output = command.arg(&file).output().unwrap();
    let report = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{name}: ctdl-validate failed:\n{report}"
    );
    assert!(report.contains(" 0 ERROR"), "{name}:\n{report}");
    Some(report)
}

#[test]
fn bundled_standards_export_as_valid_ctdl_asn() {
    let standards = repo("standards");
    for id in ["kg-welder", "ru-welder", "isco-08"] {
        let payload = ctdl::export(&load(std::slice::from_ref(&standards)), id).unwrap();
        assert_eq!(
            payload,
            ctdl::export(&load(std::slice::from_ref(&standards)), id).unwrap()
        );
        let json: Value = serde_json::from_str(&payload).unwrap();
        let graph = json["@graph"].as_array().unwrap();
        assert_eq!(graph[0]["@type"], "ceasn:CompetencyFramework");
        assert!(graph[1..].iter().all(|c| c["@type"] == "ceasn:Competency"));
        assert!(
            graph
                .iter()
                .all(|c| c["ceterms:ctid"].as_str().unwrap().len() == 39)
        );
        if let Some(report) = validate(&payload, id) {
            eprintln!("{id}: {}", report.lines().last().unwrap_or_default());
        }
    }
    // The Kyrgyz welder is the source of crosswalks: alignments are exported.
    let payload = ctdl::export(&load(std::slice::from_ref(&standards)), "kg-welder").unwrap();
    assert!(payload.contains("Alignment\""), "crosswalk alignments");
}

#[test]
fn an_imported_russian_standard_exports_as_valid_ctdl_asn() {
    let import = ru::import_files(&[repo(
        "tests/data/ru-profstandart/ProfessionalStandarts_4.xml",
    )]);
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let payload = ctdl::export(&load(&[dir.path().to_path_buf()]), "ru-ps-06.001").unwrap();
    let json: Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(json["@graph"][0]["ceasn:name"]["ru"], "Программист");
    validate(&payload, "ru-ps-06.001");
}

/// Loads `paths` as an export's caller does.
fn load(paths: &[std::path::PathBuf]) -> kasb_load::Workspace {
    kasb_load::load(paths, &kasb_load::LoadOptions::default()).unwrap()
}
