//! The write path through the library: confined file names, exact numbers, finite numbers,
//! one write helper for single files.

use kasb_diagnostics::Severity;
use kasb_interchange::{
    Import, ImportedDocument, Outcome, Overwrite, Sidecar, WriteError, case, ru, write_file,
};
use kasb_model::{Classification, Document, FormatVersion, Text};

fn classification(id: &str) -> Document {
    Document::Classification(Classification {
        kind: Default::default(),
        format: FormatVersion::CURRENT,
        id: id.to_owned(),
        title: Text::Plain("T".into()),
        description: None,
        language: "en".into(),
        publisher: None,
        source: None,
        code_pattern: None,
        entries: Vec::new(),
    })
}

fn import_named(file_name: &str, sidecar: Option<&str>) -> Import {
    Import {
        documents: vec![ImportedDocument {
            file_name: file_name.to_owned(),
            document: classification("c"),
            sidecars: sidecar
                .map(|name| Sidecar {
                    file_name: name.to_owned(),
                    contents: "{}\n".into(),
                })
                .into_iter()
                .collect(),
        }],
        problems: Vec::new(),
    }
}

#[test]
fn a_file_name_that_would_leave_the_output_directory_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    for (yaml, sidecar) in [
        ("../escaped.yaml", None),
        ("ok.yaml", Some("../../escaped.case.json")),
        ("sub/dir.yaml", None),
        (".hidden.yaml", None),
        ("con.yaml", None),
        ("line\nbreak.yaml", None),
    ] {
        let error = import_named(yaml, sidecar).write(&out, true).unwrap_err();
        assert!(
            matches!(error, WriteError::UnsafeName { .. }),
            "{yaml}: {error}"
        );
        assert!(!dir.path().join("escaped.yaml").exists());
        assert!(!out.join("ok.yaml").exists(), "{yaml}: nothing is written");
    }
    assert!(
        !dir.path()
            .parent()
            .unwrap()
            .join("escaped.case.json")
            .exists()
    );
}

#[test]
fn a_russian_code_too_long_for_a_file_name_is_a_located_error() {
    let code = "1".repeat(300);
    let xml = format!(
        "<XMLCardInfo><ProfessionalStandarts><ProfessionalStandart>\
         <NameProfessionalStandart>N</NameProfessionalStandart>\
         <FirstSection><CodeKindProfessionalActivity>{code}</CodeKindProfessionalActivity>\
         </FirstSection></ProfessionalStandart></ProfessionalStandarts></XMLCardInfo>"
    );
    let import = ru::import_reader("long.xml", xml.as_bytes());
    assert!(import.documents.is_empty());
    let problem = import
        .problems
        .iter()
        .find(|problem| problem.message.contains("cannot be written under its id"))
        .unwrap_or_else(|| panic!("{:#?}", import.problems));
    assert_eq!(problem.severity, Severity::Error);
    assert!(problem.to_string().contains("long.xml:1:"), "{problem}");
}

#[test]
fn numbers_are_kept_exactly_and_infinite_ones_are_located_errors() {
    let text = r#"{"CFDocument": {"identifier": "x", "title": "t",
        "n": [12345678901234567890123, 0.1000000000000000055511151231257827, 1E2]}}"#;
    let import = case::import_str("p.json", text);
    // The package breaks the CASE schema (warnings), but nothing in it is lost.
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    let sidecar = &import.documents[0].sidecars[0].contents;
    for number in [
        "12345678901234567890123",
        "0.1000000000000000055511151231257827",
        "1E2",
    ] {
        assert!(sidecar.contains(number), "{number} in {sidecar}");
    }
    let infinite = case::import_str(
        "inf.json",
        r#"{"CFDocument": {"identifier": "x", "n": 1e400}}"#,
    );
    assert!(infinite.documents.is_empty());
    assert!(
        infinite.problems[0].to_string().contains("inf.json:1:"),
        "{}",
        infinite.problems[0]
    );
}

#[test]
fn write_file_leaves_identical_files_alone_and_refuses_what_is_in_the_way() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    let none = std::iter::empty::<&std::path::Path>();
    assert_eq!(
        write_file(&path, b"one\n", Overwrite::Never, none.clone()).unwrap(),
        Outcome::Written
    );
    assert_eq!(
        write_file(&path, b"one\n", Overwrite::Never, none.clone()).unwrap(),
        Outcome::Unchanged
    );
    let error = write_file(&path, b"two\n", Overwrite::Never, none.clone()).unwrap_err();
    assert!(matches!(error, WriteError::Exists(_)), "{error}");
    assert_eq!(
        write_file(&path, b"two\n", Overwrite::Regular, none.clone()).unwrap(),
        Outcome::Written
    );
    let error = write_file(&path, b"three\n", Overwrite::Force, [path.as_path()]).unwrap_err();
    assert!(matches!(error, WriteError::IsInput(_)), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), b"two\n");
    let missing = dir.path().join("no/such/dir/report.txt");
    assert!(write_file(&missing, b"x", Overwrite::Force, none).is_err());
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left");
}

#[test]
fn a_sidecar_fingerprint_ignores_line_endings_but_not_contents() {
    let unix = kasb_interchange::fingerprint(b"{\n  \"a\": 1\n}\n");
    assert_eq!(
        unix,
        kasb_interchange::fingerprint(b"{\r\n  \"a\": 1\r\n}\r\n")
    );
    assert_ne!(unix, kasb_interchange::fingerprint(b"{\n  \"a\": 2\n}\n"));
    let yaml = format!(
        "# a\n{}x.case.json {unix}\nkind: Classification\n",
        kasb_interchange::SIDECAR_MARKER
    );
    assert_eq!(
        kasb_interchange::sidecar_markers(&yaml),
        vec![("x.case.json".to_owned(), unix)]
    );
}
