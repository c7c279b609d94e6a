//! Graph exports read by their own tools: Mermaid's CLI renders the Mermaid and Graphviz `dot`
//! the DOT of a graph whose titles hold quotes, brackets, newlines, `-->`, HTML, entity-like
//! text and Cyrillic; and a neighbourhood exports only its nodes and the edges between them.

#[path = "support/renderers.rs"]
mod renderers;

use kasb_graph::{ExportFormat, StandardsGraph};
use kasb_load::{LoadOptions, load};

/// Unit titles that break a naive writer of each format (each shorter than the 60 characters a
/// label keeps).
const TITLES: [&str; 8] = [
    r#"Weld \"plates\" [MMA] {x} (y)"#,
    "a --> b -.-> c ==> d |pipe| ;semi",
    "<b>bold</b> & <script>alert(1)</script>",
    "#35; #quot; &amp; &#35; `code` end",
    "style x: #35; fill:#f00; classDef y: #1;",
    "Сварка пластин: «ручная» дуговая",
    "first line\\nsecond ##[error] ::warning::x",
    "back\\\\slash \\\\N \\\\l \\u00e9 tab\\there",
];

fn standard() -> String {
    let units: String = TITLES
        .iter()
        .enumerate()
        .map(|(i, title)| format!("  - id: U{i}\n    title: \"{title}\"\n    level: 3\n"))
        .collect();
    format!(
        "kind: OccupationalStandard\nformat: 1\nid: x-std\ntitle: \"Сварщик \\\"[x]\\\" <i>\"\n\
         language: en\ncountry: KG\nframework: x-nqf\noccupation:\n  title: Welder\n  isco: \"7212\"\n\
         units:\n{units}"
    )
}

fn qualification() -> String {
    "kind: Qualification\nformat: 1\nid: x-q\ntitle: \"Q (core) --> [end]\"\nlanguage: en\n\
     country: KG\nframework: x-nqf\nlevel: 3\ncore:\n  - x-std/U0\n  - x-std/U5\nelectives:\n  - id: E1\n    choose: 1\n    units: [x-std/U2]\n"
        .to_owned()
}

fn hostile_graph() -> (tempfile::TempDir, StandardsGraph) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("standard.yaml"), standard()).unwrap();
    std::fs::write(dir.path().join("qualification.yaml"), qualification()).unwrap();
    let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
    assert!(
        workspace.diagnostics.is_empty(),
        "{:#?}",
        workspace.diagnostics
    );
    let (graph, _) = StandardsGraph::build(workspace);
    assert_eq!(
        graph.node_count(),
        3 + TITLES.len(),
        "two documents, an elective group"
    );
    (dir, graph)
}

#[test]
fn mermaid_with_hostile_labels_renders_in_mermaid() {
    let (_dir, graph) = hostile_graph();
    let text = graph.export(ExportFormat::Mermaid);
    assert!(text.contains(r#"-->|"includes #40;core#41;"|"#), "{text}");
    let Some(rendered) = renderers::mermaid_svg(&text) else {
        return;
    };
    let svg = rendered.unwrap_or_else(|error| panic!("Mermaid refused:\n{text}\n{error}"));
    for shown in [
        "Сварка пластин",
        "includes (core)",
        "includes (elective)",
        "x-std/U7",
    ] {
        assert!(svg.contains(shown), "`{shown}` not in the SVG:\n{svg}");
    }
    assert!(!svg.contains("<script>"), "HTML in a title stays text");
}

#[test]
fn dot_with_hostile_labels_renders_in_graphviz() {
    let (_dir, graph) = hostile_graph();
    let text = graph.export(ExportFormat::Dot);
    let Some(rendered) = renderers::dot_svg(&text) else {
        return;
    };
    let svg = rendered.unwrap_or_else(|error| panic!("dot refused:\n{text}\n{error}"));
    for shown in [
        "Сварка пластин",
        "includes (core)",
        "&quot;plates&quot;",
        "\\N \\l",
    ] {
        assert!(svg.contains(shown), "`{shown}` not in the SVG:\n{svg}");
    }
    assert!(!svg.contains("<script>"), "HTML in a title stays text");
}

#[test]
fn a_neighbourhood_exports_its_nodes_and_the_edges_between_them() {
    let (_dir, graph) = hostile_graph();
    let units = graph.neighbourhood("x-std/U5", 1).unwrap();
    let ids: Vec<&str> = units.iter().map(|node| graph[node].id.as_str()).collect();
    assert_eq!(
        ids,
        ["x-q", "x-std", "x-std/U5"],
        "its document and the qualification"
    );
    let json: serde_json::Value =
        serde_json::from_str(&graph.export_nodes(ExportFormat::Json, &units)).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), 3);
    let edges: Vec<(&str, &str)> = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| (edge["from"].as_str().unwrap(), edge["to"].as_str().unwrap()))
        .collect();
    assert_eq!(edges, [("x-std/U5", "x-std"), ("x-q", "x-std/U5")]);
    let near = graph.neighbourhood("x-q", 2).unwrap();
    assert_eq!(near.len(), 6, "x-q, E1, three units, then their standard");
    let whole = graph.neighbourhood("x-q", 3).unwrap();
    assert_eq!(
        whole,
        graph.all_nodes(),
        "and then the standard's other units"
    );
    assert_eq!(
        graph.neighbourhood("x-stf", 1).unwrap_err().to_string(),
        "no document or item has the id `x-stf`"
    );
}
