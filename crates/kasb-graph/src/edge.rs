//! Edges as the graph keeps them (the relation and where it was stated) and the public views
//! of nodes and edges, so that no petgraph type is part of the API.

use std::borrow::Cow;

use kasb_model::{EdgeKind, FieldPath, Reference};
use petgraph::graph::{EdgeIndex, EdgeReference, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::{Node, StandardsGraph};

/// A node of a [`StandardsGraph`], cheap to copy and compare: `graph[id]` is its [`Node`].
/// Ids order as the nodes were added: documents in load order, each followed by its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) NodeIndex);

/// What an edge weighs in the graph: its relation and where it was stated.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EdgeData {
    pub(crate) kind: EdgeKind,
    pub(crate) origin: Origin,
}

/// Where an edge was stated. A reference is kept as its place among its document's declared
/// references, not as a path: most edges are never asked for theirs, and a path per edge
/// would cost a graph of a million units a hundred megabytes.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Origin {
    /// The document tree: an item is part of its parent where it is written.
    Tree,
    /// The `ordinal`-th reference that document `document` declares.
    Reference { document: u32, ordinal: u32 },
}

impl Origin {
    pub(crate) fn reference(document: usize, ordinal: u32) -> Self {
        Origin::Reference {
            document: u32::try_from(document).unwrap_or(u32::MAX),
            ordinal,
        }
    }
}

/// An edge of the graph, with the place in a document that states it.
#[derive(Clone, Copy, Debug)]
pub struct Link<'g> {
    graph: &'g StandardsGraph,
    pub(crate) edge: EdgeIndex,
    source: NodeIndex,
    target: NodeIndex,
    data: &'g EdgeData,
}

impl<'g> Link<'g> {
    pub(crate) fn new(graph: &'g StandardsGraph, edge: EdgeReference<'g, EdgeData>) -> Self {
        Self {
            graph,
            edge: edge.id(),
            source: edge.source(),
            target: edge.target(),
            data: edge.weight(),
        }
    }

    /// What the edge says.
    pub fn kind(&self) -> EdgeKind {
        self.data.kind
    }

    /// The node the edge starts from (the one that states the fact).
    pub fn from(&self) -> &'g Node {
        &self.graph.graph[self.source]
    }

    /// The node the edge points to.
    pub fn to(&self) -> &'g Node {
        &self.graph.graph[self.target]
    }

    /// The id of the node the edge starts from.
    pub fn source(&self) -> NodeId {
        NodeId(self.source)
    }

    /// The id of the node the edge points to.
    pub fn target(&self) -> NodeId {
        NodeId(self.target)
    }

    /// The workspace index of the document that states the edge: the referring document, or
    /// for the document tree the document of both ends.
    pub fn document(&self) -> usize {
        match self.data.origin {
            Origin::Tree => self.from().document,
            Origin::Reference { document, .. } => document as usize,
        }
    }

    /// Where the edge is stated in [`document`](Self::document): the referring value
    /// (`electives[0].units[1]`; for a crosswalk alignment its `target`), or for the document
    /// tree the child item's own entry (`units[2]`).
    pub fn path(&self) -> Cow<'g, FieldPath> {
        let stated = match self.data.origin {
            Origin::Reference { document, ordinal } => {
                self.graph.reference_path(document as usize, ordinal)
            }
            Origin::Tree => None,
        };
        stated.map_or_else(|| Cow::Owned(self.graph.path(self.from())), Cow::Borrowed)
    }

    /// The declared reference the edge comes from; `None` for the document tree. It is read
    /// again from the document, so this walks the document's references: for paths alone,
    /// [`path`](Self::path) is cheaper.
    pub fn reference(&self) -> Option<Reference<'g>> {
        let Origin::Reference { document, ordinal } = self.data.origin else {
            return None;
        };
        let document = &self
            .graph
            .workspace
            .documents
            .get(document as usize)?
            .document;
        let mut seen = 0;
        let mut found = None;
        document.references(&mut |reference| {
            if seen == ordinal {
                found = Some(reference);
            }
            seen += 1;
        });
        found
    }
}
