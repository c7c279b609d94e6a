//! The matrix of the bundled Kyrgyz welder qualification, checked cell by cell against its
//! assessment tool. The expectations come from a plain reading of the YAML files (serde into
//! generic values, no kasb type or query), not from the code under test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use kasb_graph::StandardsGraph;
use kasb_i18n::Lang;
use kasb_report::{Format, assessment};
use serde_json::Value;

fn yaml(path: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../standards/kg/welder")
        .join(path);
    serde_saphyr::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn array<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value[key].as_array().map_or(&[], Vec::as_slice)
}

fn string(value: &Value) -> String {
    value.as_str().unwrap().to_owned()
}

/// The rows the matrix must have: each unit of the qualification (core, then electives), its
/// elements' criteria, its own criteria, its knowledge, its skills, as global ids.
fn expected_rows() -> Vec<String> {
    let standard = yaml("standard.yaml");
    let qualification = yaml("qualification.yaml");
    let mut units: Vec<String> = array(&qualification, "core").iter().map(string).collect();
    for group in array(&qualification, "electives") {
        units.extend(array(group, "units").iter().map(string));
    }
    let mut rows = Vec::new();
    for unit_id in units {
        let local = unit_id.strip_prefix("kg-welder/").unwrap();
        let unit = array(&standard, "units")
            .iter()
            .find(|unit| unit["id"] == local)
            .unwrap();
        for element in array(unit, "elements") {
            rows.extend(array(element, "criteria").iter().map(|c| string(&c["id"])));
        }
        rows.extend(array(unit, "criteria").iter().map(|c| string(&c["id"])));
        rows.extend(array(unit, "knowledge").iter().map(|k| string(&k["id"])));
        rows.extend(array(unit, "skills").iter().map(|s| string(&s["id"])));
    }
    rows.into_iter()
        .map(|id| format!("kg-welder/{id}"))
        .collect()
}

/// A task of the tool as the YAML states it.
struct Task {
    id: String,
    method: String,
    assesses: BTreeSet<String>,
    weight: f64,
    marks: f64,
}

fn expected_tasks() -> Vec<Task> {
    let tool = yaml("assessment.yaml");
    let mut tasks = Vec::new();
    for instrument in array(&tool, "instruments") {
        for task in array(instrument, "tasks") {
            let marking = array(task, "marking");
            let top = |m: &Value| {
                m["max_score"].as_f64().unwrap_or_else(|| {
                    let scores = array(m, "rubric")
                        .iter()
                        .map(|r| r["score"].as_f64().unwrap());
                    scores.fold(0.0, f64::max)
                })
            };
            tasks.push(Task {
                id: format!("kg-welder-q3-assessment/{}", string(&task["id"])),
                method: string(&instrument["method"]),
                assesses: array(task, "assesses").iter().map(string).collect(),
                weight: marking.iter().filter_map(|m| m["weight"].as_f64()).sum(),
                marks: marking.iter().map(top).sum(),
            });
        }
    }
    tasks
}

fn graph() -> StandardsGraph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
    let (graph, diagnostics) =
        StandardsGraph::build(kasb_load::load(&[root], &Default::default()).unwrap());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    graph
}

#[test]
fn the_json_matrix_agrees_with_the_yaml_cell_by_cell() {
    let json: Value = serde_json::from_str(
        &assessment(&graph(), "kg-welder-q3", Lang::ENGLISH, Format::Json).unwrap(),
    )
    .unwrap();
    let tasks = expected_tasks();
    let columns: Vec<String> = array(&json, "tasks")
        .iter()
        .map(|t| string(&t["id"]))
        .collect();
    assert_eq!(
        columns,
        tasks.iter().map(|t| t.id.clone()).collect::<Vec<_>>()
    );
    for (column, task) in array(&json, "tasks").iter().zip(&tasks) {
        assert_eq!(column["method"], task.method.as_str(), "{}", task.id);
        assert_eq!(column["weight"].as_f64(), Some(task.weight), "{}", task.id);
        assert_eq!(column["marks"].as_f64(), Some(task.marks), "{}", task.id);
    }
    let rows: Vec<&Value> = array(&json, "units")
        .iter()
        .flat_map(|unit| array(unit, "rows"))
        .collect();
    let ids: Vec<String> = rows.iter().map(|row| string(&row["id"])).collect();
    assert_eq!(ids, expected_rows());
    let mut crossings = 0;
    for row in rows {
        let id = string(&row["id"]);
        let found: Vec<String> = array(row, "tasks").iter().map(string).collect();
        let expected: Vec<String> = tasks
            .iter()
            .filter(|task| task.assesses.contains(&id))
            .map(|task| task.id.clone())
            .collect();
        assert_eq!(found, expected, "row {id}");
        crossings += expected.len();
    }
    let stated: usize = tasks.iter().map(|task| task.assesses.len()).sum();
    assert_eq!(crossings, stated, "every `assesses` entry is one crossing");
    for gap in ["criteria", "knowledge_skills", "tasks"] {
        assert_eq!(json["gaps"][gap], serde_json::json!([]), "{gap}");
    }
}

