//! Pass 2: every reference a document declares ([`kasb_model::References`]) becomes an edge,
//! or a located diagnostic. One loop for every kind: what differs between references is data
//! in their declaration (where they start, what they name, which edge they make).
//!
//! Resolving only reads the nodes pass 1 added, so documents are linked in parallel, each into
//! a list of [`Linked`] outcomes; the lists are then applied in document order (edges added, problems
//! reported), so the graph and the diagnostics do not depend on the thread count.

use std::borrow::Cow;

use kasb_model::{Document, EdgeKind, FieldPath, Named, NodeKind, Reference, Source, Target};
use petgraph::graph::NodeIndex;

use super::Builder;
use crate::edge::Origin;

/// What one reference of a document came to (not the public [`crate::Link`], an edge of the
/// built graph).
pub(super) enum Linked<'w> {
    /// An edge to add.
    Edge {
        from: NodeIndex,
        to: NodeIndex,
        kind: EdgeKind,
        origin: Origin,
    },
    /// A problem to report at `path` (reporting may look further: did-you-mean, levels).
    Problem {
        path: FieldPath,
        problem: Problem<'w>,
    },
}

/// Why a reference did not resolve.
pub(super) enum Problem<'w> {
    /// `reference` names a node of kind `found`, not one of `expected`.
    WrongKind {
        reference: &'w str,
        expected: &'static [NodeKind],
        found: NodeKind,
    },
    /// The framework `framework` has no level `level`.
    NoSuchLevel { framework: &'w str, level: u8 },
    /// Nothing is named `reference`, read within the document `context`.
    Unresolved {
        context: &'w str,
        reference: &'w str,
        expected: &'static [NodeKind],
    },
}

/// Links the references of one document, reading the nodes of pass 1 only.
pub(super) struct Linker<'b, 'w> {
    builder: &'b Builder<'w>,
    /// The document's id, the context of its references.
    here: &'w str,
    /// Whether an id names a node of some kinds, found once per document: the framework of
    /// each level reference, the two documents of each crosswalk alignment.
    gates: Vec<(&'w str, &'static [NodeKind], bool)>,
    /// The item whose references are being linked, and its node: an item's references are
    /// declared one after another.
    last_item: Option<(Cow<'w, str>, Option<NodeIndex>)>,
    /// The `document/item` being looked up, reused so that a lookup does not allocate.
    key: String,
    links: Vec<Linked<'w>>,
}

impl<'b, 'w> Linker<'b, 'w> {
    /// Links every reference of document `index`, whose node is `node`.
    pub(super) fn link(
        builder: &'b Builder<'w>,
        index: usize,
        node: NodeIndex,
        document: &'w Document,
    ) -> Vec<Linked<'w>> {
        let mut linker = Linker {
            builder,
            here: document.id(),
            gates: Vec::new(),
            last_item: None,
            key: String::new(),
            links: Vec::new(),
        };
        let mut ordinal = 0;
        document.references(&mut |reference| {
            linker.link_reference(node, reference, Origin::reference(index, ordinal));
            ordinal += 1;
        });
        linker.links
    }

    fn link_reference(&mut self, node: NodeIndex, reference: Reference<'w>, origin: Origin) {
        if !self.gates_open(&reference) {
            return;
        }
        let from = match &reference.from {
            Source::Document => Some(node),
            Source::Item(item) => match self.source_item(item.clone()) {
                Some(from) => Some(from),
                // An item whose node was not added (its id clashed) links nothing.
                None => return,
            },
            Source::Named { named, path } => self.resolve_named(named, path),
            _ => None,
        };
        let target = self.resolve_target(&reference);
        let (Some(from), Some(to), Some(kind)) = (from, target, reference.edge) else {
            return;
        };
        self.edge(from, to, kind, origin);
        if let Some(item) = reference.also_from
            && let Some(item) = self.lookup(self.here, item)
        {
            self.edge(item, to, kind, origin);
        }
    }

    fn edge(&mut self, from: NodeIndex, to: NodeIndex, kind: EdgeKind, origin: Origin) {
        self.links.push(Linked::Edge {
            from,
            to,
            kind,
            origin,
        });
    }

