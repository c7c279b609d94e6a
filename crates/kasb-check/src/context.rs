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
    /// Where each reported diagnostic and related place is: located after every family has
    /// run ([`Reported::locate`]), so that the files to read are parsed in parallel, once each,
    /// rather than one after another inside a family.
    unlocated: Vec<Unlocated>,
}

/// A place of a reported diagnostic, not located yet.
struct Unlocated {
    /// The diagnostic's index.
    diagnostic: usize,
    /// The index of the related place; `None` for the diagnostic's own location.
    related: Option<usize>,
    file: FileId,
    path: FieldPath,
}

/// What a family reported: its diagnostics, and the places of those not located yet.
pub(crate) struct Reported {
    diagnostics: Vec<Diagnostic>,
    unlocated: Vec<Unlocated>,
}

impl Reported {
    /// What several families reported, one after another.
    pub fn concat(all: Vec<Reported>) -> Reported {
        let (mut diagnostics, mut unlocated) = (Vec::new(), Vec::new());
        for reported in all {
            append(&mut diagnostics, &mut unlocated, reported);
        }
        Reported {
            diagnostics,
            unlocated,
        }
    }

    /// The diagnostics, each at its place (unless a rule set its location itself), with their
    /// related places.
    pub fn locate(mut self, graph: &StandardsGraph) -> Vec<Diagnostic> {
        let diagnostics = &self.diagnostics;
        self.unlocated.retain(|place| {
            place.related.is_some() || diagnostics[place.diagnostic].location.span.is_none()
        });
        let places: Vec<(FileId, &FieldPath)> = (self.unlocated.iter())
            .map(|place| (place.file, &place.path))
            .collect();
        let located = graph.workspace().locate_all(&places);
        for (place, location) in self.unlocated.iter().zip(located) {
            let diagnostic = &mut self.diagnostics[place.diagnostic];
            match place.related {
                None => diagnostic.location = location,
                Some(index) => diagnostic.related[index].location = location,
            }
        }
        self.diagnostics
    }
}

/// Adds `reported` after `diagnostics`, its places renumbered to follow.
fn append(diagnostics: &mut Vec<Diagnostic>, unlocated: &mut Vec<Unlocated>, reported: Reported) {
    let offset = diagnostics.len();
    diagnostics.extend(reported.diagnostics);
    unlocated.extend(reported.unlocated.into_iter().map(|place| Unlocated {
        diagnostic: offset + place.diagnostic,
        ..place
    }));
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
        append(&mut self.diagnostics, &mut self.unlocated, reported);
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
        let (file, location) = self.file_of(document);
        self.unlocated.push(Unlocated {
            diagnostic: self.diagnostics.len(),
            related: None,
            file,
            path: path.clone(),
        });
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

    /// Adds to the diagnostic reported last a related place: `path` of `document` (located
    /// with the diagnostics), with `message`.
    pub fn relate(&mut self, document: usize, path: &FieldPath, message: Message) {
        let (file, location) = self.file_of(document);
        let Some(index) = self.diagnostics.len().checked_sub(1) else {
            return;
        };
        let related = &mut self.diagnostics[index].related;
        self.unlocated.push(Unlocated {
            diagnostic: index,
            related: Some(related.len()),
            file,
            path: path.clone(),
        });
        related.push(crate::rules::related(location, message));
    }

    /// The file of `document`, and a location naming only that file.
    fn file_of(&self, document: usize) -> (FileId, Location) {
        let workspace = self.graph.workspace();
        let file = workspace.documents[document].file;
        (file, Location::file(workspace.file(file).path()))
    }
}
