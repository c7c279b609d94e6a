//! Builds the graph in two passes: every document and item becomes a node (ids checked for
//! uniqueness), then every reference becomes an edge or a located diagnostic.

use std::collections::{HashMap, HashSet};

use kasb_diagnostics::{Diagnostic, Location, Suggester};
use kasb_load::{FileId, Workspace};
use kasb_model::FieldPath;
use petgraph::graph::{DiGraph, NodeIndex};
use rayon::prelude::*;

use kasb_model::EdgeKind;

use crate::Node;
use crate::edge::{EdgeData, Origin};

/// The id of the European Qualifications Framework, the pivot of level comparison.
pub const EQF_ID: &str = "eqf";

pub(crate) struct Builder<'w> {
    workspace: &'w Workspace,
    pub(crate) graph: DiGraph<Node, EdgeData>,
    pub(crate) ids: crate::IdMap,
    pub(crate) documents: Vec<Option<NodeIndex>>,
    /// The node indices of each document's nodes, by workspace document index.
    pub(crate) ranges: Vec<std::ops::Range<usize>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The place of each diagnostic of an unresolved reference, by its index in
    /// `diagnostics`: located when the build ends, the files parsed in parallel.
    unlocated: Vec<(usize, FileId, FieldPath)>,
    /// The ids of documents that failed to load, for references into them.
    unloaded: HashSet<&'w str>,
    /// "levels 1 to 8", by framework id: the text of K301 messages, computed once per framework.
    level_ranges: HashMap<String, Option<(u8, u8)>>,
    /// Did-you-mean for every unresolved reference of the build, within one budget.
    suggester: Suggester,
    /// The ids declared with look-alike letters (K111), in Latin letters: built on the first
    /// unresolved reference, so that a reference written in Latin to one of them is not
    /// reported a second time.
    folded_ids: Option<HashSet<String>>,
}

/// How many documents' nodes are planned, or references linked, at once (see `build`).
const PLAN_BATCH: usize = 256;

/// The work all did-you-mean suggestions of one build may do (candidates read plus distance
/// cells, about a fifth of a second): a repository with a hundred thousand broken references
/// gets suggestions for the first ones and plain help for the rest.
const SUGGESTION_BUDGET: u64 = 50_000_000;

impl<'w> Builder<'w> {
    pub(crate) fn new(workspace: &'w Workspace) -> Self {
        Self {
            workspace,
            graph: DiGraph::new(),
            ids: crate::IdMap::default(),
            documents: Vec::new(),
            ranges: Vec::new(),
            diagnostics: Vec::new(),
            unlocated: Vec::new(),
            unloaded: workspace.unloaded_ids.iter().map(String::as_str).collect(),
            level_ranges: HashMap::new(),
            suggester: Suggester::new(SUGGESTION_BUDGET),
            folded_ids: None,
        }
    }

    pub(crate) fn build(mut self) -> Self {
        let workspace = self.workspace;
        // Planned in parallel a batch at a time, so that the plans held at once stay small.
        for (batch, documents) in workspace.documents.chunks(PLAN_BATCH).enumerate() {
            let first = batch * PLAN_BATCH;
            let plans: Vec<_> = documents
                .par_iter()
                .enumerate()
                .map(|(i, loaded)| nodes::plan(workspace, first + i, &loaded.document))
                .collect();
            for (i, plan) in plans.into_iter().enumerate() {
                let start = self.graph.node_count();
                let node = self.add_planned(first + i, plan);
                self.documents.push(node);
                self.ranges.push(start..self.graph.node_count());
            }
        }
        // Linked in parallel a batch at a time, applied in document order.
        for (batch, documents) in workspace.documents.chunks(PLAN_BATCH).enumerate() {
            let first = batch * PLAN_BATCH;
            let builder = &self;
            let links: Vec<_> = documents
                .par_iter()
                .enumerate()
                .map(|(i, loaded)| {
                    let node = builder.documents[first + i]?;
                    Some(links::Linker::link(
                        builder,
                        first + i,
                        node,
                        &loaded.document,
                    ))
                })
                .collect();
            for (i, links) in links.into_iter().enumerate() {
                if let Some(links) = links {
                    self.apply(first + i, links);
                }
            }
        }
        self.locate_all();
        self
    }

    /// Adds the diagnostic `make` builds, at `path` of document `document` once located.
    pub(super) fn push_at(
        &mut self,
        document: usize,
        path: &FieldPath,
        make: impl FnOnce(Location) -> Diagnostic,
    ) {
        let file = self.file(document);
        let location = Location::file(self.workspace.file(file).path());
        self.unlocated
            .push((self.diagnostics.len(), file, path.clone()));
        self.diagnostics.push(make(location));
    }

    /// Locates the diagnostics of [`push_at`](Self::push_at) together: each file is parsed
    /// once, in parallel with the others, and only as far as its last diagnostic.
    fn locate_all(&mut self) {
        let unlocated = std::mem::take(&mut self.unlocated);
        let places: Vec<(FileId, &FieldPath)> = (unlocated.iter())
            .map(|(_, file, path)| (*file, path))
            .collect();
        let located = self.workspace.locate_all(&places);
        for ((index, ..), location) in unlocated.iter().zip(located) {
            self.diagnostics[*index].location = location;
        }
    }

    pub(super) fn file(&self, document: usize) -> FileId {
        self.workspace.documents[document].file
    }

    pub(super) fn add_edge(
        &mut self,
        from: NodeIndex,
        to: NodeIndex,
        kind: EdgeKind,
        origin: Origin,
    ) {
        self.graph.add_edge(from, to, EdgeData { kind, origin });
    }
}

mod links;
mod nodes;
mod resolve;
