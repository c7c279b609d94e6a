use std::fmt::Write;

use petgraph::visit::EdgeRef;
use serde_json::json;

use crate::{EdgeKind, StandardsGraph};

/// A graph export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Graphviz DOT.
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
    /// JSON: `{"nodes": [{"id", "kind", "label"}], "edges": [{"from", "to", "kind", ...}]}`.
    Json,
}

impl StandardsGraph {
    /// Writes the graph in `format`. Output is deterministic: nodes and edges in build order.
    pub fn export(&self, format: ExportFormat) -> String {
        match format {
            ExportFormat::Dot => self.to_dot(),
            ExportFormat::Mermaid => self.to_mermaid(),
            ExportFormat::Json => self.to_json(),
        }
    }

    fn edge_label(kind: &EdgeKind) -> String {
        match kind {
            EdgeKind::Includes { inclusion } => format!("includes ({inclusion:?})").to_lowercase(),
            EdgeKind::Aligned { relation } => format!("aligned ({relation:?})").to_lowercase(),
            other => other.as_str().to_owned(),
        }
    }

    fn to_dot(&self) -> String {
        let mut out = String::from(
            "digraph kasb {\n  rankdir=LR;\n  node [shape=box, fontname=\"sans-serif\"];\n",
        );
        for index in self.graph.node_indices() {
            let node = &self.graph[index];
            let _ = writeln!(
                out,
                "  n{} [label=\"{}\\n{}\", tooltip=\"{}\"];",
                index.index(),
                dot_escape(&node.id),
                dot_escape(&truncate(node.label.any(), 60)),
                node.kind.as_str()
            );
        }
        for edge in self.graph.edge_references() {
            let _ = writeln!(
                out,
                "  n{} -> n{} [label=\"{}\"];",
                edge.source().index(),
                edge.target().index(),
                Self::edge_label(edge.weight())
            );
        }
        out.push_str("}\n");
        out
    }

    fn to_mermaid(&self) -> String {
        let mut out = String::from("flowchart LR\n");
        for index in self.graph.node_indices() {
            let node = &self.graph[index];
            let text = format!("{}<br/>{}", node.id, truncate(node.label.any(), 60));
            let _ = writeln!(out, "  n{}[\"{}\"]", index.index(), mermaid_escape(&text));
        }
        for edge in self.graph.edge_references() {
            let _ = writeln!(
                out,
                "  n{} -->|{}| n{}",
                edge.source().index(),
                Self::edge_label(edge.weight()),
                edge.target().index()
            );
        }
        out
    }

    fn to_json(&self) -> String {
        let nodes: Vec<_> = self
            .graph
            .node_indices()
            .map(|index| {
                let node = &self.graph[index];
                json!({ "id": node.id, "kind": node.kind, "label": node.label, "level": node.level })
            })
            .collect();
        let edges: Vec<_> = self
            .graph
            .edge_references()
            .map(|edge| {
                let mut value = json!({
                    "from": self.graph[edge.source()].id,
                    "to": self.graph[edge.target()].id,
                });
                if let (Some(map), Ok(serde_json::Value::Object(kind))) =
                    (value.as_object_mut(), serde_json::to_value(edge.weight()))
                {
                    map.extend(kind);
                }
                value
            })
            .collect();
        let document = json!({ "version": 1, "nodes": nodes, "edges": edges });
        serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
    }
}

fn truncate(text: &str, limit: usize) -> String {
    let mut out: String = text.chars().take(limit).collect();
    if text.chars().count() > limit {
        out.push('…');
    }
    out
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

fn mermaid_escape(text: &str) -> String {
    text.replace('"', "#quot;").replace('\n', " ")
}
