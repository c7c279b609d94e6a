//! The standards graph: every document and item of a repository as a node, every reference as
//! a checked edge. It is the one place where cross-document questions are
//! answered: references, coverage, levels, comparison.
//!
//! ```
//! use kasb_graph::{EdgeKind, StandardsGraph};
//! use kasb_load::{load, LoadOptions};
//!
//! # let dir = tempfile::tempdir().unwrap();
//! # std::fs::write(dir.path().join("eqf.yaml"), "kind: LevelFramework\nformat: 1\nid: eqf\ntitle: EQF\nlanguage: en\nlevels:\n  - level: 4\n").unwrap();
//! # std::fs::write(dir.path().join("nqf.yaml"), "kind: LevelFramework\nformat: 1\nid: kg-nqf\ntitle: NQF\nlanguage: en\ncountry: KG\nreferencing: {framework: eqf}\nlevels:\n  - level: 5\n    referenced_level: 4\n").unwrap();
//! let workspace = load(&[dir.path().to_path_buf()], &LoadOptions::default()).unwrap();
//! let (graph, diagnostics) = StandardsGraph::build(workspace);
//! assert!(diagnostics.is_empty());
//! assert_eq!(graph.eqf_level("kg-nqf/5"), Ok(Some(4)));
//! // A query says when the id names nothing, or not what it asks about.
//! assert!(graph.eqf_level("kg-nqf/9").is_err());
//! assert!(graph.units_of("kg-nqf").is_err());
//!
//! // Every edge says which document and which value state it.
//! let level = graph.index("kg-nqf/5").unwrap();
//! let link = graph.links_from(level).find(|link| link.kind() == EdgeKind::ReferencedTo).unwrap();
//! assert_eq!(link.to().id, "eqf/4");
//! assert_eq!(link.path().to_string(), "levels[0].referenced_level");
//! assert_eq!(graph[link.source()].id, "kg-nqf/5");
//! ```

#![warn(missing_docs)]

mod build;
mod cycles;
mod edge;
mod export;
mod neighbourhood;
mod node;
mod query;
pub mod rules;
mod texts;

use std::collections::HashMap;
use std::sync::OnceLock;

use kasb_diagnostics::{Diagnostic, Location};
use kasb_load::Workspace;
use kasb_model::{Document, FieldPath};
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

use edge::EdgeData;

pub use build::EQF_ID;
pub use cycles::{Cycle, cycles};
pub use edge::{Link, NodeId};
pub use export::ExportFormat;
pub use kasb_model::{EdgeKind, ISCO_08_ID, Inclusion, NodeKind};
pub use neighbourhood::NodeSet;
pub use node::Node;
pub use query::QueryError;

/// Node by global id. foldhash, not SipHash: the map is read once per node and per
/// reference, and its random seed still keeps crafted ids from colliding on purpose.
pub(crate) type IdMap = HashMap<String, NodeIndex, foldhash::fast::RandomState>;

/// Every document and item of a workspace, linked by their references.
#[derive(Debug)]
pub struct StandardsGraph {
    workspace: Workspace,
    graph: DiGraph<Node, EdgeData>,
    ids: IdMap,
    documents: Vec<Option<NodeIndex>>,
    /// The node indices of each document's nodes (its own, then its items'), by workspace
    /// document index.
    ranges: Vec<std::ops::Range<usize>>,
    /// The path of every reference of a document, by ordinal: built for a document the first
    /// time a path of one of its edges is asked for, so a walk over many edges stays linear.
    reference_paths: Vec<OnceLock<Vec<FieldPath>>>,
    /// The path of every item of a document, by place: built for a document the first time
    /// the path of one of its nodes is asked for.
    item_paths: Vec<OnceLock<Vec<kasb_model::ItemPath>>>,
}

impl StandardsGraph {
    /// Builds the graph of a workspace. Returns the diagnostics of ids that clash and of
    /// references that do not resolve, each located at the offending value.
    pub fn build(workspace: Workspace) -> (Self, Vec<Diagnostic>) {
        let built = build::Builder::new(&workspace).build();
        let workspace_len = workspace.documents.len();
        let (graph, ids, documents, ranges, diagnostics) = (
            built.graph,
            built.ids,
            built.documents,
            built.ranges,
            built.diagnostics,
        );
        (
            Self {
                workspace,
                graph,
                ids,
                documents,
                ranges,
                reference_paths: (0..workspace_len).map(|_| OnceLock::new()).collect(),
                item_paths: (0..workspace_len).map(|_| OnceLock::new()).collect(),
            },
            diagnostics,
        )
    }

    /// The workspace the graph was built from.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The node with a global id (`kg-welder`, `kg-welder/WLD-01`).
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index(id).map(|index| &self[index])
    }

    /// The [`NodeId`] of the node with a global id.
    pub fn index(&self, id: &str) -> Option<NodeId> {
        self.ids.get(id).copied().map(NodeId)
    }

    /// Every node, documents and items, in the order they were added.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// How many nodes the graph has.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Every edge, in the order it was added.
    pub fn links(&self) -> impl Iterator<Item = Link<'_>> {
        self.graph
            .edge_references()
            .map(move |edge| Link::new(self, edge))
    }

    /// How many edges the graph has.
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The edges that start from a node, each with the place that states it, in the order
    /// they were added.
    pub fn links_from(&self, node: NodeId) -> impl Iterator<Item = Link<'_>> {
        self.links_at(node, Direction::Outgoing)
    }

    /// The edges that point to a node, in the order they were added.
    pub fn links_to(&self, node: NodeId) -> impl Iterator<Item = Link<'_>> {
        self.links_at(node, Direction::Incoming)
    }

    fn links_at(&self, node: NodeId, direction: Direction) -> impl Iterator<Item = Link<'_>> {
        let mut links: Vec<Link<'_>> = self
            .graph
            .edges_directed(node.0, direction)
            .map(|edge| Link::new(self, edge))
            .collect();
        // petgraph lists a node's edges newest first.
        links.sort_by_key(|link| link.edge);
        links.into_iter()
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

    /// The path of the `ordinal`-th reference document `document` declares.
    fn reference_path(&self, document: usize, ordinal: u32) -> Option<&FieldPath> {
        let paths = self.reference_paths.get(document)?.get_or_init(|| {
            let mut paths = Vec::new();
            let document = &self.workspace.documents[document].document;
            document.references(&mut |reference| paths.push(reference.path));
            paths
        });
        paths.get(ordinal as usize)
    }

    /// Where a node is defined: its file, line and column.
    pub fn location(&self, node: &Node) -> Location {
        let file = self.workspace.documents[node.document].file;
        self.workspace.locate(file, &self.path(node))
    }
}

impl std::ops::Index<NodeId> for StandardsGraph {
    type Output = Node;

    fn index(&self, node: NodeId) -> &Node {
        &self.graph[node.0]
    }
}
