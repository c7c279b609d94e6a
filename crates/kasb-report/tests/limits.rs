//! A matrix too large for a table is refused in table formats, and still made as JSON.

use std::fmt::Write;

use kasb_graph::StandardsGraph;
use kasb_i18n::Lang;
use kasb_report::{Format, MAX_TABLE_CELLS, ReportError, assessment};

/// A qualification of one unit with `criteria` criteria, assessed by a tool of `tasks` tasks.
fn graph(criteria: usize, tasks: usize) -> StandardsGraph {
    let mut standard = String::from(
        "kind: OccupationalStandard\nformat: 1\nid: big\ntitle: Big\nlanguage: en\ncountry: KG\n\
         framework: kg-nqf\noccupation:\n  title: Big\nunits:\n  - id: U\n    title: U\n    criteria:\n",
    );
    for n in 0..criteria {
        let _ = write!(
            standard,
            "      - id: C-{n}\n        statement: Criterion {n}\n"
        );
    }
    let qualification = "kind: Qualification\nformat: 1\nid: big-q\ntitle: Big\nlanguage: en\n\
                         country: KG\nframework: kg-nqf\nlevel: 3\ncore:\n  - big/U\n";
    let mut tool = String::from(
        "kind: AssessmentTool\nformat: 1\nid: big-a\ntitle: Big\nlanguage: en\nqualification: big-q\n\
         instruments:\n  - id: I\n    title: I\n    method: oral\n    tasks:\n",
    );
    for n in 0..tasks {
        let _ = write!(
            tool,
            "      - id: T-{n}\n        title: Task {n}\n        assesses:\n          - big/C-{}\n",
            n % criteria
        );
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("s.yaml", &standard),
        ("q.yaml", &qualification.to_owned()),
        ("a.yaml", &tool),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let workspace = kasb_load::load(&[dir.path().to_owned()], &Default::default()).unwrap();
    StandardsGraph::build(workspace).0
}

#[test]
fn a_matrix_past_the_limit_is_json_only() {
    let graph = graph(2_001, 1_000);
    for format in [Format::Html, Format::Markdown, Format::Csv] {
        let error = assessment(&graph, "big-q", Lang::ENGLISH, format).unwrap_err();
        assert_eq!(
            error,
            ReportError::TooLarge {
                cells: 2_001_000,
                limit: MAX_TABLE_CELLS
            },
            "{}",
            format.name()
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&assessment(&graph, "big-q", Lang::ENGLISH, Format::Json).unwrap())
            .unwrap();
    assert_eq!(json["tasks"].as_array().unwrap().len(), 1_000);
    assert_eq!(json["gaps"]["criteria"].as_array().unwrap().len(), 1_001);
}
