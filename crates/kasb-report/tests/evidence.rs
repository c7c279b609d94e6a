//! The rules of evidence beside the bundled tool: a tool that states none says so, a rule stated
//! by an instrument alone is shown for it and "not stated" for the tool and the other
//! instruments, and a rule's text is escaped like every value.

use std::path::Path;

use kasb_graph::StandardsGraph;
use kasb_i18n::Lang;
use kasb_report::{Format, assessment};

const SILENT: &str = "\
kind: AssessmentTool
format: 1
id: kg-welder-q3-silent
title: {en: Portfolio review, ru: Оценка портфолио}
language: en
qualification: kg-welder-q3
instruments:
  - id: PF
    title: Portfolio
    method: portfolio
    tasks:
      - {id: PF-1, title: Work records, assesses: [kg-welder/WLD-01.1.1]}
";

const ORAL: &str = "\
kind: AssessmentTool
format: 1
id: kg-welder-q3-viva
title: {en: Oral check, ru: Устная проверка}
language: en
qualification: kg-welder-q3
instruments:
  - id: OR
    title: Oral questions
    method: oral
    rules_of_evidence:
      authentic:
        en: Asked face to face <b>after</b> the candidate's ID is checked | twice
        ru: Вопросы задаются лично после проверки документа
    tasks:
      - {id: OR-1, title: Questions, assesses: [kg-welder/WLD-01.K1]}
  - id: OB
    title: Observation at work
    method: observation
    tasks:
      - {id: OB-1, title: A shift observed, assesses: [kg-welder/WLD-01.1.2]}
";

/// The Kyrgyz welder with two more tools for its qualification.
fn graph() -> StandardsGraph {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards/kg/welder");
    let dir = tempfile::tempdir().unwrap();
    for name in ["standard.yaml", "qualification.yaml", "assessment.yaml"] {
        std::fs::copy(source.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("silent.yaml"), SILENT).unwrap();
    std::fs::write(dir.path().join("oral.yaml"), ORAL).unwrap();
    let workspace = kasb_load::load(&[dir.path().to_owned()], &Default::default()).unwrap();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:?}",
        workspace.diagnostics
    );
    assert_eq!(workspace.documents.len(), 5);
    StandardsGraph::build(workspace).0
}

#[test]
fn a_tool_without_rules_says_so_and_an_instruments_rule_is_its_own() {
    let graph = graph();
    let markdown = assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Markdown).unwrap();
    assert!(
        markdown.contains(
            "### `kg-welder-q3-silent` Portfolio review\n\nThis assessment tool states no rules of evidence.\n"
        ),
        "{markdown}"
    );
    let oral = &markdown[markdown.find("### `kg-welder-q3-viva`").unwrap()..];
    let rows: Vec<&str> = oral
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .collect();
    assert_eq!(
        rows[2..],
        [
            "| the tool as a whole | not stated | not stated | not stated | not stated |",
            "| `OR` Oral questions | not stated | not stated | Asked face to face \\<b\\>after\\</b\\> the candidate's ID is checked \\| twice | not stated |",
            "| `OB` Observation at work | not stated | not stated | not stated | not stated |",
        ],
        "{oral}"
    );

    let russian = Lang::parse("ru").unwrap();
    let html = assessment(&graph, "kg-welder-q3", russian, Format::Html).unwrap();
    assert!(html.contains("<td>Вопросы задаются лично после проверки документа</td>"));
    assert!(html.contains("Требования к доказательствам в этом оценочном средстве не указаны."));
    assert!(!html.contains("<b>after"), "a rule's text is escaped");
    let english = assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Html).unwrap();
    assert!(english.contains("&lt;b&gt;after&lt;/b&gt;"), "{english}");

    // JSON lists every tool's instruments, with what each states.
    let json: serde_json::Value = serde_json::from_str(
        &assessment(&graph, "kg-welder-q3", Lang::ENGLISH, Format::Json).unwrap(),
    )
    .unwrap();
    let viva = &json["tools"][2];
    assert_eq!(viva["id"], "kg-welder-q3-viva");
    assert_eq!(viva["rules_of_evidence"], serde_json::json!([]));
    assert_eq!(
        viva["instruments"][0]["rules_of_evidence"][0]["rule"],
        "authentic"
    );
    assert_eq!(
        viva["instruments"][1]["rules_of_evidence"],
        serde_json::json!([])
    );
}
