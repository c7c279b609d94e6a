use kasb_diagnostics::{Diagnostic, Location, Message, Rule};
use kasb_graph::StandardsGraph;
use kasb_load::FileId;
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
    /// Where each reported diagnostic is, by its place in `diagnostics`: located after every
    /// family has run ([`Reported::locate`]), so that the files to read are parsed in
    /// parallel rather than one after another inside a family.
    unlocated: Vec<(usize, FileId, FieldPath)>,
}

/// What a family reported: its diagnostics, and the places of those not located yet.
pub(crate) struct Reported {
    diagnostics: Vec<Diagnostic>,
    unlocated: Vec<(usize, FileId, FieldPath)>,
}

impl Reported {
    /// The files the diagnostics are in, to build their span maps before [`locate`](Self::locate).
    pub fn files(&self) -> impl Iterator<Item = FileId> + '_ {
        self.unlocated.iter().map(|(_, file, _)| *file)
    }

    /// The diagnostics, each at its place (unless a rule set its location itself).
    pub fn locate(mut self, graph: &StandardsGraph) -> Vec<Diagnostic> {
        let workspace = graph.workspace();
        for (index, file, path) in self.unlocated {
            let diagnostic = &mut self.diagnostics[index];
            if diagnostic.location.span.is_none() {
                diagnostic.location = workspace.locate(file, &path);
            }
        }
        self.diagnostics
    }
}

impl<'g> Context<'g> {
    pub fn new(graph: &'g StandardsGraph, config: &'g Config, check_date: Date) -> Self {
        Self {
            graph,
            config,
            check_date,
            diagnostics: Vec::new(),
            unlocated: Vec::new(),
        }
    }

    /// An empty context for the same graph, configuration and date: for one part of a family
    /// that runs in parallel; [`absorb`](Self::absorb) takes back what it reported.
    pub fn fork(&self) -> Context<'g> {
        Context::new(self.graph, self.config, self.check_date)
    }

    /// Adds what a [`fork`](Self::fork) reported, after what this one has.
    pub fn absorb(&mut self, reported: Reported) {
        let offset = self.diagnostics.len();
        self.diagnostics.extend(reported.diagnostics);
        self.unlocated.extend(
            reported
                .unlocated
                .into_iter()
                .map(|(index, file, path)| (offset + index, file, path)),
        );
    }

    pub fn into_reported(self) -> Reported {
        Reported {
            diagnostics: self.diagnostics,
            unlocated: self.unlocated,
        }
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

    /// Records a problem at `path` of `document` (located when every family has run), with
    /// its English texts; rules report through [`Context::say`], so every message has its
    /// translations.
    fn report(
        &mut self,
        rule: &'static Rule,
        document: usize,
        path: &FieldPath,
        message: String,
        help: impl Into<String>,
    ) -> &mut Diagnostic {
        let workspace = self.graph.workspace();
        let file = workspace.documents[document].file;
        let location = Location::file(workspace.file(file).path());
        self.unlocated
            .push((self.diagnostics.len(), file, path.clone()));
        self.diagnostics
            .push(Diagnostic::new(rule, location, message).with_help(help));
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// [`Context::report`] with the message and the help as ids and arguments, rendered in
    /// English for the stable text and kept for other languages.
    pub fn say(
        &mut self,
        rule: &'static Rule,
        document: usize,
        path: &FieldPath,
        message: Message,
        help: Message,
    ) -> &mut Diagnostic {
        let (english, help_english) = (kasb_i18n::english(&message), kasb_i18n::english(&help));
        let found = self.report(rule, document, path, english, help_english);
        found.text = Some(message);
        found.help_text = Some(help);
        found
    }
}
