//! Every report in English and Russian on the bundled Kyrgyz welder: snapshots, reviewed.

use std::path::Path;

use kasb_graph::StandardsGraph;
use kasb_i18n::Lang;
use kasb_report::{Format, ReportError, assessment, qualification, standard};

fn graph() -> StandardsGraph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let workspace = kasb_load::load(&[root], &Default::default()).unwrap();
    let (graph, diagnostics) = StandardsGraph::build(workspace);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    graph
}

fn languages() -> [Lang; 2] {
    [Lang::ENGLISH, Lang::parse("ru").unwrap()]
}

/// No message id left unformatted (`{report-…}`) and no isolation marks.
fn assert_clean(report: &str) {
    assert!(!report.contains("{report-"), "an unknown message: {report}");
    assert!(!report.contains('\u{2068}'), "isolation marks");
}

#[test]
fn assessment_matrix_in_every_format_and_language() {
    let graph = graph();
    for lang in languages() {
        for format in [Format::Markdown, Format::Csv, Format::Json, Format::Html] {
            let report = assessment(&graph, "kg-welder-q3", lang, format).unwrap();
            assert_clean(&report);
            insta::assert_snapshot!(format!("assessment_{lang}_{}", format.name()), report);
        }
    }
}

#[test]
fn standard_and_qualification_documents_in_every_format_and_language() {
    let graph = graph();
    for lang in languages() {
        for format in [Format::Markdown, Format::Html] {
            let report = standard(&graph, "kg-welder", lang, format).unwrap();
            assert_clean(&report);
            insta::assert_snapshot!(format!("standard_{lang}_{}", format.name()), report);
            let report = qualification(&graph, "kg-welder-q3", lang, format).unwrap();
            assert_clean(&report);
            insta::assert_snapshot!(format!("qualification_{lang}_{}", format.name()), report);
        }
    }
}

#[test]
fn an_unknown_id_is_an_error_with_a_suggestion() {
    let graph = graph();
    let error = assessment(&graph, "kg-welder-q4", Lang::ENGLISH, Format::Json).unwrap_err();
    assert_eq!(
        error.to_string(),
        "no qualification has the id `kg-welder-q4`; did you mean `kg-welder-q3`?"
    );
    // A standard is not a qualification, however close its id.
    let error = qualification(&graph, "kg-welder", Lang::ENGLISH, Format::Html).unwrap_err();
    assert!(matches!(error, ReportError::Unknown { .. }), "{error}");
    let error = standard(&graph, "kg-welder", Lang::ENGLISH, Format::Csv).unwrap_err();
    assert!(matches!(error, ReportError::Unsupported { .. }), "{error}");
}
