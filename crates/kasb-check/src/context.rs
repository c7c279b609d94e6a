use kasb_diagnostics::{Diagnostic, Location, Rule};
use kasb_graph::StandardsGraph;
use kasb_model::{Date, Document, FieldPath};

use crate::Config;

/// What every rule needs: the graph, the configuration, the date of the check, and where to
/// put diagnostics.
pub(crate) struct Context<'g> {
    pub graph: &'g StandardsGraph,
    pub config: &'g Config,
    /// The day validity is judged on (`[check] date`, or today), the same for every family.
    pub check_date: Date,
    diagnostics: Vec<Diagnostic>,
}

impl<'g> Context<'g> {
    pub fn new(graph: &'g StandardsGraph, config: &'g Config, check_date: Date) -> Self {
        Self {
            graph,
            config,
            check_date,
            diagnostics: Vec::new(),
        }
    }

    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// The documents that made it into the graph, with their workspace index.
    pub fn documents(&self) -> impl Iterator<Item = (usize, &'g Document)> + 'g {
        let graph = self.graph;
        graph
            .documents()
            .map(move |node| (node.document, graph.document_of(node)))
    }

    /// The location of `path` in document `document`.
    pub fn at(&self, document: usize, path: &FieldPath) -> Location {
        let workspace = self.graph.workspace();
        workspace.locate(workspace.documents[document].file, path)
    }

    /// Reports a problem at `path` of `document`.
    pub fn report(
        &mut self,
        rule: &'static Rule,
        document: usize,
        path: &FieldPath,
        message: String,
        help: impl Into<String>,
    ) -> &mut Diagnostic {
        let location = self.at(document, path);
        self.diagnostics
            .push(Diagnostic::new(rule, location, message).with_help(help));
        self.diagnostics.last_mut().expect("just pushed")
    }
}
