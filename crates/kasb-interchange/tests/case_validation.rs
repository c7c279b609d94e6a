//! Invalid CASE input is never accepted in silence: schema violations are located warnings
//! (bounded, the rest summed up), items that cannot be kept are located errors, and no real
//! package imports into YAML that `kasb check` then rejects.

use std::path::{Path, PathBuf};

use kasb_diagnostics::Severity;
use kasb_interchange::case;

fn wild(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/case-wild")
        .join(name)
}

/// Every real package of `tests/data/case-wild/`.
fn real_packages() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for folder in ["opensalt-history", "smarter-balanced"] {
        for entry in std::fs::read_dir(wild(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The 1-based line and column of byte `offset` of `text`, counting characters.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line as u32, column as u32)
}

#[test]
fn the_2017_cf_package_reports_its_1408_schema_violations_located_and_bounded() {
    let path = wild("opensalt-history/math_cfs_sample_CF_2017-4d608034.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let import = case::import_file(&path);
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    let warnings: Vec<_> = import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    // 20 one by one, then one summary of the other 1,388.
    assert_eq!(warnings.len(), 21);
    let first = warnings[0];
    assert!(
        first
            .message
            .contains("CASE 1.0 schema at `/CFDocument/identifier` (pattern)"),
        "{}",
        first.message
    );
    // The package escapes its slashes: `"http:\/\/purl.org\/ASN\/resources\/D10003FB"`.
    let value = text
        .find(r#""http:\/\/purl.org\/ASN\/resources\/D10003FB""#)
        .unwrap();
    assert_eq!(
        (first.location.line(), first.location.column()),
        line_col(&text, value)
    );
    let summary = &warnings[20].message;
    assert!(
        summary.starts_with("1388 more violations of the CASE 1.0 schema: 703 × oneOf at `/CFAssociations/*/CFAssociationGroupingURI`, 684 × pattern at `/CFItems/*/identifier`"),
        "{summary}"
    );
}

#[test]
fn items_without_an_identifier_or_listed_twice_are_located_errors() {
    let path = wild("smarter-balanced/mockELA.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let import = case::import_file(&path);
    let errors: Vec<(u32, u32, &str)> = import
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.location.line(), p.location.column(), p.message.as_str()))
        .collect();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].2.contains("has no `identifier`"));
    let duplicate = "b54bc0fe-428f-54a0-a4a2-0047e691bb3c";
    assert!(errors[1].2.contains(&format!("`{duplicate}` twice")));
    let second = text
        .rfind(&format!("\"identifier\": \"{duplicate}\""))
        .unwrap();
    let second = second + "\"identifier\": ".len();
    assert_eq!((errors[1].0, errors[1].1), line_col(&text, second));
}

#[test]
fn no_real_package_imports_into_yaml_that_check_rejects() {
    let packages = real_packages();
    assert_eq!(packages.len(), 23);
    for path in packages {
        let import = case::import_file(&path);
        assert_eq!(import.documents.len(), 1, "{}", path.display());
        let dir = tempfile::tempdir().unwrap();
        import.write(dir.path(), false).unwrap();
        let report =
            kasb::check(&[dir.path().to_path_buf()], &kasb::CheckOptions::default()).unwrap();
        let errors: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{}: {}", d.rule.code, d.message))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}
