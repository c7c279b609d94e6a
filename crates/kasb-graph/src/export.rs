use std::fmt::Write;

use kasb_diagnostics::{Notation, safe_json, visible, visible_in};
use petgraph::visit::EdgeRef;
use serde_json::json;

use crate::{EdgeKind, NodeId, NodeSet, StandardsGraph};

/// A graph export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
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
    ///
    /// Ids and labels come from user files, so they are written safely for each format and for
    /// a CI log: control characters shown as `\n` or `\u{1b}`, and neither a line starting with
    /// `::` nor `##[` (DOT: character references, Mermaid: entity codes, JSON: `\u` escapes,
    /// each read back as the same text).
    pub fn export(&self, format: ExportFormat) -> String {
        self.export_nodes(format, &self.all_nodes())
    }

    /// Writes the part of the graph `nodes` holds (such as a
    /// [`neighbourhood`](Self::neighbourhood)) in `format`, as [`export`](Self::export) does:
    /// those nodes and the edges between them.
    pub fn export_nodes(&self, format: ExportFormat, nodes: &NodeSet) -> String {
        match format {
            ExportFormat::Dot => self.to_dot(nodes),
            ExportFormat::Mermaid => self.to_mermaid(nodes),
            ExportFormat::Json => self.to_json(nodes),
        }
    }

    /// The edges whose two ends are in `nodes`, in build order.
    fn edges_within<'a>(
        &'a self,
        nodes: &'a NodeSet,
    ) -> impl Iterator<Item = petgraph::graph::EdgeReference<'a, crate::edge::EdgeData>> {
        self.graph.edge_references().filter(|edge| {
            nodes.contains(NodeId(edge.source())) && nodes.contains(NodeId(edge.target()))
        })
    }

    fn edge_label(kind: &EdgeKind) -> String {
        match kind {
            EdgeKind::Includes { inclusion } => format!("includes ({inclusion:?})").to_lowercase(),
            EdgeKind::Aligned { relation } => format!("aligned ({relation:?})").to_lowercase(),
            other => other.as_str().to_owned(),
        }
    }

    fn to_dot(&self, nodes: &NodeSet) -> String {
        let mut out = String::from(
            "digraph kasb {\n  rankdir=LR;\n  node [shape=box, fontname=\"sans-serif\"];\n",
        );
        self.for_each_text(|index, node, _, label| {
            if !nodes.contains(index) {
                return;
            }
            let _ = writeln!(
                out,
                "  n{} [label=\"{}\\n{}\", tooltip=\"{}\"];",
                index.0.index(),
                dot_escape(&node.id),
                dot_escape(&truncate(label.any(), 60)),
                node.kind.as_str()
            );
        });
        for edge in self.edges_within(nodes) {
            let _ = writeln!(
                out,
                "  n{} -> n{} [label=\"{}\"];",
                edge.source().index(),
                edge.target().index(),
                Self::edge_label(&edge.weight().kind)
            );
        }
        out.push_str("}\n");
        out
    }

    fn to_mermaid(&self, nodes: &NodeSet) -> String {
        let mut out = String::from("flowchart LR\n");
        self.for_each_text(|index, node, _, label| {
            if !nodes.contains(index) {
                return;
            }
            let _ = writeln!(
                out,
                "  n{}[\"{}<br/>{}\"]",
                index.0.index(),
                mermaid_escape(&node.id),
                mermaid_escape(&truncate(label.any(), 60))
            );
        });
        for edge in self.edges_within(nodes) {
            // Quoted, or Mermaid 11 reads the parentheses of `includes (core)` as a shape.
            let _ = writeln!(
                out,
                "  n{} -->|\"{}\"| n{}",
                edge.source().index(),
                mermaid_escape(&Self::edge_label(&edge.weight().kind)),
                edge.target().index()
            );
        }
        out
    }

    fn to_json(&self, selected: &NodeSet) -> String {
        let mut nodes = Vec::with_capacity(self.graph.node_count());
        self.for_each_text(|index, node, _, label| {
            if !selected.contains(index) {
                return;
            }
            nodes.push(
                json!({ "id": node.id, "kind": node.kind, "label": label, "level": node.level }),
            );
        });
        let edges: Vec<_> = self
            .edges_within(selected)
            .map(|edge| {
                let mut value = json!({
                    "from": self.graph[edge.source()].id,
                    "to": self.graph[edge.target()].id,
                });
                if let (Some(map), Ok(serde_json::Value::Object(kind))) = (
                    value.as_object_mut(),
                    serde_json::to_value(edge.weight().kind),
                ) {
                    map.extend(kind);
                }
                value
            })
            .collect();
        let document = json!({ "version": 1, "nodes": nodes, "edges": edges });
        safe_json(serde_json::to_string_pretty(&document).unwrap_or_default()) + "\n"
    }
}

fn truncate(text: &str, limit: usize) -> String {
    let mut out: String = text.chars().take(limit).collect();
    if text.chars().count() > limit {
        out.push('…');
    }
    out
}

/// Text for a quoted DOT label. Graphviz reads `&…;` character references in labels, so `&` is
/// escaped to keep the text, `##[` becomes `#&#35;[`; the escapes `visible` adds (`\n`) are
/// doubled so that Graphviz shows them rather than breaking the line.
fn dot_escape(text: &str) -> String {
    let text = visible_in(&text.replace('&', "&amp;"), Notation::Entity).into_owned();
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Text for a quoted Mermaid label (a node's or an edge's). Mermaid reads `#…;` as an entity
/// code, `<…>` as markup, a leading backtick as Markdown and, in its entity pre-pass, a line
/// with `style` and `:` as a style statement; so these characters, and the brackets and `|`
/// that delimit shapes and edge labels, are written as entity codes (which also breaks `##[`
/// and `::`). Other text, Cyrillic included, is written as it is: Mermaid reads UTF-8.
fn mermaid_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '#' | ';' | ':' | '[' | ']' | '{' | '}' | '(' | ')' | '|' | '`' => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            c => out.push(c),
        }
    }
    visible(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_labels_keep_their_text_and_break_commands() {
        assert_eq!(dot_escape("a \"b\" & c"), "a \\\"b\\\" &amp; c");
        assert_eq!(
            dot_escape("x\n::error::y ##[z]"),
            "x\\\\n::error::y #&#35;[z]"
        );
        assert_eq!(dot_escape("::add-mask::k"), "&#58;:add-mask::k");
    }

    #[test]
    fn mermaid_labels_are_entity_coded() {
        assert_eq!(
            mermaid_escape("<b>\"#1\"</b>"),
            "#lt;b#gt;#quot;#35;1#quot;#lt;/b#gt;"
        );
        assert_eq!(
            mermaid_escape("a\u{1b}[2J ##[x]"),
            "a\\u{1b}#91;2J #35;#35;#91;x#93;"
        );
        assert_eq!(
            mermaid_escape("includes (core); a|b `c` d:e"),
            "includes #40;core#41;#59; a#124;b #96;c#96; d#58;e"
        );
        assert_eq!(mermaid_escape("Сварщик"), "Сварщик");
    }
}
