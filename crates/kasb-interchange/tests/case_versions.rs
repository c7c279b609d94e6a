//! CASE 1.0 and 1.1: every real package and every bundled standard and classification exports
//! valid against the official schema of the version asked for (checked here with the JSON
//! Schema crate against the copies in `tests/data/case/`), and what was repaired is said.

use std::path::{Path, PathBuf};

use kasb_interchange::case::{self, CaseVersion, ExportOptions};
use kasb_model::Document;
use serde_json::Value;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name)
}

fn validator(version: CaseVersion) -> jsonschema::Validator {
    let name = match version {
        CaseVersion::V1_1 => "case/case-v1p1-cfpackage-schema.json",
        _ => "case/case-v1p0-cfpackage-schema.json",
    };
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(data(name)).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

const VERSIONS: [CaseVersion; 2] = [CaseVersion::V1_0, CaseVersion::V1_1];

/// Exports `id` of `workspace` in both versions and asserts each valid; returns the repairs.
fn assert_valid_in_both(workspace: &kasb_load::Workspace, id: &str) -> Vec<Vec<String>> {
    let mut repairs = Vec::new();
    for version in VERSIONS {
        let options = ExportOptions::default().with_case_version(version);
        let export = case::export_package_with(workspace, id, &options)
            .unwrap_or_else(|error| panic!("{id} as CASE {}: {error}", version.as_str()));
        assert_eq!(export.version, version);
        let package: Value = serde_json::from_str(&export.exported.text).unwrap();
        let errors: Vec<String> = validator(version)
            .iter_errors(&package)
            .take(5)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{id} as {}: {errors:#?}",
            version.as_str()
        );
        repairs.push(export.repairs);
    }
    repairs
}

/// Every real package: those of `case/` (OpenSALT) and of `case-wild/`.
fn real_packages() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for folder in [
        "case",
        "case-wild/opensalt-history",
        "case-wild/smarter-balanced",
    ] {
        for entry in std::fs::read_dir(data(folder)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // The schemas themselves, and the pre-1.0 draft that is refused.
            if name.ends_with(".json") && !name.contains("schema") && !name.contains("2016") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_real_package_exports_valid_as_case_1_0_and_1_1() {
    let packages = real_packages();
    assert_eq!(packages.len(), 32);
    for path in packages {
        let dir = tempfile::tempdir().unwrap();
        case::import_file(&path).write(dir.path(), false).unwrap();
        let workspace = kasb_load::load(&[dir.path().to_path_buf()], &Default::default()).unwrap();
        let id = workspace.documents[0].document.id().to_owned();
        assert_valid_in_both(&workspace, &id);
    }
}

#[test]
fn the_2017_cf_package_is_repaired_and_says_so() {
    let path = data("case-wild/opensalt-history/math_cfs_sample_CF_2017-4d608034.json");
    let dir = tempfile::tempdir().unwrap();
    case::import_file(&path).write(dir.path(), false).unwrap();
    let workspace = kasb_load::load(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    let id = workspace.documents[0].document.id().to_owned();
    let repairs = assert_valid_in_both(&workspace, &id);
    let v1_0 = &repairs[0];
    assert_eq!(v1_0.len(), 3, "{v1_0:#?}");
    assert!(
        v1_0.iter()
            .any(|r| r.contains("not a UUID") && r.ends_with("(704×)"))
    );
    assert!(
        v1_0.iter()
            .any(|r| r.contains("CFAssociationGroupingURI") && r.ends_with("(703×)"))
    );
    // 1.1 drops what it has no place for, and says so.
    assert!(
        repairs[1]
            .iter()
            .any(|r| r.contains("`CFItemAssociationURI`"))
    );
}

#[test]
fn the_version_a_package_was_imported_from_is_the_default() {
    let path = data("case-wild/smarter-balanced/mockIT.json");
    let dir = tempfile::tempdir().unwrap();
    case::import_file(&path).write(dir.path(), false).unwrap();
    let workspace = kasb_load::load(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    let id = workspace.documents[0].document.id().to_owned();
    let export = case::export_package_with(&workspace, &id, &ExportOptions::default()).unwrap();
    assert_eq!(export.version, CaseVersion::V1_0);
    // Its 1.1 export is valid 1.0 as well; served from a CASE 1.1 endpoint (as a 1.1 server
    // names its nodes), it imports as 1.1, and exports as 1.1 by default.
    let options = ExportOptions::default().with_case_version(CaseVersion::V1_1);
    let v1_1 = case::export_package_with(&workspace, &id, &options).unwrap();
    let again = dir.path().join("again");
    let input = dir.path().join("v1_1.json");
    let served = v1_1
        .exported
        .text
        .replace("/ims/case/v1p0/", "/ims/case/v1p1/");
    std::fs::write(&input, served).unwrap();
    let import = case::import_file(&input);
    assert!(import.problems.is_empty(), "{:#?}", import.problems);
    import.write(&again, false).unwrap();
    let workspace = kasb_load::load(&[again], &Default::default()).unwrap();
    let Document::Classification(classification) = &workspace.documents[0].document else {
        panic!("a classification");
    };
    assert!(
        classification
            .source
            .as_ref()
            .unwrap()
            .any()
            .starts_with("CASE 1.1 package "),
        "{:?}",
        classification.source
    );
    let export = case::export_package_with(&workspace, &id, &ExportOptions::default()).unwrap();
    assert_eq!(export.version, CaseVersion::V1_1);
    assert!(export.repairs.is_empty(), "{:#?}", export.repairs);
}

#[test]
fn every_bundled_standard_and_classification_exports_valid_in_both_versions() {
    let standards = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let workspace = kasb_load::load(&[standards], &Default::default()).unwrap();
    let mut exported = 0;
    for loaded in &workspace.documents {
        if matches!(
            loaded.document,
            Document::OccupationalStandard(_) | Document::Classification(_)
        ) {
            let repairs = assert_valid_in_both(&workspace, loaded.document.id());
            assert!(repairs.iter().all(Vec::is_empty), "{repairs:#?}");
            exported += 1;
        }
    }
    assert!(exported >= 10, "{exported}");
}
