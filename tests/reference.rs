//! kasb's reference set through the public surface: a repository that copies nothing resolves
//! `kg-nqf`, its levels and ISCO-08 codes; a repository document replaces a reference one and is
//! told so once; `kasb.toml` turns the set off or pins its version; nothing inside the set is
//! ever the repository's problem.

use std::path::{Path, PathBuf};

use kasb::config::{Config, ConfigError, Reference};
use kasb::diagnostics::Severity;
use kasb::{CheckOptions, Report, check};

/// A Kyrgyz welder standard on `kg-nqf`, with one unit at level 4 and an ISCO code.
fn standard(isco: &str) -> String {
    format!(
        "kind: OccupationalStandard
format: 1
id: demo-welder
title: Welder
language: en
country: KG
framework: kg-nqf
occupation:
  title: Welder
  isco: \"{isco}\"
units:
  - id: U1
    title: Welding
    level: 4
    criteria:
      - id: U1.1
        statement: Welds are sound.
"
    )
}

/// A folder holding `files` (name, text) and nothing else.
fn repository(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn check_dir(dir: &Path, config: Config) -> Report {
    check(&[dir.to_path_buf()], &CheckOptions::new(config)).unwrap()
}

fn listed(report: &Report) -> String {
    report
        .diagnostics
        .iter()
        .map(|d| format!("\n  {d}"))
        .collect()
}

#[test]
fn a_lone_standard_resolves_its_framework_level_and_isco_code_without_copies() {
    let text = standard("7212");
    let dir = repository(&[("standard.yaml", &text)]);
    let report = check_dir(dir.path(), Config::default());
    assert!(report.diagnostics.is_empty(), "{}", listed(&report));
    assert_eq!(
        report.files(),
        1,
        "the reference files are not the repository's"
    );
    let graph = &report.graph;
    for id in ["kg-nqf", "kg-nqf/4", "eqf", "eqf/4", "isco-08/7212"] {
        assert!(graph.node(id).is_some(), "{id} is in the graph");
    }
}

#[test]
fn an_isco_code_that_is_no_unit_group_is_a_located_error() {
    let text = standard("7419");
    let dir = repository(&[("standard.yaml", &text)]);
    let report = check_dir(dir.path(), Config::default());
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.code).collect();
    assert_eq!(codes, ["K601"], "{}", listed(&report));
    let found = &report.diagnostics[0];
    assert_eq!(found.severity, Severity::Error);
    assert_eq!(found.location.file, dir.path().join("standard.yaml"));
    assert_eq!((found.location.line(), found.location.column()), (10, 9));
}

#[test]
fn a_repository_document_replaces_a_reference_one_with_one_info() {
    let copy = kasb::reference::text("kg-nqf").unwrap().replacen(
        "\ntitle:",
        "\n# The repository's copy.\ntitle:",
        1,
    );
    let own_edition = copy.replacen(
        "National Qualifications Framework of the Kyrgyz Republic",
        "National Qualifications Framework of the Kyrgyz Republic (2027 edition)",
        1,
    );
    assert_ne!(copy, own_edition);
    let text = standard("7212");
    let dir = repository(&[("standard.yaml", &text), ("kg-nqf.yaml", &own_edition)]);
    let report = check_dir(dir.path(), Config::default());
    let codes: Vec<(&str, Severity)> = report
        .diagnostics
        .iter()
        .map(|d| (d.rule.code, d.severity))
        .collect();
    assert_eq!(codes, [("K210", Severity::Info)], "{}", listed(&report));
    let info = &report.diagnostics[0];
    assert_eq!(info.location.file, dir.path().join("kg-nqf.yaml"));
    assert!(info.message.contains("`kg-nqf`"), "{}", info.message);
    let node = report.graph.node("kg-nqf").unwrap();
    let workspace = report.graph.workspace();
    let file = workspace.file(workspace.documents[node.document].file);
    assert!(
        !file.is_reference(),
        "the repository's document is the one in the graph"
    );

    // A copy with other comments but the same content replaces nothing worth saying.
    let dir = repository(&[("standard.yaml", &text), ("kg-nqf.yaml", &copy)]);
    let report = check_dir(dir.path(), Config::default());
    assert!(report.diagnostics.is_empty(), "{}", listed(&report));
}

#[test]
fn with_the_set_turned_off_an_unresolved_reference_says_where_it_was() {
    let text = standard("7212");
    let dir = repository(&[
        ("standard.yaml", &text),
        ("kasb.toml", "[reference]\nenabled = false\n"),
    ]);
    let config = Config::read(&dir.path().join("kasb.toml")).unwrap();
    assert_eq!(config.reference, Reference::disabled());
    let report = check_dir(dir.path(), config);
    let unresolved: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule.code == "K202")
        .collect();
    assert!(!unresolved.is_empty(), "{}", listed(&report));
    let help = unresolved[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("`kg-nqf` is in kasb's reference set, which kasb.toml turns off"),
        "{help}"
    );
    assert!(report.graph.node("eqf").is_none());
}

