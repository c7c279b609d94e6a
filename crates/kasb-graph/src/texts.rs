//! A node's title or statement and its path, read from its typed document when asked for: the
//! graph keeps neither, since a copy of every text would cost as much memory again as the
//! documents' own.

use std::borrow::Cow;

use kasb_load::Workspace;
use kasb_model::{Document, FieldPath, Item, ItemPath, Text};

use crate::{Node, NodeId, StandardsGraph};

/// The `ordinal`-th item `document` declares.
fn item_of(document: &Document, ordinal: u32) -> Option<Item<'_>> {
    let (mut seen, mut found) = (0u32, None);
    document.items(&mut |item| {
        if seen == ordinal {
            found = Some(item);
        }
        seen += 1;
    });
    found
}

/// Where the item `item` of document `document` is written (the root for `None`), by a walk of
/// the document's items.
pub(crate) fn path_at(workspace: &Workspace, document: usize, item: Option<u32>) -> FieldPath {
    let document = &workspace.documents[document].document;
    item.and_then(|ordinal| item_of(document, ordinal))
        .map_or_else(FieldPath::root, |item| item.path.to_field_path())
}

/// The path of every item `document` declares, by place.
pub(crate) fn item_paths(document: &Document) -> Vec<ItemPath> {
    let mut paths = Vec::new();
    document.items(&mut |item| paths.push(item.path));
    paths
}

impl StandardsGraph {
    /// The title or statement of a node, read from its document (this walks the document's
    /// items: to read every node's text, [`for_each_text`](Self::for_each_text) is linear).
    pub fn label(&self, node: &Node) -> Cow<'_, Text> {
        let document = self.document_of(node);
        match node.item {
            None => Cow::Borrowed(document.title()),
            Some(ordinal) => item_of(document, ordinal)
                .map_or(Cow::Owned(Text::Plain(String::new())), |item| item.label),
        }
    }

    /// Where a node is written in its document (`units[2].elements[0]`; the root for a
    /// document). The paths of a document's items are found together, the first time one is
    /// asked for, and kept: documents with nothing to report never pay for them.
    pub fn path(&self, node: &Node) -> FieldPath {
        let Some(ordinal) = node.item else {
            return FieldPath::root();
        };
        let paths = self.item_paths[node.document]
            .get_or_init(|| item_paths(&self.workspace.documents[node.document].document));
        paths
            .get(ordinal as usize)
            .map_or_else(FieldPath::root, ItemPath::to_field_path)
    }

    /// Calls `visit` with every node, its path and its title or statement, document by document
    /// in load order, each document before its items: one walk over every document.
    pub fn for_each_text(&self, mut visit: impl FnMut(NodeId, &Node, &ItemPath, &Text)) {
        let root = ItemPath::root();
        for (index, loaded) in self.workspace.documents.iter().enumerate() {
            let Some(&Some(document_node)) = self.documents.get(index) else {
                continue;
            };
            let document = &loaded.document;
            visit(
                NodeId(document_node),
                &self.graph[document_node],
                &root,
                document.title(),
            );
            // The document's item nodes follow its node in declaration order; items whose id
            // clashed have none.
            let mut nodes = self.ranges[index].clone().skip(1).peekable();
            let mut ordinal = 0u32;
            document.items(&mut |item| {
                let next = nodes
                    .peek()
                    .map(|&next| petgraph::graph::NodeIndex::new(next));
                if let Some(next) = next.filter(|&next| self.graph[next].item == Some(ordinal)) {
                    nodes.next();
                    visit(NodeId(next), &self.graph[next], &item.path, &item.label);
                }
                ordinal += 1;
            });
        }
    }
}
