//! The Russian professional-standard XML importer on the 23 real files in `tests/data/`.

use std::path::{Path, PathBuf};

use kasb_diagnostics::Severity;
use kasb_interchange::{Import, ru};
use kasb_model::Document;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/ru-profstandart")
}

fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn xml_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "xml"))
        .collect();
    files.sort();
    files
}

fn import_all() -> Import {
    let files = xml_files();
    assert_eq!(files.len(), 23);
    ru::import_files(&files)
}

#[test]
fn all_23_files_import_with_their_totals() {
    let import = import_all();
    let errors: Vec<String> = import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let standards: Vec<_> = import.standards().collect();
    let functions: usize = standards.iter().map(|s| s.functions.len()).sum();
    let units: usize = standards.iter().map(|s| s.units.len()).sum();
    let actions: usize = standards
        .iter()
        .flat_map(|s| &s.units)
        .map(|u| u.criteria.len())
        .sum();
    let skills: usize = standards
        .iter()
        .flat_map(|s| &s.units)
        .map(|u| u.skills.len())
        .sum();
    let knowledge: usize = standards
        .iter()
        .flat_map(|s| &s.units)
        .map(|u| u.knowledge.len())
        .sum();
    assert_eq!(
        (
            standards.len(),
            functions,
            units,
            actions,
            skills,
            knowledge
        ),
        (42, 182, 931, 5_189, 5_635, 11_408)
    );
}

#[test]
fn programmer_standard_is_mapped_field_by_field() {
    let import = import_all();
    let standard = import.standards().find(|s| s.id == "ru-ps-06.001").unwrap();
    assert_eq!(standard.title.any(), "Программист");
    assert_eq!(
        (standard.language.as_str(), standard.country.as_str()),
        ("ru", "RU")
    );
    assert_eq!(standard.framework, "ru-nqf");
    assert_eq!(standard.activity_code.as_deref(), Some("06.001"));
    let approval = standard.approval.as_ref().unwrap();
    assert_eq!(approval.registration_number.as_deref(), Some("4"));
    assert_eq!(approval.order_number.as_deref(), Some("679н"));
    assert_eq!(
        approval.approved_on.as_ref().unwrap().to_string(),
        "2013-11-18"
    );
    let okz: Vec<&str> = standard
        .occupation
        .national_codes
        .iter()
        .filter(|code| code.scheme == "OKZ")
        .map(|code| code.code.as_str())
        .collect();
    assert_eq!(okz, ["2132", "2131"]);
    // OK 010-93 codes (ISCO-88 based) are not ISCO-08 codes.
    assert_eq!(standard.occupation.isco, None);
    let levels: Vec<(&str, u8)> = standard
        .functions
        .iter()
        .map(|f| (f.id.as_str(), f.level))
        .collect();
    assert_eq!(levels, [("A", 3), ("B", 4), ("C", 5), ("D", 6)]);
    let unit = &standard.units[0];
    assert_eq!(unit.id, "A/01.3");
    assert_eq!(unit.function.as_deref(), Some("A"));
    assert_eq!(unit.level, Some(3));
    assert_eq!(unit.criteria.len(), 3);
    assert_eq!(unit.criteria[0].id, "A/01.3.1");
    assert_eq!(unit.skills[0].id, "A/01.3.S1");
    assert_eq!(unit.knowledge[4].id, "A/01.3.K5");
    let b045 = standard.units.iter().find(|u| u.id == "B/04.5").unwrap();
    assert_eq!((b045.level, b045.function.as_deref()), (Some(5), Some("B")));
}

#[test]
fn traps_in_the_real_data_are_reported_with_their_location() {
    let import = import_all();
    let show = |p: &kasb_interchange::Problem| p.to_string();
    // Empty OKZ codes (06.041 and 25.005), with file, line and column.
    let empty: Vec<String> = import
        .problems
        .iter()
        .filter(|p| p.message.starts_with("empty OKZ code"))
        .map(show)
        .collect();
    assert_eq!(empty.len(), 4, "{empty:#?}");
    assert!(
        empty.iter().all(|p| p.starts_with("warning: ")),
        "{empty:#?}"
    );
    let first = import
        .problems
        .iter()
        .find(|p| p.message.starts_with("empty OKZ code"))
        .unwrap();
    assert!(
        first
            .location
            .file
            .ends_with("ProfessionalStandarts_1076.xml")
    );
    assert!(first.location.span.is_some() && first.location.column() > 1);
    // Trailing dots are normalised.
    let standard = import.standards().find(|s| s.id == "ru-ps-06.005").unwrap();
    assert_eq!(standard.occupation.national_codes[0].code, "2152");
    // B/04.5: the code's level and SubQualification disagree.
    assert!(
        import
            .problems
            .iter()
            .any(|p| p.message.contains("`B/04.5`") && p.message.contains("SubQualification"))
    );
    // Cyrillic look-alike letters in codes.
    let cyrillic = import
        .problems
        .iter()
        .filter(|p| p.message.contains("Cyrillic"))
        .count();
    assert_eq!(cyrillic, 9);
    let marine = import.standards().find(|s| s.id == "ru-ps-17.105").unwrap();
    assert_eq!(marine.units[0].id, "A/01.3");
    // One new-OKZ code that is an ISCO-08 unit group maps.
    let firefighter = import.standards().find(|s| s.id == "ru-ps-12.007").unwrap();
    assert_eq!(firefighter.occupation.isco.as_deref(), Some("5411"));
}