#[test]
fn a_pin_to_another_version_is_a_configuration_error() {
    let dir = repository(&[("kasb.toml", "[reference]\nversion = \"2020.1\"\n")]);
    let error = Config::read(&dir.path().join("kasb.toml")).unwrap_err();
    assert!(
        matches!(error, ConfigError::ReferenceVersion { .. }),
        "{error}"
    );
    let message = error.to_string();
    assert!(message.contains("2020.1"), "{message}");
    assert!(message.contains(kasb::reference::VERSION), "{message}");
    let pinned = format!("[reference]\nversion = \"{}\"\n", kasb::reference::VERSION);
    assert!(Config::from_toml(&pinned).is_ok());
}

/// The strictest configuration a repository can write: two required languages, every rule an
/// error.
fn strictest() -> Config {
    let mut text = String::from("[languages]\nrequired = [\"en\", \"ka\"]\n[rules]\n");
    for rule in kasb::rules::all() {
        text.push_str(&format!("{} = \"error\"\n", rule.code));
    }
    Config::from_toml(&text).unwrap()
}

#[test]
fn the_reference_set_is_never_the_subject_of_a_repositorys_diagnostics() {
    let empty = tempfile::tempdir().unwrap();
    let report = check_dir(empty.path(), strictest());
    assert!(report.diagnostics.is_empty(), "{}", listed(&report));
    assert_eq!(report.files(), 0);
    assert!(report.graph.node("isco-08/7212").is_some());
}

#[test]
fn the_reference_set_itself_is_clean_under_the_strictest_rules_but_its_own_languages() {
    // Checked as a repository of its own (exported copies), the set has no error or warning but
    // the second required language, which it does not claim to have.
    let dir = tempfile::tempdir().unwrap();
    for document in kasb::reference::documents() {
        std::fs::write(
            dir.path().join(format!("{}.yaml", document.id)),
            document.text,
        )
        .unwrap();
    }
    let mut config = strictest();
    config.required_languages = vec!["en".into()];
    config.reference = Reference::disabled();
    let report = check_dir(dir.path(), config);
    assert!(report.diagnostics.is_empty(), "{}", listed(&report));
}

#[test]
fn an_exclude_glob_never_excludes_the_reference_set() {
    let text = standard("7212");
    let dir = repository(&[("standard.yaml", &text)]);
    let mut config = Config::default();
    config.exclude.push("**".into());
    config.root = Some(dir.path().to_path_buf());
    let report = check_dir(dir.path(), config);
    assert_eq!(report.files(), 0);
    assert!(report.graph.node("eqf").is_some());
}

#[test]
fn the_bundled_standards_check_clean_and_quiet_with_the_set() {
    let standards = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("standards");
    let report = check(&[standards], &CheckOptions::default()).unwrap();
    let loud: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info || d.rule.code == "K210")
        .map(ToString::to_string)
        .collect();
    assert!(loud.is_empty(), "{loud:#?}");
}

#[test]
fn every_reference_document_loads_under_the_id_the_set_lists() {
    let documents = kasb::reference::documents();
    let ids: Vec<&str> = kasb::reference::ids().collect();
    assert_eq!(documents.len(), ids.len(), "every file loads");
    for document in &documents {
        assert_eq!(document.document.id(), document.id);
        assert!(document.display_path.ends_with(document.path));
        assert!(!document.title.is_empty(), "{}", document.id);
    }
    assert!(kasb::reference::get("isco-08").is_some());
    assert!(kasb::reference::get("no-such").is_none());
    let workspace = kasb::reference::workspace();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:#?}",
        workspace.diagnostics
    );
    for file in workspace.files() {
        let path = file.path().to_string_lossy();
        assert!(path.starts_with("<kasb reference "), "{path}");
        assert!(file.is_reference(), "{path}");
    }
}

#[test]
fn a_repository_id_that_looks_like_a_reference_id_is_reported_at_the_repository_file() {
    // The temporary folder's absolute path sorts before the reference files' display paths,
    // so the repository's document is loaded first: the warning must still be the repository's.
    let text = standard("7212").replace("id: demo-welder", "id: KG-NQF");
    let dir = repository(&[("standard.yaml", &text)]);
    assert!(dir.path().is_absolute());
    let report = check_dir(dir.path(), Config::default());
    let look_alike: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.rule.code == "K209")
        .collect();
    assert_eq!(look_alike.len(), 1, "{}", listed(&report));
    assert_eq!(
        look_alike[0].location.file,
        dir.path().join("standard.yaml")
    );
    assert_eq!(look_alike[0].location.line(), 3);
    assert!(
        look_alike[0].message.contains("`kg-nqf`"),
        "{}",
        look_alike[0].message
    );
}
