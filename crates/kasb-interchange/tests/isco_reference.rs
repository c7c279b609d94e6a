//! The bundled ISCO reference data (`standards/classifications/isco-08.yaml`, `isco-88.yaml`,
//! `isco-88-to-isco-08.yaml`) is exactly what the generator makes from the vendored sources.

#[path = "../examples/isco.rs"]
mod isco;

const REGENERATE: &str = "cargo run -p kasb-interchange --example isco";

#[test]
fn committed_isco_files_are_what_the_generator_writes() {
    let dir = isco::default_dir();
    let files = isco::generate(&dir.join("sources")).expect("the sources generate");
    assert_eq!(files.len(), 3);
    for (name, text) in files {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            committed == text,
            "standards/classifications/{name} differs from what its sources generate: run `{REGENERATE}`"
        );
    }
}

#[test]
fn generated_titles_come_from_the_ilo_with_esco_labels_as_alternatives() {
    let files = isco::generate(&isco::default_dir().join("sources")).unwrap();
    let isco08 = &files[0].1;
    // The ILO's title, ESCO's spelling as the alternative.
    assert!(isco08.contains(
        "  - code: \"7213\"\n    title: \"Sheet Metal Workers\"\n    alternative_titles:\n      - \"Sheet-metal workers\"\n"
    ));
    // A typo of the source corrected, and no alternative when ESCO differs only in case.
    assert!(
        isco08.contains("  - code: \"2522\"\n    title: \"Systems Administrators\"\n    parent:")
    );
    assert!(!isco08.contains("Aministrators\"\n    parent"));
    assert_eq!(isco08.matches("  - code: ").count(), 619);
    assert_eq!(files[1].1.matches("  - code: ").count(), 544);
}

#[test]
fn a_correction_that_no_longer_matches_its_source_stops_the_generator() {
    let sources = isco::default_dir().join("sources");
    let temp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&sources).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "sthlp" || e == "csv") {
            std::fs::copy(&path, temp.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let labels = temp.path().join("labels_isco08.sthlp");
    let text = std::fs::read_to_string(&labels).unwrap();
    let fixed = text.replace("\"Systems Aministrators\"", "\"Systems Administrators\"");
    assert_ne!(text, fixed);
    std::fs::write(&labels, fixed).unwrap();
    let error = isco::generate(temp.path()).expect_err("a stale correction is an error");
    assert!(error.contains("isco-08 2522"), "{error}");
}
