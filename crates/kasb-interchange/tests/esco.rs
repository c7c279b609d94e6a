//! ESCO CSV import, both layouts.

use std::path::{Path, PathBuf};

use kasb_diagnostics::Severity;
use kasb_interchange::esco;
use kasb_model::Document;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/esco")
        .join(path)
}

fn entries(import: &kasb_interchange::Import, id: &str) -> Vec<kasb_model::ClassificationEntry> {
    import
        .documents
        .iter()
        .find_map(|d| match &d.document {
            Document::Classification(c) if c.id == id => Some(c.entries.clone()),
            _ => None,
        })
        .unwrap()
}

#[test]
fn the_v1_1_1_layout_gives_isco_08_and_occupations() {
    let import = esco::import_dir(&data("v1.1.1"));
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    let isco = entries(&import, "isco-08");
    let by_length = |n: usize| isco.iter().filter(|e| e.code.len() == n).count();
    assert_eq!(
        (
            isco.len(),
            by_length(1),
            by_length(2),
            by_length(3),
            by_length(4)
        ),
        (619, 10, 43, 130, 436)
    );
    let welders = isco.iter().find(|e| e.code == "7212").unwrap();
    assert_eq!(welders.parent.as_deref(), Some("721"));
    assert_eq!(
        isco.iter()
            .find(|e| e.code == "0110")
            .unwrap()
            .parent
            .as_deref(),
        Some("011")
    );
    let occupations = entries(&import, "esco-occupations");
    assert_eq!(occupations.len(), 16);
    assert!(
        occupations
            .iter()
            .all(|o| o.parent.is_some() && o.uri.is_some())
    );
    // Written, loaded and checked together: every parent resolves.
    let dir = tempfile::tempdir().unwrap();
    import.write(dir.path(), false).unwrap();
    let report = kasb::check(&[dir.path().to_path_buf()], &Default::default()).unwrap();
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {} {}", d.rule.code, d.location, d.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_official_layout_reads_the_same_columns() {
    let import = esco::import_dir(&data("official"));
    assert_eq!(import.count(Severity::Error), 0, "{:#?}", import.problems);
    assert_eq!(entries(&import, "isco-08").len(), 12);
    let occupations = entries(&import, "esco-occupations");
    assert_eq!(occupations.len(), 6);
    assert!(occupations.iter().all(|o| {
        o.parent
            .as_deref()
            .is_some_and(|p| p.starts_with("isco-08/") || !p.is_empty())
    }));
}

#[test]
fn malformed_csv_is_reported_with_its_record() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ISCOGroups.csv"),
        "ORIGINURI,ID,UUIDHISTORY,CODE,PREFERREDLABEL,ALTLABELS,DESCRIPTION\nu,k,h,7,Craft,,\nu,k,h,72\n",
    )
    .unwrap();
    let import = esco::import_dir(dir.path());
    let problem = import
        .problems
        .iter()
        .find(|p| p.severity == Severity::Error)
        .unwrap();
    assert_eq!(problem.location.line(), 3, "{problem}");
    assert!(esco::import_dir(&dir.path().join("missing")).count(Severity::Error) == 1);
}
