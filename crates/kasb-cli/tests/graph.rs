//! `kasb graph --root ID [--depth N]` on the bundled standards: one document's neighbourhood,
//! small enough to read, rendered by Mermaid's CLI and Graphviz; an unknown id is a usage
//! error with a suggestion.

#[path = "../../kasb-graph/tests/support/renderers.rs"]
mod renderers;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards")
}

fn kasb_graph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kasb"))
        .arg("graph")
        .arg(standards())
        .args(args)
        .output()
        .expect("kasb runs")
}

fn stdout(args: &[&str]) -> String {
    let output = kasb_graph(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn json(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_str(&stdout(&args)).unwrap()
}

fn ids(graph: &Value) -> BTreeSet<String> {
    let nodes = graph["nodes"].as_array().unwrap();
    nodes
        .iter()
        .map(|node| node["id"].as_str().unwrap().to_owned())
        .collect()
}

fn edges(graph: &Value) -> Vec<(String, String)> {
    let edges = graph["edges"].as_array().unwrap();
    let end = |edge: &Value, key: &str| edge[key].as_str().unwrap().to_owned();
    edges
        .iter()
        .map(|edge| (end(edge, "from"), end(edge, "to")))
        .collect()
}

/// `kg-welder` and its items.
fn own(id: &str) -> bool {
    id == "kg-welder" || id.starts_with("kg-welder/")
}

#[test]
fn the_welder_neighbourhood_is_its_items_and_their_neighbours() {
    let whole = json(&[]);
    let near = json(&["--root", "kg-welder"]);
    let nodes = ids(&near);
    let expected: BTreeSet<String> = ids(&whole)
        .into_iter()
        .filter(|id| {
            own(id)
                || edges(&whole)
                    .iter()
                    .any(|(from, to)| (own(from) && to == id) || (own(to) && from == id))
        })
        .collect();
    assert_eq!(
        nodes, expected,
        "exactly the nodes one edge from kg-welder's own"
    );
    let documents: BTreeSet<&str> = nodes
        .iter()
        .map(|id| id.split('/').next().unwrap())
        .collect();
    assert_eq!(
        documents,
        BTreeSet::from([
            "am-welder",
            "isco-08",
            "kg-nqf",
            "kg-welder",
            "kg-welder-programme",
            "kg-welder-q3",
            "kg-welder-q3-assessment",
            "ru-welder",
        ]),
        "the welder's level, occupation, qualification, programme, assessment and crosswalks"
    );
    assert!(
        nodes.iter().filter(|id| own(id)).count() > 100,
        "every unit and criterion"
    );
    assert!(
        nodes.len() * 10 < ids(&whole).len(),
        "{} nodes of {}",
        nodes.len(),
        ids(&whole).len()
    );
    let within = edges(&near);
    assert!(!within.is_empty());
    assert!(
        within
            .iter()
            .all(|(from, to)| nodes.contains(from) && nodes.contains(to))
    );
    assert_eq!(
        ids(&json(&["--root", "kg-welder", "--depth", "0"])).len(),
        nodes.iter().filter(|id| own(id)).count()
    );
    assert!(ids(&json(&["--root", "kg-welder", "--depth", "2"])).len() > nodes.len());
}

#[test]
fn the_welder_neighbourhood_renders_in_mermaid_and_graphviz() {
    let mermaid = stdout(&["--root", "kg-welder", "--format", "mermaid"]);
    if let Some(svg) = renderers::mermaid_svg(&mermaid) {
        let svg = svg.unwrap_or_else(|error| panic!("Mermaid refused:\n{error}"));
        assert!(svg.contains("kg-welder/WLD-01") && svg.contains("includes (core)"));
    }
    let dot = stdout(&["--root", "kg-welder", "--format", "dot"]);
    if let Some(svg) = renderers::dot_svg(&dot) {
        let svg = svg.unwrap_or_else(|error| panic!("dot refused:\n{error}"));
        // Graphviz writes `-` as a character reference.
        assert!(svg.contains("kg&#45;welder/WLD&#45;01"));
    }
}

#[test]
fn an_unknown_root_is_a_usage_error_with_a_suggestion() {
    let output = kasb_graph(&["--root", "kg-weldr"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--root `kg-weldr`: no document or item has the id `kg-weldr`; did you mean `kg-welder`?"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}
