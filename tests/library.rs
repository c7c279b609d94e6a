//! The library as a Rust program uses it: in-memory checks, file ids that stay with their
//! file, and options whose every setting is honoured.

use std::path::Path;

use kasb::config::Config;
use kasb::{CheckOptions, check, check_sources};

/// A standard whose framework reference (line 7, column 12) names nothing.
const DANGLING: &str = "kind: OccupationalStandard\nformat: 1\nid: demo-welder\ntitle: Welder\n\
    language: en\ncountry: KG\nframework: kg-nqf\noccupation:\n  title: Welder\nunits:\n  - id: U1\n\
    \x20   title: Welding\n";

/// A clean level framework.
const FRAMEWORK: &str = "kind: LevelFramework\nformat: 1\nid: kg-nqf\ntitle: NQF\nlanguage: en\n\
    levels:\n  - level: 1\n    title: One\n    descriptor: Simple tasks.\n";

#[test]
fn in_memory_sources_are_sorted_and_each_diagnostic_stays_in_its_file() {
    // Given out of path order, with the broken file first: the workspace sorts them, and the
    // K202 must still point at the file that holds the reference.
    let sources = [
        ("z/broken.yaml", DANGLING.to_owned()),
        (
            "a/other.yaml",
            DANGLING.replace("demo-welder", "other-welder"),
        ),
    ];
    let report = check_sources(sources, &CheckOptions::default()).unwrap();
    let workspace = report.graph.workspace();
    let paths: Vec<&Path> = workspace.files().iter().map(|file| file.path()).collect();
    assert_eq!(
        paths,
        [Path::new("a/other.yaml"), Path::new("z/broken.yaml")]
    );
    let mut located: Vec<(&Path, u32, u32)> = report
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.rule.code == "K202")
        .map(|d| {
            (
                d.location.file.as_path(),
                d.location.line(),
                d.location.column(),
            )
        })
        .collect();
    located.sort();
    assert_eq!(
        located,
        [
            (Path::new("a/other.yaml"), 7, 12),
            (Path::new("z/broken.yaml"), 7, 12)
        ]
    );
    for loaded in &workspace.documents {
        let file = workspace.file(loaded.file);
        assert_eq!(workspace.file_id(file.path()), Some(loaded.file));
        let expected = if loaded.document.id() == "demo-welder" {
            "z/broken.yaml"
        } else {
            "a/other.yaml"
        };
        assert_eq!(file.path(), Path::new(expected));
    }
}

#[test]
fn in_memory_sources_resolve_against_each_other() {
    let sources = [("welder.yaml", DANGLING), ("nqf.yaml", FRAMEWORK)];
    let report = check_sources(sources, &CheckOptions::default()).unwrap();
    assert!(
        report.diagnostics.iter().all(|d| d.rule.code != "K202"),
        "{:#?}",
        report.diagnostics
    );
    assert_eq!(report.files(), 2);
}

#[test]
fn two_sources_with_one_path_are_refused() {
    let error = check_sources(
        [("a.yaml", FRAMEWORK), ("a.yaml", FRAMEWORK)],
        &CheckOptions::default(),
    )
    .unwrap_err();
    assert_eq!(error.to_string(), "two sources have the path `a.yaml`");
}

#[test]
fn the_callers_configuration_chooses_the_files_and_limits() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(dir.path().join("nqf.yaml"), FRAMEWORK).unwrap();
    std::fs::write(dir.path().join("drafts/welder.yaml"), DANGLING).unwrap();
    let everything = check(&[dir.path().to_path_buf()], &CheckOptions::default()).unwrap();
    assert_eq!(everything.files(), 2);

    let mut config = Config::default();
    config.exclude.push("drafts/**".into());
    config.root = Some(dir.path().to_path_buf());
    let options = CheckOptions::new(config.clone());
    let report = check(&[dir.path().to_path_buf()], &options).unwrap();
    assert_eq!(report.files(), 1, "the caller's exclude glob is honoured");
    assert_eq!(report.graph.workspace().skipped.len(), 1);

    config.limits.max_file_bytes = Some(16);
    let report = check(&[dir.path().to_path_buf()], &CheckOptions::new(config)).unwrap();
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.code).collect();
    assert_eq!(codes, ["K108"], "the caller's file size limit is honoured");
}

#[test]
fn the_caller_decides_whether_ignore_files_count() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".ignore"), "hidden.yaml\n").unwrap();
    std::fs::write(dir.path().join("hidden.yaml"), FRAMEWORK).unwrap();
    let honoured = check(&[dir.path().to_path_buf()], &CheckOptions::default()).unwrap();
    assert_eq!(honoured.files(), 0);
    let options = CheckOptions::default().with_ignore_files(false);
    let report = check(&[dir.path().to_path_buf()], &options).unwrap();
    assert_eq!(report.files(), 1);
}
