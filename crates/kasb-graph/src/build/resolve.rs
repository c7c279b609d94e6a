//! Resolving a reference to a node, and saying what is wrong when it does not resolve.

use std::cell::Cell;

use crate::rules::k202_unresolved_reference::{self, Known};
use crate::rules::{k203_wrong_reference_kind, k301_level_outside_framework};
use kasb_diagnostics::suggest::MAX_CANDIDATES;
use kasb_diagnostics::{Message, Suggester};
use kasb_model::FieldPath;
use kasb_model::id::{IdKind, check_id, fold_lookalikes};
use petgraph::graph::NodeIndex;

use super::Builder;
use super::links::Problem;
use crate::{Node, NodeKind};

impl Builder<'_> {
    /// Reports `problem`, found at `path` of document `index` by [`super::links::Linker`].
    pub(super) fn report(&mut self, index: usize, path: &FieldPath, problem: Problem<'_>) {
        match problem {
            Problem::WrongKind {
                reference,
                expected,
                found,
            } => self.push_at(index, path, |location| {
                k203_wrong_reference_kind::diagnose(location, reference, expected, found)
            }),
            Problem::NoSuchLevel { framework, level } => {
                let range = self.level_range(framework);
                self.push_at(index, path, |location| {
                    k301_level_outside_framework::diagnose(location, level, framework, range)
                });
            }
            Problem::Unresolved {
                context,
                reference,
                expected,
            } => self.report_unresolved(index, path, context, reference, expected),
        }
    }

    /// "levels 1 to 8" (or "no levels") for a framework, from its own nodes, once per framework.
    fn level_range(&mut self, framework: &str) -> Option<(u8, u8)> {
        if let Some(range) = self.level_ranges.get(framework) {
            return *range;
        }
        let levels: Vec<u8> = self
            .nodes_of(framework)
            .filter(|node| node.kind == NodeKind::Level)
            .filter_map(|node| node.level)
            .collect();
        let range = levels.iter().min().zip(levels.iter().max());
        let range = range.map(|(&low, &high)| (low, high));
        self.level_ranges.insert(framework.to_owned(), range);
        range
    }

    /// Reports that nothing is named `reference` within `context`, unless a mistake reported
    /// elsewhere explains it (an unloaded document, an id declared with look-alike letters).
    fn report_unresolved(
        &mut self,
        index: usize,
        path: &FieldPath,
        context: &str,
        reference: &str,
        expected: &[NodeKind],
    ) {
        if self.names_unloaded_document(reference)
            || self.names_lookalike_declaration(context, reference)
        {
            return;
        }
        let known = Known {
            document: reference
                .split_once('/')
                .is_some_and(|(document, _)| self.ids.contains_key(document)),
            in_context: self.ids.contains_key(&format!("{context}/{reference}")),
        };
        let help = self.suggest(context, reference, expected);
        self.push_at(index, path, |location| {
            k202_unresolved_reference::diagnose(location, context, reference, expected, known, help)
        });
    }

    /// True when `reference` names a document that failed to load (or an item in one): its
    /// own error is reported, and a second one here would only be noise.
    pub(super) fn names_unloaded_document(&self, reference: &str) -> bool {
        let document = reference
            .split_once('/')
            .map_or(reference, |(document, _)| document);
        self.unloaded.contains(document)
    }

    /// True when `reference` is the Latin spelling of an id declared with look-alike letters
    /// (`ELC-01` for a unit `ЕLC-01`): K111 at the declaration is the one mistake.
    fn names_lookalike_declaration(&mut self, context: &str, reference: &str) -> bool {
        let ids = &self.ids;
        let folded = self.folded_ids.get_or_insert_with(|| {
            ids.keys()
                .filter(|id| !id.is_ascii())
                .map(|id| fold_lookalikes(id).into_owned())
                .collect()
        });
        !folded.is_empty()
            && [reference.to_owned(), format!("{context}/{reference}")]
                .iter()
                .any(|id| folded.contains(fold_lookalikes(id).as_ref()))
    }

    /// The nodes of the document with this id: the document and its items, which pass 1 adds
    /// one after another.
    pub(super) fn nodes_of(&self, document: &str) -> impl Iterator<Item = &Node> {
        let range = self
            .ids
            .get(document)
            .and_then(|&node| self.ranges.get(self.graph[node].document))
            .cloned()
            .unwrap_or(0..0);
        range.map(|index| &self.graph[NodeIndex::new(index)])
    }

    /// A did-you-mean over the likely candidates only (items of the referring and the named
    /// document, and document ids), within the build's suggestion budget, so a repository with
    /// many broken references stays fast.
    pub(super) fn suggest(
        &mut self,
        context: &str,
        reference: &str,
        expected: &[NodeKind],
    ) -> Message {
        let mut suggester = std::mem::replace(&mut self.suggester, Suggester::new(0));
        let scanned = Cell::new(0u64);
        // Look-alike letters of other scripts are folded first: `ЕLC-01` (Cyrillic `Е`) means
        // `ELC-01`, which an edit distance alone may rank below another id.
        let folded = fold_lookalikes(reference);
        let near = self.closest_candidate(&mut suggester, &scanned, context, &folded, expected);
        suggester.charge(scanned.get());
        self.suggester = suggester;
        let Some(near) = near else {
            return Message::new("k202-help");
        };
        match check_id(reference, IdKind::Item) {
            Err(error) if folded != reference => Message::new("k202-did-you-mean-look-alike")
                .with("id", near)
                .with("error", kasb_load::rules::id_problem(&error.reason))
                .with("position", error.position),
            _ => Message::new("k202-did-you-mean").with("id", near),
        }
    }

    fn closest_candidate(
        &self,
        suggester: &mut Suggester,
        scanned: &Cell<u64>,
        context: &str,
        reference: &str,
        expected: &[NodeKind],
    ) -> Option<String> {
        if suggester.exhausted() {
            return None;
        }
        // Every node looked at costs, whether or not it is a candidate.
        let counted = |node: &Node| {
            scanned.set(scanned.get() + 1);
            expected.contains(&node.kind)
        };
        let limit = MAX_CANDIDATES;
        let prefix = format!("{context}/");
        let here = self
            .nodes_of(context)
            .take(limit)
            .filter(|node| counted(node))
            .filter_map(|node| node.id.strip_prefix(&prefix));
        let documents = || {
            self.documents
                .iter()
                .flatten()
                .take(limit)
                .map(|&node| &self.graph[node])
        };
        // Document ids are read only when a document may be meant: an unresolved criterion
        // would otherwise read every document of a large repository for nothing.
        let documents_meant = expected.iter().any(|kind| kind.is_document());
        let named_documents = documents()
            .take(if documents_meant { limit } else { 0 })
            .filter(|node| counted(node))
            .map(|node| node.id.as_str());
        let mut candidates: Box<dyn Iterator<Item = &str>> = Box::new(here.chain(named_documents));
        if let Some((document, item)) = reference.split_once('/') {
            if self.ids.contains_key(document) {
                let there = self
                    .nodes_of(document)
                    .take(limit)
                    .filter(|node| counted(node))
                    .map(|node| node.id.as_str());
                candidates = Box::new(candidates.chain(there));
            } else {
                // A misspelt document: a near one that has this item (never an id that names
                // nothing).
                let holding = documents()
                    .map(|node| node.id.as_str())
                    .filter(|near| self.ids.contains_key(&format!("{near}/{item}")));
                if let Some(near) = suggester.closest(document, holding) {
                    return Some(format!("{near}/{item}"));
                }
            }
        }
        suggester.closest(reference, candidates).map(str::to_owned)
    }
}
