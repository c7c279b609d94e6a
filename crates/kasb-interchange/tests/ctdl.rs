//! CTDL-ASN export, checked by the reference validator `ctdl-validate` (PyPI).
//!
//! The validator is found through `CTDL_VALIDATE_DIR` (an unpacked wheel: run as
//! `python3 -m ctdl_validate` with it on `PYTHONPATH`) or as `ctdl-validate` on `PATH`. Where it
//! is missing the test says so and skips, unless `KASB_REQUIRE_CTDL_VALIDATE=1`.

use std::collections::BTreeSet;
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

/// The validator, or `None` (and a note) where it is missing and not required.
fn required_validator() -> Option<Command> {
    let Some(command) = validator() else {
        assert!(
            std::env::var("KASB_REQUIRE_CTDL_VALIDATE").as_deref() != Ok("1"),
            "ctdl-validate is required (KASB_REQUIRE_CTDL_VALIDATE=1) but not found: set \
             CTDL_VALIDATE_DIR to the unpacked wheel or put ctdl-validate on PATH"
        );
        eprintln!("skipped: ctdl-validate is not installed (set CTDL_VALIDATE_DIR or PATH)");
        return None;
    };
    Some(command)
}

fn validate(payload: &str, name: &str) -> Option<String> {
    let mut command = required_validator()?;
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

#[test]
fn imported_esco_skills_export_with_their_descriptions() {
    let import = kasb_interchange::esco::import_dir(&repo("tests/data/esco/official"));
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let payload = ctdl::export(&load(&[dir.path().to_path_buf()]), "esco-skills").unwrap();
    let json: Value = serde_json::from_str(&payload).unwrap();
    let haskell = json["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["ceasn:codedNotation"] == "000f1d3d-220f-4789-9c0a-cc742521fb02")
        .unwrap();
    let comment = haskell["ceasn:comment"]["en"][0].as_str().unwrap();
    assert!(
        comment.starts_with("The techniques and principles"),
        "{haskell}"
    );
    validate(&payload, "esco-skills");
}

#[test]
fn a_classifications_description_is_the_frameworks() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("codes.yaml"),
        "kind: Classification\nformat: 1\nid: codes\ntitle: Codes\n\
         description: {en: Codes for tests, ru: Коды для тестов}\nlanguage: en\nentries:\n\
         - code: A\n  title: A\n  description: The first code\n",
    )
    .unwrap();
    let payload = ctdl::export(&load(&[dir.path().to_path_buf()]), "codes").unwrap();
    let json: Value = serde_json::from_str(&payload).unwrap();
    let framework = &json["@graph"][0];
    assert_eq!(framework["ceasn:description"]["ru"], "Коды для тестов");
    assert_eq!(
        json["@graph"][1]["ceasn:comment"]["en"][0],
        "The first code"
    );
    validate(&payload, "codes");
}

/// The bundled crosswalks, each with its source and target document ids.
fn bundled_crosswalks(workspace: &kasb_load::Workspace) -> Vec<(String, String, String)> {
    let crosswalks: Vec<_> = workspace
        .documents
        .iter()
        .filter_map(|loaded| match &loaded.document {
            kasb_model::Document::Crosswalk(c) => {
                Some((c.id.clone(), c.source.clone(), c.target.clone()))
            }
            _ => None,
        })
        .collect();
    assert!(crosswalks.len() >= 3, "{crosswalks:?}");
    crosswalks
}

/// The `@id` of every entity of an export's graph, and every alignment target in it.
fn ids_and_alignment_targets(payload: &str) -> (BTreeSet<String>, Vec<String>) {
    let json: Value = serde_json::from_str(payload).unwrap();
    let graph = json["@graph"].as_array().unwrap();
    let ids = graph
        .iter()
        .filter(|entity| entity["@type"] == "ceasn:Competency")
        .map(|entity| entity["@id"].as_str().unwrap().to_owned())
        .collect();
    let targets = graph
        .iter()
        .flat_map(|entity| entity.as_object().unwrap())
        .filter(|(key, _)| key.ends_with("Alignment") || *key == "ceasn:alignTo")
        .flat_map(|(_, value)| value.as_array().unwrap())
        .map(|target| target.as_str().unwrap().to_owned())
        .collect();
    (ids, targets)
}