#[test]
fn the_csv_matrix_agrees_with_the_yaml_cell_by_cell() {
    let csv = assessment(&graph(), "kg-welder-q3", Lang::ENGLISH, Format::Csv).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let tasks = expected_tasks();
    // Six describing columns, one per task, then the count.
    assert_eq!(header.len(), 6 + tasks.len() + 1, "{header:?}");
    for (name, task) in header[6..].iter().zip(&tasks) {
        assert!(name.starts_with(&format!("{}: ", task.id)), "{name}");
    }
    let mut rows = BTreeMap::new();
    for record in reader.records() {
        let record = record.unwrap();
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        rows.insert(cells[3].clone(), cells);
    }
    let expected = expected_rows();
    assert_eq!(rows.len(), expected.len());
    for id in &expected {
        let cells = &rows[id];
        let mut count = 0;
        for (cell, task) in cells[6..].iter().zip(&tasks) {
            let hit = task.assesses.contains(id);
            count += usize::from(hit);
            let method = task.method.replace('_', " ");
            if hit {
                let words = format!("{method}, weight {}, {} marks", task.weight, task.marks);
                assert_eq!(cell, &words, "{id} × {}", task.id);
            } else {
                assert_eq!(cell, "", "{id} × {}", task.id);
            }
        }
        assert_eq!(cells[6 + tasks.len()], count.to_string(), "{id}");
    }
}

/// The rows the rules-of-evidence table must have, read from the tool's YAML: the tool as a
/// whole, then each instrument; per rule, its own text in `lang`, else "as for the tool" when
/// the tool states it (instruments only), else "not stated".
fn expected_evidence(lang: &str) -> Vec<Vec<String>> {
    const RULES: [&str; 4] = ["valid", "sufficient", "authentic", "current"];
    let say = |id: &str| kasb_i18n::Messages::of(Lang::parse(lang).unwrap()).text(id);
    let tool = yaml("assessment.yaml");
    let text = |rules: &Value, rule: &str| rules[rule][lang].as_str().map(str::to_owned);
    let whole = &tool["rules_of_evidence"];
    let mut rows =
        vec![
            std::iter::once(say("report-evidence-whole-tool"))
                .chain(RULES.map(|rule| {
                    text(whole, rule).unwrap_or_else(|| say("report-evidence-not-stated"))
                }))
                .collect(),
        ];
    for instrument in array(&tool, "instruments") {
        let own = &instrument["rules_of_evidence"];
        let mut row = vec![string(&instrument["id"])];
        row.extend(
            RULES.map(|rule| match (text(own, rule), text(whole, rule)) {
                (Some(own), _) => own,
                (None, Some(_)) => say("report-evidence-as-tool"),
                (None, None) => say("report-evidence-not-stated"),
            }),
        );
        rows.push(row);
    }
    rows
}

/// The table that follows the heading `section` in a Markdown report, cell by cell, with the
/// Markdown escaping undone for the comparison by escaping the expectation instead.
fn markdown_table(report: &str, section: &str) -> Vec<Vec<String>> {
    let start = report
        .find(&format!("## {section}\n"))
        .expect("the section");
    report[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2) // the head and its rule
        .map(|line| {
            let inner = line.trim_start_matches("| ").trim_end_matches(" |");
            inner.split(" | ").map(str::to_owned).collect()
        })
        .collect()
}

#[test]
fn the_rules_of_evidence_agree_with_the_yaml_cell_by_cell_in_english_and_russian() {
    let graph = graph();
    for lang in ["en", "ru"] {
        let expected = expected_evidence(lang);
        let tag = Lang::parse(lang).unwrap();
        // JSON: the tool's rules and each instrument's own, in order, each in `lang`.
        let json: Value =
            serde_json::from_str(&assessment(&graph, "kg-welder-q3", tag, Format::Json).unwrap())
                .unwrap();
        let tool = &json["tools"][0];
        let stated = |rules: &Value| -> Vec<(String, String)> {
            array(rules, "rules_of_evidence")
                .iter()
                .inspect(|rule| assert_eq!(rule["language"], lang))
                .map(|rule| (string(&rule["rule"]), string(&rule["text"])))
                .collect()
        };
        let yaml_tool = yaml("assessment.yaml");
        let from_yaml = |rules: &Value| -> Vec<(String, String)> {
            ["valid", "sufficient", "authentic", "current"]
                .iter()
                .filter_map(|rule| Some((rule.to_string(), string(rules.get(*rule)?.get(lang)?))))
                .collect()
        };
        assert_eq!(
            stated(tool),
            from_yaml(&yaml_tool["rules_of_evidence"]),
            "{lang}"
        );
        let instruments = array(tool, "instruments");
        assert_eq!(instruments.len(), array(&yaml_tool, "instruments").len());
        for (found, written) in instruments.iter().zip(array(&yaml_tool, "instruments")) {
            assert_eq!(found["id"], written["id"]);
            assert_eq!(found["method"], written["method"]);
            assert_eq!(
                stated(found),
                from_yaml(&written["rules_of_evidence"]),
                "{lang}"
            );
        }
        // Markdown: the table, row by row and cell by cell.
        let markdown = assessment(&graph, "kg-welder-q3", tag, Format::Markdown).unwrap();
        let section = kasb_i18n::Messages::of(tag).text("report-section-evidence");
        let table = markdown_table(&markdown, &section);
        assert_eq!(table.len(), expected.len(), "{lang}: {table:#?}");
        for (row, want) in table.iter().zip(&expected) {
            assert_eq!(row.len(), 5, "{lang}: {row:?}");
            // The instrument's cell starts with its id, as code.
            let scope = &row[0];
            assert!(
                scope == &kasb_diagnostics::escape::markdown(&want[0])
                    || scope.starts_with(&format!("`{}` ", want[0])),
                "{lang}: {scope}"
            );
            for (cell, text) in row[1..].iter().zip(&want[1..]) {
                assert_eq!(
                    cell,
                    &kasb_diagnostics::escape::markdown(text),
                    "{lang}: {}",
                    want[0]
                );
            }
        }
    }
}
