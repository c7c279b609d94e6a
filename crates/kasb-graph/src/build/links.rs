//! Pass 2: every reference a document declares ([`kasb_model::References`]) becomes an edge,
//! or a located diagnostic. One loop for every kind: what differs between references is data
//! in their declaration (where they start, what they name, which edge they make).

use std::borrow::Cow;

use kasb_model::{Document, FieldPath, Named, NodeKind, Reference, Source, Target};
use petgraph::graph::NodeIndex;

use super::Builder;
use crate::edge::Origin;

impl<'w> Builder<'w> {
    /// Links every reference of document `index`, whose node is `node`.
    pub(super) fn link_document(&mut self, index: usize, node: NodeIndex, document: &'w Document) {
        let mut ordinal = 0;
        document.references(&mut |reference| {
            self.link_reference(index, node, reference, Origin::reference(index, ordinal));
            ordinal += 1;
        });
        self.gates.clear();
        self.last_item = None;
    }

    /// The node of an item of document `index`. An item's references are declared one after
    /// another, so the last item looked up is kept.
    fn source_item(&mut self, index: usize, item: Cow<'w, str>) -> Option<NodeIndex> {
        if let Some((last, node)) = &self.last_item
            && *last == item
        {
            return *node;
        }
        let node = self.item_node(self.id_of(index), &item);
        self.last_item = Some((item, node));
        node
    }

    fn link_reference(
        &mut self,
        index: usize,
        node: NodeIndex,
        reference: Reference<'w>,
        origin: Origin,
    ) {
        if !self.gates_open(index, &reference) {
            return;
        }
        let from = match &reference.from {
            Source::Document => Some(node),
            Source::Item(item) => match self.source_item(index, item.clone()) {
                Some(from) => Some(from),
                // An item whose node was not added (its id clashed) links nothing.
                None => return,
            },
            Source::Named { named, path } => self.resolve_named(index, named, path),
            _ => None,
        };
        let target = self.resolve_target(index, &reference);
        let (Some(from), Some(target), Some(kind)) = (from, target, reference.edge) else {
            return;
        };
        self.add_edge(from, target, kind, origin);
        if let Some(item) = reference.also_from
            && let Some(item) = self.item_node(self.id_of(index), item)
        {
            self.add_edge(item, target, kind, origin);
        }
    }

    /// Resolves what a reference names, reporting what is wrong when it does not resolve
    /// (an unknown code is left to the code rules, which can say more than "unresolved").
    fn resolve_target(&mut self, index: usize, reference: &Reference<'w>) -> Option<NodeIndex> {
        let path = &reference.path;
        match &reference.target {
            Target::Id(named) => self.resolve_named(index, named, path),
            Target::Level { framework, level } => {
                self.resolve_level(index, framework, *level, path)
            }
            Target::Code {
                classification,
                code,
            } => self.ids.get(&format!("{classification}/{code}")).copied(),
            _ => None,
        }
    }

    /// Resolves a named node, reporting what is wrong when it does not resolve.
    fn resolve_named(
        &mut self,
        index: usize,
        named: &Named<'w>,
        path: &FieldPath,
    ) -> Option<NodeIndex> {
        match &named.within {
            Some(within) => self.resolve_in(index, within.document, named.id, path, named.kinds),
            None => self.resolve(index, named.id, path, named.kinds),
        }
    }

    /// True when the documents a reference depends on resolve: the framework of a level, the
    /// documents a crosswalk alignment is read within. When one does not, the reference that
    /// names it is reported, and following this one would only add noise.
    fn gates_open(&mut self, index: usize, reference: &Reference<'w>) -> bool {
        let within = |named: &Named<'w>| named.within.as_ref().map(|w| (w.document, w.kinds));
        let source = match &reference.from {
            Source::Named { named, .. } => within(named),
            _ => None,
        };
        let target = match &reference.target {
            Target::Id(named) => within(named),
            Target::Level { framework, .. } => Some((*framework, &[NodeKind::Framework][..])),
            _ => None,
        };
        [source, target]
            .into_iter()
            .flatten()
            .all(|(document, kinds)| self.names(index, document, kinds))
    }

    /// Whether `id`, written in document `index`, names a node of `kinds`, found as a
    /// reference is but without a diagnostic; remembered for the document.
    fn names(&mut self, index: usize, id: &'w str, kinds: &'static [NodeKind]) -> bool {
        if let Some(&(_, _, known)) = self
            .gates
            .iter()
            .find(|(seen, seen_kinds, _)| *seen == id && *seen_kinds == kinds)
        {
            return known;
        }
        let found = self
            .item_node(self.id_of(index), id)
            .or_else(|| self.ids.get(id).copied());
        let known = found.is_some_and(|node| kinds.contains(&self.graph[node].kind));
        self.gates.push((id, kinds, known));
        known
    }

    fn id_of(&self, index: usize) -> &'w str {
        self.workspace.documents[index].document.id()
    }
}
