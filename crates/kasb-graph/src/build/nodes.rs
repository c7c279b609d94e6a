//! Pass 1: a node for every document and item, with ids checked for uniqueness.

use crate::rules::k201_duplicate_id;
use kasb_model::id::{IdKind, check_id};
use kasb_model::{Document, FieldPath, Item};
use petgraph::graph::NodeIndex;

use super::Builder;
use kasb_model::{EdgeKind, NodeKind};

use crate::Node;
use crate::edge::Origin;

impl Builder<'_> {
    /// Adds the node `id` of `kind` at `place` (its path and its place among its document's
    /// items), under `parent`, unless the id is taken (K201).
    fn add(
        &mut self,
        kind: NodeKind,
        id: String,
        place: Place<'_>,
        parent: Option<NodeIndex>,
    ) -> Option<NodeIndex> {
        let Place {
            document,
            item,
            path,
            id_key,
        } = place;
        if kind.is_document() {
            self.check_id(document, &path.key(id_key), &id, IdKind::Document);
        }
        if let Some(&first) = self.ids.get(&id) {
            let first_node = &self.graph[first];
            let first_path = crate::texts::path_of(self.workspace, first_node).key(id_key);
            let first_location = self
                .workspace
                .locate(self.file(first_node.document), &first_path);
            let location = self
                .workspace
                .locate(self.file(document), &path.key(id_key));
            self.diagnostics.push(k201_duplicate_id::diagnose(
                location,
                first_location,
                &id,
                kind.is_document(),
            ));
            return None;
        }
        let node = self.graph.add_node(Node {
            kind,
            id: id.clone(),
            document,
            item,
            level: None,
        });
        self.ids.insert(id, node);
        if let Some(parent) = parent {
            self.add_edge(node, parent, EdgeKind::PartOf, Origin::Tree);
        }
        Some(node)
    }

    /// Reports an id outside the id grammar (K111), at the offending character. The node is
    /// still added, so references to it resolve and the one error is all the user sees.
    fn check_id(&mut self, document: usize, path: &FieldPath, id: &str, kind: IdKind) {
        let Err(error) = check_id(id, kind) else {
            return;
        };
        let file = self.file(document);
        let location = self
            .workspace
            .locate_char(file, path, id, error.position - 1);
        self.diagnostics
            .push(kasb_load::rules::invalid_id(location, id, &error));
    }

    /// Adds the node of a document and one node per item it declares
    /// ([`kasb_model::Items`]), each under its parent; an item whose parent was not added
    /// (its id clashed) is left out with everything inside it.
    pub(super) fn add_document(&mut self, index: usize, document: &Document) -> Option<NodeIndex> {
        let root = FieldPath::root();
        let kind = NodeKind::from(document.kind());
        let id = document.id().to_owned();
        let place = Place {
            document: index,
            item: None,
            path: &root,
            id_key: "id",
        };
        let node = self.add(kind, id, place, None)?;
        let mut added: Vec<Option<NodeIndex>> = Vec::new();
        document.items(&mut |item| {
            let parent = match item.parent {
                None => Some(node),
                Some(place) => added.get(place).copied().flatten(),
            };
            let ordinal = u32::try_from(added.len()).unwrap_or(u32::MAX);
            let item_node = parent
                .and_then(|parent| self.add_item(index, document.id(), ordinal, item, parent));
            added.push(item_node);
        });
        Some(node)
    }

    fn add_item(
        &mut self,
        document: usize,
        prefix: &str,
        ordinal: u32,
        item: Item<'_>,
        parent: NodeIndex,
    ) -> Option<NodeIndex> {
        self.check_id(
            document,
            &item.path.key(item.id_key),
            &item.id,
            IdKind::Item,
        );
        let global = format!("{prefix}/{}", item.id);
        let place = Place {
            document,
            item: Some(ordinal),
            path: &item.path,
            id_key: item.id_key,
        };
        let node = self.add(item.kind, global, place, Some(parent))?;
        self.graph[node].level = item.level;
        Some(node)
    }
}

/// Where a node is declared: its document, its place among the document's items (`None` for
/// the document itself), its path and the key of its id there.
struct Place<'p> {
    document: usize,
    item: Option<u32>,
    path: &'p FieldPath,
    id_key: &'static str,
}