#[test]
fn written_files_load_back_clean_and_equal() {
    let import = import_all();
    let dir = tempfile::tempdir().unwrap();
    let written = import.write(dir.path(), false).unwrap();
    assert_eq!(written.written.len(), 42);
    let workspace = kasb_load::load(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    let diagnostics: Vec<String> = workspace
        .diagnostics
        .iter()
        .map(|d| format!("{} {} {}", d.rule.code, d.location, d.message))
        .collect();
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(workspace.documents.len(), 42);
    for loaded in &workspace.documents {
        let original = import
            .documents
            .iter()
            .find(|d| d.document.id() == loaded.document.id())
            .unwrap();
        assert_eq!(
            original.document,
            loaded.document,
            "{}",
            loaded.document.id()
        );
    }
    let text = std::fs::read_to_string(dir.path().join("ru-ps-06.001.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema="),
        "{}",
        &text[..200]
    );
}

#[test]
fn the_same_bytes_on_every_run_and_no_overwrite_without_force() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    import_all().write(first.path(), false).unwrap();
    import_all().write(second.path(), false).unwrap();
    for entry in std::fs::read_dir(first.path()).unwrap() {
        let path = entry.unwrap().path();
        let other = second.path().join(path.file_name().unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), std::fs::read(other).unwrap());
    }
    // The same import again finds every file identical: nothing is in the way.
    let again = import_all().write(first.path(), false).unwrap();
    assert_eq!((again.written.len(), again.unchanged.len()), (0, 42));
    // A file that differs is in the way without --force, and nothing is written.
    let edited = first.path().join("ru-ps-06.001.yaml");
    std::fs::write(&edited, "edited\n").unwrap();
    let other = first.path().join("ru-ps-12.007.yaml");
    std::fs::remove_file(&other).unwrap();
    let error = import_all().write(first.path(), false).unwrap_err();
    assert!(error.to_string().contains("--force"), "{error}");
    assert_eq!(std::fs::read(&edited).unwrap(), b"edited\n");
    assert!(
        !other.exists(),
        "nothing is written when a file is in the way"
    );
    let forced = import_all().write(first.path(), true).unwrap();
    assert_eq!((forced.written.len(), forced.unchanged.len()), (2, 40));
    let leftovers = std::fs::read_dir(first.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(leftovers, 0);
}

/// The imported standards, with the Russian framework and the EQF, checked by `kasb check`.
fn check_imported() -> kasb::Report {
    let dir = tempfile::tempdir().unwrap();
    import_all().write(dir.path(), false).unwrap();
    for framework in ["ru-nqf", "eqf"] {
        std::fs::copy(
            repo_file(&format!("standards/frameworks/{framework}.yaml")),
            dir.path().join(format!("{framework}.yaml")),
        )
        .unwrap();
    }
    let report = kasb::check(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    // Keep the directory alive until the report is built; the report holds the texts.
    drop(dir);
    report
}

#[test]
fn kasb_check_accepts_the_imported_standards() {
    let report = check_imported();
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {} {}", d.rule.code, d.location, d.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(matches!(
        report.graph.workspace().documents[0].document,
        Document::LevelFramework(_) | Document::OccupationalStandard(_)
    ));
}

#[test]
fn kasb_check_reports_the_level_inconsistency_in_06_001() {
    if kasb::rules::find("K303").is_none() {
        eprintln!("skipped: rule K303 (level-above-parent) is not registered in this build");
        return;
    }
    let report = check_imported();
    let found = report
        .diagnostics
        .iter()
        .filter(|d| d.rule.code == "K303")
        .map(|d| format!("{} {}", d.location, d.message))
        .collect::<Vec<_>>();
    assert!(
        found
            .iter()
            .any(|d| d.contains("ru-ps-06.001") && d.contains("B/04.5")),
        "{found:#?}"
    );
}

#[test]
fn an_impossible_date_of_approval_is_a_located_warning_and_left_out() {
    let xml = std::fs::read_to_string(data_dir().join("ProfessionalStandarts_1090.xml")).unwrap();
    let broken = xml.replace(
        "<DateOfApproval>06.07.2020</DateOfApproval>",
        "<DateOfApproval>31.02.2020</DateOfApproval>",
    );
    assert_ne!(broken, xml, "the sample's date changed: update this test");
    let import = ru::import_reader("1090.xml", broken.as_bytes());
    let warnings: Vec<_> = import
        .problems
        .iter()
        .filter(|problem| problem.message.contains("date of approval"))
        .collect();
    assert_eq!(warnings.len(), 1, "{:#?}", import.problems);
    let warning = warnings[0];
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.location.line(), 4);
    assert!(
        warning
            .message
            .contains("`31.02.2020` is not a date (there is no day 31 in February 2020"),
        "{}",
        warning.message
    );
    let standard = import
        .standards()
        .next()
        .expect("imported without the date");
    let approval = standard.approval.as_ref().unwrap();
    assert_eq!(approval.approved_on, None);
}
