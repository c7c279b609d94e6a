//! The library as a Rust program uses it: in-memory checks, file ids that stay with their
//! file, and options whose every setting is honoured.

use std::path::Path;

use kasb::config::Config;
use kasb::{CheckOptions, check, check_sources};

/// A standard whose framework reference (line 7, column 12) names nothing unless kasb's
/// reference set (or a source) has `kg-nqf`.
const DANGLING: &str = "kind: OccupationalStandard\nformat: 1\nid: demo-welder\ntitle: Welder\n\
    language: en\ncountry: KG\nframework: kg-nqf\noccupation:\n  title: Welder\nunits:\n  - id: U1\n\
    \x20   title: Welding\n";

/// A clean level framework.
const FRAMEWORK: &str = "kind: LevelFramework\nformat: 1\nid: kg-nqf\ntitle: NQF\nlanguage: en\n\
    levels:\n  - level: 1\n    title: One\n    descriptor: Simple tasks.\n";

#[test]
fn in_memory_sources_are_sorted_and_each_diagnostic_stays_in_its_file() {
    // Given out of path order, with the broken file first: the workspace sorts them, and the
    // K202 must still point at the file that holds the reference (`kg-nqf`, which names
    // nothing with kasb's reference set turned off).
    let mut config = Config::default();
    config.reference = kasb::config::Reference::disabled();
    let sources = [
        ("z/broken.yaml", DANGLING.to_owned()),
        (
            "a/other.yaml",
            DANGLING.replace("demo-welder", "other-welder"),
        ),
    ];
    let report = check_sources(sources, &CheckOptions::new(config)).unwrap();
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

/// Every public error says its own part, and its causes are reached through `source()`: no
/// message repeats the text of its source, so a chain prints each cause once.
#[test]
fn no_error_repeats_its_source() {
    use std::error::Error;

    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing");
    let standards = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    let workspace = kasb::load::load(&[standards], &Default::default()).unwrap();
    let options = kasb::compare::CompareOptions::default();
    let graph = check_sources([("a.yaml", FRAMEWORK)], &CheckOptions::default())
        .unwrap()
        .graph;
    let errors: Vec<Box<dyn Error>> = vec![
        Box::new(check(std::slice::from_ref(&missing), &CheckOptions::default()).unwrap_err()),
        Box::new(Config::read(&missing).unwrap_err()),
        Box::new(kasb::load::load_str("a.yaml", "kind: Nope\n", &Default::default()).unwrap_err()),
        Box::new("Nope".parse::<kasb::model::DocumentKind>().unwrap_err()),
        Box::new(
            kasb::interchange::write_file(
                &missing.join("deeper/out.json"),
                b"{}",
                kasb::interchange::Overwrite::Never,
                [],
            )
            .unwrap_err(),
        ),
        Box::new(kasb::interchange::case::export(&workspace, "kg-weldr").unwrap_err()),
        Box::new(
            kasb::interchange::case::export_to_file(
                &workspace,
                "kg-welder",
                &dir.path().join("out.json"),
                false,
            )
            .map(|_| ())
            .and_then(|()| {
                let input = workspace.files()[0].path();
                kasb::interchange::case::export_to_file(&workspace, "kg-welder", input, true)
                    .map(|_| ())
            })
            .unwrap_err(),
        ),
        Box::new(kasb::compare::compare(&graph, "a", "b", &options).unwrap_err()),
    ];
    let mut with_source = 0;
    for error in &errors {
        let mut current: &dyn Error = error.as_ref();
        while let Some(source) = current.source() {
            with_source += 1;
            let (message, cause) = (current.to_string(), source.to_string());
            assert!(
                !message.contains(&cause),
                "`{message}` repeats its source `{cause}`"
            );
            current = source;
        }
    }
    assert!(
        with_source >= 3,
        "the I/O errors keep their cause as a source"
    );
}

#[test]
fn references_into_a_broken_document_are_not_reported_again() {
    // Written in flow style, which no line scan reads: the id comes from the parsed tree.
    let broken = "{kind: OccupationalStandard, format: 1, id: broken-std, title: Welder,\n\
        \x20language: en, country: KG, framework: kg-nqf, occupation: {title: Welder},\n\
        \x20titel: Welder, units: [{id: U1, title: Welding}]}\n";
    let qualification = "kind: Qualification\nformat: 1\nid: q\ntitle: Q\nlanguage: en\n\
        country: KG\nframework: kg-nqf\nlevel: 1\ncore:\n  - broken-std/U1\n  - broken-std/U9\n";
    let sources = [
        ("broken.yaml", broken),
        ("nqf.yaml", FRAMEWORK),
        ("q.yaml", qualification),
    ];
    let report = check_sources(sources, &CheckOptions::default()).unwrap();
    // (FRAMEWORK has problems of its own, which are not this test's.)
    let codes: Vec<(&str, &Path)> = report
        .diagnostics
        .iter()
        .map(|d| (d.rule.code, d.location.file.as_path()))
        .filter(|(_, file)| *file != Path::new("nqf.yaml"))
        .collect();
    // The broken file's own error, and nothing about the references to it or its items.
    assert_eq!(codes, [("K104", Path::new("broken.yaml"))], "{codes:?}");
    let unloaded = &report.graph.workspace().unloaded_ids;
    assert!(unloaded.iter().any(|id| id == "broken-std"), "{unloaded:?}");
}
