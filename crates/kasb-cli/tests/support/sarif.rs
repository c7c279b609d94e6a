//! The two SARIF validators the tests use: the OASIS SARIF 2.1.0 JSON Schema (copied into
//! `tests/data/sarif/`) and, when installed, Microsoft's SARIF multitool
//! (`@microsoft/sarif-multitool`, which `.ci/run` installs and names in `KASB_SARIF_MULTITOOL`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Every way `log` breaks the OASIS schema, with where.
pub fn schema_errors(log: &serde_json::Value) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|dir| dir.join("tests/data/sarif/sarif-schema-2.1.0.json"))
        .find(|path| path.is_file())
        .expect("tests/data/sarif/sarif-schema-2.1.0.json in the repository");
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // The published schema's `language` patterns (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`)
    // have a stray `]` that strict meta-validation rejects; kasb never writes `language`, so
    // the pattern the properties' descriptions state is swapped in.
    for definition in ["run", "toolComponent"] {
        schema["definitions"][definition]["properties"]["language"]["pattern"] =
            "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
    }
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    validator
        .iter_errors(log)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect()
}

/// The multitool's errors and warnings on the SARIF file at `path` (its default rules:
/// SARIF1002 for URIs that are not RFC 3986, and the rest), or `None` when it is not
/// installed; with `KASB_REQUIRE_SARIF_MULTITOOL=1` (CI) a missing multitool fails instead.
pub fn multitool_problems(path: &Path) -> Option<Vec<String>> {
    let Some(tool) = multitool() else {
        assert!(
            std::env::var("KASB_REQUIRE_SARIF_MULTITOOL").as_deref() != Ok("1"),
            "KASB_REQUIRE_SARIF_MULTITOOL=1 but no SARIF multitool is installed \
             (KASB_SARIF_MULTITOOL names it)"
        );
        eprintln!(
            "skipped: the SARIF multitool is not installed (set KASB_SARIF_MULTITOOL to it, \
             KASB_REQUIRE_SARIF_MULTITOOL=1 to fail instead)"
        );
        return None;
    };
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("validation.sarif");
    let status = Command::new(&tool)
        .arg("validate")
        .arg(path)
        .arg("--output")
        .arg(&report)
        .args(["--log", "ForceOverwrite"])
        .stdout(std::process::Stdio::null())
        .status()
        .expect("the SARIF multitool runs");
    assert!(
        status.success(),
        "{} validate failed: {status}",
        tool.display()
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let results = report["runs"][0]["results"].as_array().cloned();
    Some(
        results
            .unwrap_or_default()
            .iter()
            .filter(|result| matches!(result["level"].as_str(), Some("error" | "warning") | None))
            .map(|result| format!("{} {}", result["ruleId"], result["message"]))
            .collect(),
    )
}

/// `KASB_SARIF_MULTITOOL`, else `sarif-multitool` on the `PATH`.
fn multitool() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("KASB_SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let on_path = Command::new("sarif-multitool").arg("--version").output();
    on_path
        .is_ok_and(|output| output.status.success())
        .then(|| PathBuf::from("sarif-multitool"))
}