#[test]
fn every_alignment_target_is_a_competency_of_the_target_documents_export() {
    let workspace = load(&[repo("standards")]);
    for (id, source, target) in bundled_crosswalks(&workspace) {
        let crosswalk = workspace
            .documents
            .iter()
            .find(|loaded| loaded.document.id() == id)
            .unwrap();
        let kasb_model::Document::Crosswalk(crosswalk) = &crosswalk.document else {
            unreachable!()
        };
        let (_, targets) = ids_and_alignment_targets(&ctdl::export(&workspace, &source).unwrap());
        let (competencies, _) =
            ids_and_alignment_targets(&ctdl::export(&workspace, &target).unwrap());
        let into_target: Vec<_> = targets
            .iter()
            .filter(|t| competencies.contains(*t))
            .collect();
        // Every alignment of the crosswalk is exported, and lands on a competency of the
        // target's own export (the source's other crosswalks land in their own targets).
        assert_eq!(into_target.len(), crosswalk.alignments.len(), "{id}");
    }
    // Every alignment target of the Kyrgyz welder (the source of two crosswalks) resolves.
    let (_, targets) = ids_and_alignment_targets(&ctdl::export(&workspace, "kg-welder").unwrap());
    let mut exported = BTreeSet::new();
    for other in ["am-welder", "ru-welder"] {
        exported.extend(ids_and_alignment_targets(&ctdl::export(&workspace, other).unwrap()).0);
    }
    assert_eq!(targets.len(), 32);
    assert!(targets.iter().all(|t| exported.contains(t)), "{targets:?}");
}

#[test]
fn ctdl_validate_resolves_every_alignment_of_every_bundled_crosswalk() {
    if required_validator().is_none() {
        return;
    }
    let workspace = load(&[repo("standards")]);
    let crosswalks = bundled_crosswalks(&workspace);
    // The exports of every document a crosswalk joins.
    let dir = tempfile::tempdir().unwrap();
    let joined: BTreeSet<&String> = crosswalks.iter().flat_map(|(_, s, t)| [s, t]).collect();
    for document in &joined {
        let file = dir.path().join(format!("{document}.json"));
        std::fs::write(&file, ctdl::export(&workspace, document).unwrap()).unwrap();
    }
    let sources: BTreeSet<&String> = crosswalks.iter().map(|(_, source, _)| source).collect();
    for source in sources {
        let file = dir.path().join(format!("{source}.json"));
        let mut command = required_validator().unwrap();
        command.arg(&file).args(["--format", "json"]);
        for other in joined.iter().filter(|other| *other != &source) {
            command
                .arg("--resolve")
                .arg(dir.path().join(format!("{other}.json")));
        }
        let output = command.output().unwrap();
        assert!(output.status.success(), "{source}: {output:?}");
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        let summary = &report["summary"];
        assert_eq!(summary["ERROR"], 0, "{source}: {report}");
        assert_eq!(summary["UNVERIFIABLE"], 0, "{source}: {report}");
        // Each alignment target is one finding: resolved in a document supplied.
        let resolved = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "REF_RESOLVED_SUPPLIED")
            .count();
        let (_, targets) = ids_and_alignment_targets(&std::fs::read_to_string(&file).unwrap());
        assert!(!targets.is_empty(), "{source}");
        assert_eq!(resolved, targets.len(), "{source}: {report}");
    }
}

/// Loads `paths` as an export's caller does.
fn load(paths: &[std::path::PathBuf]) -> kasb_load::Workspace {
    kasb_load::load(paths, &kasb_load::LoadOptions::default()).unwrap()
}