    fn problem(&mut self, path: &FieldPath, problem: Problem<'w>) {
        let path = path.clone();
        self.links.push(Linked::Problem { path, problem });
    }

    /// The node of `document/item`, looked up without allocating.
    fn lookup(&mut self, document: &str, item: &str) -> Option<NodeIndex> {
        self.key.clear();
        self.key.extend([document, "/", item]);
        self.builder.ids.get(self.key.as_str()).copied()
    }

    /// Level `level` of the framework `framework`, looked up without allocating.
    fn lookup_level(&mut self, framework: &str, level: u8) -> Option<NodeIndex> {
        use std::fmt::Write;
        self.key.clear();
        // Writing to a `String` cannot fail.
        let _ = write!(self.key, "{framework}/{level}");
        self.builder.ids.get(self.key.as_str()).copied()
    }

    /// The node of an item of this document; the last item looked up is kept.
    fn source_item(&mut self, item: Cow<'w, str>) -> Option<NodeIndex> {
        if let Some((last, node)) = &self.last_item
            && *last == item
        {
            return *node;
        }
        let node = self.lookup(self.here, &item);
        self.last_item = Some((item, node));
        node
    }

    /// Resolves what a reference names, recording what is wrong when it does not resolve
    /// (an unknown code is left to the code rules, which can say more than "unresolved").
    fn resolve_target(&mut self, reference: &Reference<'w>) -> Option<NodeIndex> {
        let path = &reference.path;
        match &reference.target {
            Target::Id(named) => self.resolve_named(named, path),
            Target::Level { framework, level } => {
                let found = self.lookup_level(framework, *level);
                if found.is_none() {
                    let (framework, level) = (*framework, *level);
                    self.problem(path, Problem::NoSuchLevel { framework, level });
                }
                found
            }
            Target::Code {
                classification,
                code,
            } => self.lookup(classification, code),
            _ => None,
        }
    }

    /// Resolves a named node: an item of the context document (the referring one, or the
    /// one it is read within), then `document-id/item-id`, then a document id.
    fn resolve_named(&mut self, named: &Named<'w>, path: &FieldPath) -> Option<NodeIndex> {
        let context = named.within.as_ref().map_or(self.here, |w| w.document);
        let (reference, expected) = (named.id, named.kinds);
        let found = self
            .lookup(context, reference)
            .or_else(|| self.builder.ids.get(reference).copied());
        let Some(target) = found else {
            let problem = Problem::Unresolved {
                context,
                reference,
                expected,
            };
            self.problem(path, problem);
            return None;
        };
        let found = self.builder.graph[target].kind;
        if expected.contains(&found) {
            return Some(target);
        }
        let problem = Problem::WrongKind {
            reference,
            expected,
            found,
        };
        self.problem(path, problem);
        None
    }

    /// True when the documents a reference depends on resolve: the framework of a level, the
    /// documents a crosswalk alignment is read within. When one does not, the reference that
    /// names it is reported, and following this one would only add noise.
    fn gates_open(&mut self, reference: &Reference<'w>) -> bool {
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
            .all(|(document, kinds)| self.names(document, kinds))
    }

    /// Whether `id`, written in this document, names a node of `kinds`, found as a reference
    /// is but without a diagnostic; remembered for the document.
    fn names(&mut self, id: &'w str, kinds: &'static [NodeKind]) -> bool {
        if let Some(&(_, _, known)) = self
            .gates
            .iter()
            .find(|(seen, seen_kinds, _)| *seen == id && *seen_kinds == kinds)
        {
            return known;
        }
        let found = self
            .lookup(self.here, id)
            .or_else(|| self.builder.ids.get(id).copied());
        let known = found.is_some_and(|node| kinds.contains(&self.builder.graph[node].kind));
        self.gates.push((id, kinds, known));
        known
    }
}

impl Builder<'_> {
    /// Adds what linking document `index` came to, in order: edges, and diagnostics for
    /// problems.
    pub(super) fn apply(&mut self, index: usize, links: Vec<Linked<'_>>) {
        for link in links {
            match link {
                Linked::Edge {
                    from,
                    to,
                    kind,
                    origin,
                } => self.add_edge(from, to, kind, origin),
                Linked::Problem { path, problem } => self.report(index, &path, problem),
            }
        }
    }
}
