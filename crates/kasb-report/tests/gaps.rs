//! Gaps: a criterion no task covers and a task that covers nothing are counted, named and
//! highlighted in every format.

use std::path::Path;

use kasb_graph::StandardsGraph;
use kasb_i18n::Lang;
use kasb_report::{Format, assessment};

/// The Kyrgyz welder with WLD-01.1.1 and WLD-01.K1 no longer assessed, and a task that assesses
/// nothing.
fn graph_with_gaps() -> StandardsGraph {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards/kg/welder");
    let dir = tempfile::tempdir().unwrap();
    for name in ["standard.yaml", "qualification.yaml"] {
        std::fs::copy(source.join(name), dir.path().join(name)).unwrap();
    }
    let tool = std::fs::read_to_string(source.join("assessment.yaml")).unwrap();
    let tool = tool
        .replacen("          - kg-welder/WLD-01.1.1\n", "", 1)
        .replacen("          - kg-welder/WLD-01.K1\n", "", 1)
        .replacen(
            "  - id: WT\n",
            "  - id: OR\n    title: Oral questions\n    method: oral\n    tasks:\n      - id: OR-1\n        title: Questions on nothing\n  - id: WT\n",
            1,
        );
    std::fs::write(dir.path().join("assessment.yaml"), tool).unwrap();
    let workspace = kasb_load::load(&[dir.path().to_owned()], &Default::default()).unwrap();
    let (graph, _) = StandardsGraph::build(workspace);
    graph
}

#[test]
fn gaps_are_counted_named_and_highlighted() {
    let graph = graph_with_gaps();
    let json: serde_json::Value = serde_json::from_str(
        &assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Json).unwrap(),
    )
    .unwrap();
    assert_eq!(
        json["gaps"]["criteria"],
        serde_json::json!(["kg-welder/WLD-01.1.1"])
    );
    assert_eq!(
        json["gaps"]["knowledge_skills"],
        serde_json::json!(["kg-welder/WLD-01.K1"])
    );
    assert_eq!(
        json["gaps"]["tasks"],
        serde_json::json!(["kg-welder-q3-assessment/OR-1"])
    );

    let markdown = assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Markdown).unwrap();
    assert!(
        markdown.contains("- Criteria no task covers: 1: `kg-welder/WLD-01.1.1`"),
        "{markdown}"
    );
    assert!(markdown.contains(
        "- Tasks that cover no requirement of this qualification: 1: `kg-welder-q3-assessment/OR-1`"
    ));
    assert!(markdown.contains("| **not covered** |"));
    assert!(!markdown.contains("Every requirement is covered"));

    let html = assessment(
        &graph,
        "kg-welder-q3",
        Lang::parse("ru").unwrap(),
        Format::Html,
    )
    .unwrap();
    // Two uncovered rows and one task that covers nothing.
    assert_eq!(html.matches("<td class=\"gap\">").count(), 3, "{html}");
    assert!(html.contains("Критерии выполнения, не охваченные заданиями: 1"));
    assert!(html.contains("<td class=\"gap\">не охвачено</td>"));

    let csv = assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Csv).unwrap();
    let row = csv
        .lines()
        .find(|line| line.contains("kg-welder/WLD-01.1.1,"))
        .unwrap();
    assert!(
        row.ends_with(",,,,,,,,,0"),
        "no crossing, and a count of 0: {row}"
    );
}
