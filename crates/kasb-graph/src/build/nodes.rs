//! Pass 1: a node for every document and item, with ids checked for uniqueness. What each
//! document adds is worked out for many documents in parallel ([`plan`]: its items, global ids
//! and ids outside the grammar); adding the nodes and finding clashes is one serial walk.

use kasb_diagnostics::Diagnostic;
use kasb_load::Workspace;
use kasb_model::id::{IdKind, check_id};
use kasb_model::{Document, EdgeKind, FieldPath, NodeKind};
use petgraph::graph::NodeIndex;

use super::Builder;
use crate::Node;
use crate::edge::Origin;
use crate::rules::k201_duplicate_id;

/// A node one document adds, worked out before it is added.
pub(super) struct Planned {
    kind: NodeKind,
    /// Its global id: `document-id` or `document-id/item-id`.
    id: String,
    /// Its place among the document's items; `None` for the document itself.
    item: Option<u32>,
    /// The place in the plan of the node it belongs to (the document's is 0).
    parent: usize,
    /// The key of its id where it is written: `id`, `level` or `code`.
    id_key: &'static str,
    level: Option<u8>,
    /// Its id outside the id grammar (K111), located. The node is still added, so references
    /// to it resolve and this one error is all the user sees.
    invalid: Option<Box<Diagnostic>>,
}

/// The nodes document `index` adds, the document's first and then one per item it declares
/// ([`kasb_model::Items`]), each with the place of the node it belongs to.
pub(super) fn plan(workspace: &Workspace, index: usize, document: &Document) -> Vec<Planned> {
    let mut plan = vec![Planned {
        kind: NodeKind::from(document.kind()),
        id: document.id().to_owned(),
        item: None,
        parent: 0,
        id_key: "id",
        level: None,
        invalid: invalid_id(workspace, index, document.id(), IdKind::Document, || {
            FieldPath::root().key("id")
        }),
    }];
    let mut ordinal = 0u32;
    document.items(&mut |item| {
        plan.push(Planned {
            kind: item.kind,
            id: [document.id(), "/", &item.id].concat(),
            item: Some(ordinal),
            parent: item.parent.map_or(0, |place| place + 1),
            id_key: item.id_key,
            level: item.level,
            invalid: invalid_id(workspace, index, &item.id, IdKind::Item, || {
                item.path.key(item.id_key)
            }),
        });
        ordinal += 1;
    });
    plan
}

/// The K111 of `id` at the `path` of document `document`, at the offending character (the path
/// is made only then: most ids are valid).
fn invalid_id(
    workspace: &Workspace,
    document: usize,
    id: &str,
    kind: IdKind,
    path: impl FnOnce() -> FieldPath,
) -> Option<Box<Diagnostic>> {
    let error = check_id(id, kind).err()?;
    let file = workspace.documents[document].file;
    let location = workspace.locate_char(file, &path(), id, error.position - 1);
    Some(Box::new(kasb_load::rules::invalid_id(location, id, &error)))
}

impl Builder<'_> {
    /// Adds the nodes `plan` holds for document `index`, each under its parent; a node whose
    /// parent was not added (its id clashed) is left out with everything inside it. Returns
    /// the document's node.
    pub(super) fn add_planned(&mut self, index: usize, plan: Vec<Planned>) -> Option<NodeIndex> {
        let mut added: Vec<Option<NodeIndex>> = Vec::with_capacity(plan.len());
        for planned in plan {
            let parent = match planned.item {
                None => None,
                Some(_) => match added.get(planned.parent).copied().flatten() {
                    Some(parent) => Some(parent),
                    None => {
                        added.push(None);
                        continue;
                    }
                },
            };
            added.push(self.add(index, planned, parent));
        }
        added.first().copied().flatten()
    }

    /// Adds the node `planned` of document `document` under `parent`, unless its id is taken
    /// (K201).
    fn add(
        &mut self,
        document: usize,
        mut planned: Planned,
        parent: Option<NodeIndex>,
    ) -> Option<NodeIndex> {
        self.diagnostics
            .extend(planned.invalid.take().map(|invalid| *invalid));
        if let Some(&first) = self.ids.get(&planned.id) {
            self.report_clash(document, &planned, first);
            return None;
        }
        let node = self.graph.add_node(Node {
            kind: planned.kind,
            id: planned.id.clone(),
            document,
            item: planned.item,
            level: planned.level,
        });
        self.ids.insert(planned.id, node);
        if let Some(parent) = parent {
            self.add_edge(node, parent, EdgeKind::PartOf, Origin::Tree);
        }
        Some(node)
    }

    /// The K201 of `planned`, whose id the node `first` has already.
    fn report_clash(&mut self, document: usize, planned: &Planned, first: NodeIndex) {
        let workspace = self.workspace;
        let first_node = &self.graph[first];
        let first_path = crate::texts::path_at(workspace, first_node.document, first_node.item);
        let first_location = workspace.locate(
            self.file(first_node.document),
            &first_path.key(planned.id_key),
        );
        let path = crate::texts::path_at(workspace, document, planned.item);
        let location = workspace.locate(self.file(document), &path.key(planned.id_key));
        self.diagnostics.push(k201_duplicate_id::diagnose(
            location,
            first_location,
            &planned.id,
            planned.kind.is_document(),
        ));
    }
}
