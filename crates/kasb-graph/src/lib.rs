//! The standards graph: every document and item of a repository as a node, every reference as
//! a checked edge. It is the one place where cross-document questions are
//! answered: references, coverage, levels, comparison.
//!
//! ```
//! use kasb_graph::StandardsGraph;
//! use kasb_load::{load, LoadOptions};
//!
//! # let dir = tempfile::tempdir().unwrap();
//! # std::fs::write(dir.path().join("eqf.yaml"), "kind: LevelFramework\nformat: 1\nid: eqf\ntitle: EQF\nlanguage: en\nlevels:\n  - level: 4\n").unwrap();
//! # std::fs::write(dir.path().join("nqf.yaml"), "kind: LevelFramework\nformat: 1\nid: kg-nqf\ntitle: NQF\nlanguage: en\ncountry: KG\nreferencing: {framework: eqf}\nlevels:\n  - level: 5\n    referenced_level: 4\n").unwrap();
//! let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
//! let (graph, diagnostics) = StandardsGraph::build(workspace);
//! assert!(diagnostics.is_empty());
//! assert_eq!(graph.eqf_level("kg-nqf/5"), Some(4));
//! ```

#![warn(missing_docs)]

mod build;
mod cycles;
mod export;
mod node;
mod query;
pub mod rules;

use std::collections::HashMap;

use kasb_diagnostics::{Diagnostic, Location};
use kasb_load::Workspace;
use kasb_model::Document;
use petgraph::graph::{DiGraph, NodeIndex};

pub use build::{EQF_ID, ISCO_08_ID};
pub use cycles::{Cycle, cycles};
pub use export::ExportFormat;
pub use node::{EdgeKind, Inclusion, Node, NodeKind};
pub use petgraph;

/// Every document and item of a workspace, linked by their references.
#[derive(Debug)]
pub struct StandardsGraph {
    workspace: Workspace,
    graph: DiGraph<Node, EdgeKind>,
    ids: HashMap<String, NodeIndex>,
    documents: Vec<Option<NodeIndex>>,
}

impl StandardsGraph {
    /// Builds the graph of a workspace. Returns the diagnostics of ids that clash and of
    /// references that do not resolve, each located at the offending value.
    pub fn build(workspace: Workspace) -> (Self, Vec<Diagnostic>) {
        let built = build::Builder::new(&workspace).build();
        let (graph, ids, documents, diagnostics) =
            (built.graph, built.ids, built.documents, built.diagnostics);
        (
            Self {
                workspace,
                graph,
                ids,
                documents,
            },
            diagnostics,
        )
    }

    /// The workspace the graph was built from.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The underlying petgraph, for algorithms this API does not offer.
    pub fn petgraph(&self) -> &DiGraph<Node, EdgeKind> {
        &self.graph
    }

    /// The node with a global id (`kg-welder`, `kg-welder/WLD-01`).
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index(id).map(|index| &self.graph[index])
    }

    /// The petgraph index of the node with a global id.
    pub fn index(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied()
    }

    /// The typed document a node belongs to.
    pub fn document_of(&self, node: &Node) -> &Document {
        &self.workspace.documents[node.document].document
    }

    /// The typed document with this id, if it is in the graph.
    pub fn document(&self, id: &str) -> Option<&Document> {
        let node = self.node(id)?;
        node.kind.is_document().then(|| self.document_of(node))
    }

    /// Every document node, in load order.
    pub fn documents(&self) -> impl Iterator<Item = &Node> {
        self.documents
            .iter()
            .flatten()
            .map(|&index| &self.graph[index])
    }

    /// Where a node is defined: its file, line and column.
    pub fn location(&self, node: &Node) -> Location {
        let file = self.workspace.documents[node.document].file;
        self.workspace.locate(file, &node.path)
    }
}
