//! Builds the graph in two passes: every document and item becomes a node (ids checked for
//! uniqueness), then every reference becomes an edge or a located diagnostic.

use std::collections::HashMap;

use kasb_diagnostics::{Diagnostic, closest, rules};
use kasb_load::{FileId, Workspace};
use kasb_model::{
    AssessmentTool, Classification, Crosswalk, Document, FieldPath, LevelFramework,
    OccupationalStandard, Qualification, Text, TrainingProgramme,
};
use petgraph::graph::{DiGraph, NodeIndex};

use crate::{EdgeKind, Inclusion, Node, NodeKind};

/// The id of the European Qualifications Framework, the pivot of level comparison.
pub const EQF_ID: &str = "eqf";
/// The id of the ISCO-08 classification that `isco` fields refer to.
pub const ISCO_08_ID: &str = "isco-08";

pub(crate) struct Builder<'w> {
    workspace: &'w Workspace,
    pub(crate) graph: DiGraph<Node, EdgeKind>,
    pub(crate) ids: HashMap<String, NodeIndex>,
    pub(crate) documents: Vec<Option<NodeIndex>>,
    /// The node indices of each document's nodes, by workspace document index.
    ranges: Vec<std::ops::Range<usize>>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl<'w> Builder<'w> {
    pub(crate) fn new(workspace: &'w Workspace) -> Self {
        Self {
            workspace,
            graph: DiGraph::new(),
            ids: HashMap::new(),
            documents: Vec::new(),
            ranges: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    pub(crate) fn build(mut self) -> Self {
        for (index, loaded) in self.workspace.documents.iter().enumerate() {
            let start = self.graph.node_count();
            let node = self.add_document(index, &loaded.document);
            self.documents.push(node);
            self.ranges.push(start..self.graph.node_count());
        }
        for (index, loaded) in self.workspace.documents.iter().enumerate() {
            if let Some(node) = self.documents[index] {
                self.link_document(index, node, &loaded.document);
            }
        }
        self
    }

    fn file(&self, document: usize) -> FileId {
        self.workspace.documents[document].file
    }

    // ---- pass 1: nodes ----

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        document: usize,
        kind: NodeKind,
        id: String,
        label: Text,
        path: FieldPath,
        id_key: &str,
        parent: Option<NodeIndex>,
    ) -> Option<NodeIndex> {
        if let Some(&first) = self.ids.get(&id) {
            let first_node = &self.graph[first];
            let first_location = self
                .workspace
                .locate(self.file(first_node.document), &first_node.path.key(id_key));
            let what = if kind.is_document() {
                format!("another document already has the id `{id}`")
            } else {
                format!(
                    "another item of this document already has the id `{}`",
                    local(&id)
                )
            };
            self.diagnostics.push(
                Diagnostic::new(
                    &rules::DUPLICATE_ID,
                    self.workspace
                        .locate(self.file(document), &path.key(id_key)),
                    what,
                )
                .with_related(first_location, "first defined here")
                .with_help("give each one an id of its own; references use ids to find things"),
            );
            return None;
        }
        let node = self.graph.add_node(Node {
            kind,
            id: id.clone(),
            label,
            document,
            path,
            level: None,
        });
        self.ids.insert(id, node);
        if let Some(parent) = parent {
            self.graph.add_edge(node, parent, EdgeKind::PartOf);
        }
        Some(node)
    }

    /// Adds one node per item of `items` (found at `base.field[i]`) under `parent`, and
    /// returns the index of each item added, with its node.
    fn add_items<T: Item>(
        &mut self,
        (document, prefix): (usize, &str),
        parent: NodeIndex,
        base: &FieldPath,
        field: &str,
        items: &[T],
    ) -> Vec<(usize, NodeIndex)> {
        let id_key = match T::KIND {
            NodeKind::Level => "level",
            NodeKind::ClassificationEntry => "code",
            _ => "id",
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let path = base.key(field).index(i);
                let global = format!("{prefix}/{}", item.id());
                let node = self.add(
                    document,
                    T::KIND,
                    global,
                    item.label(),
                    path,
                    id_key,
                    Some(parent),
                )?;
                Some((i, node))
            })
            .collect()
    }

    fn add_document(&mut self, index: usize, document: &Document) -> Option<NodeIndex> {
        let root = FieldPath::root();
        let kind = match document {
            Document::LevelFramework(_) => NodeKind::Framework,
            Document::Classification(_) => NodeKind::Classification,
            Document::OccupationalStandard(_) => NodeKind::Standard,
            Document::Qualification(_) => NodeKind::Qualification,
            Document::AssessmentTool(_) => NodeKind::AssessmentTool,
            Document::TrainingProgramme(_) => NodeKind::Programme,
            Document::Crosswalk(_) => NodeKind::Crosswalk,
        };
        let id = document.id().to_owned();
        let node = self.add(
            index,
            kind,
            id,
            document.title().clone(),
            root.clone(),
            "id",
            None,
        )?;
        let index = (index, document.id());
        match document {
            Document::LevelFramework(framework) => {
                let levels = &framework.levels;
                let added = self.add_items(index, node, &root, "levels", levels);
                for (i, level_node) in added {
                    self.graph[level_node].level = Some(levels[i].level);
                }
            }
            Document::Classification(classification) => {
                self.add_items(index, node, &root, "entries", &classification.entries);
            }
            Document::OccupationalStandard(standard) => self.add_standard(index, node, standard),
            Document::Qualification(qualification) => {
                self.add_items(index, node, &root, "electives", &qualification.electives);
            }
            Document::AssessmentTool(tool) => {
                let instruments =
                    self.add_items(index, node, &root, "instruments", &tool.instruments);
                for (i, instrument_node) in instruments {
                    let instrument = &tool.instruments[i];
                    let path = root.key("instruments").index(i);
                    let tasks =
                        self.add_items(index, instrument_node, &path, "tasks", &instrument.tasks);
                    for (j, task_node) in tasks {
                        let path = path.key("tasks").index(j);
                        self.add_items(
                            index,
                            task_node,
                            &path,
                            "marking",
                            &instrument.tasks[j].marking,
                        );
                    }
                }
            }
            Document::TrainingProgramme(programme) => {
                self.add_items(index, node, &root, "modules", &programme.modules);
            }
            Document::Crosswalk(_) => {}
        }
        Some(node)
    }

    fn add_standard(
        &mut self,
        index: (usize, &str),
        node: NodeIndex,
        standard: &OccupationalStandard,
    ) {
        let root = FieldPath::root();
        self.add_items(index, node, &root, "functions", &standard.functions);
        let units = self.add_items(index, node, &root, "units", &standard.units);
        for (i, unit_node) in units {
            let unit = &standard.units[i];
            let path = root.key("units").index(i);
            let elements = self.add_items(index, unit_node, &path, "elements", &unit.elements);
            for (j, element_node) in elements {
                let path = path.key("elements").index(j);
                self.add_items(
                    index,
                    element_node,
                    &path,
                    "criteria",
                    &unit.elements[j].criteria,
                );
            }
            self.add_items(index, unit_node, &path, "criteria", &unit.criteria);
            let knowledge: Vec<Knowledge<'_>> = unit.knowledge.iter().map(Knowledge).collect();
            self.add_items(index, unit_node, &path, "knowledge", &knowledge);
            let skills: Vec<Skill<'_>> = unit.skills.iter().map(Skill).collect();
            self.add_items(index, unit_node, &path, "skills", &skills);
        }
    }

    // ---- pass 2: edges ----

    fn link_document(&mut self, index: usize, node: NodeIndex, document: &Document) {
        match document {
            Document::LevelFramework(framework) => self.link_framework(index, framework),
            Document::Classification(classification) => {
                self.link_classification(index, classification)
            }
            Document::OccupationalStandard(standard) => self.link_standard(index, node, standard),
            Document::Qualification(qualification) => {
                self.link_qualification(index, node, qualification)
            }
            Document::AssessmentTool(tool) => self.link_tool(index, node, tool),
            Document::TrainingProgramme(programme) => self.link_programme(index, node, programme),
            Document::Crosswalk(crosswalk) => self.link_crosswalk(index, crosswalk),
        }
    }

    fn link_framework(&mut self, index: usize, framework: &LevelFramework) {
        let root = FieldPath::root();
        let Some(referencing) = &framework.referencing else {
            return;
        };
        let path = root.key("referencing").key("framework");
        if self
            .resolve(index, &referencing.framework, &path, &[NodeKind::Framework])
            .is_none()
        {
            return;
        }
        for (i, level) in framework.levels.iter().enumerate() {
            let Some(target) = level.referenced_level else {
                continue;
            };
            let Some(from) = self
                .ids
                .get(&format!("{}/{}", framework.id, level.level))
                .copied()
            else {
                continue;
            };
            let path = root.key("levels").index(i).key("referenced_level");
            self.link_level(
                index,
                from,
                &referencing.framework,
                target,
                &path,
                EdgeKind::ReferencedTo,
            );
        }
    }

    fn link_classification(&mut self, index: usize, classification: &Classification) {
        for (i, entry) in classification.entries.iter().enumerate() {
            let Some(parent) = &entry.parent else {
                continue;
            };
            let Some(from) = self
                .ids
                .get(&format!("{}/{}", classification.id, entry.code))
                .copied()
            else {
                continue;
            };
            let path = FieldPath::root().key("entries").index(i).key("parent");
            self.link(
                index,
                from,
                parent,
                &path,
                &[NodeKind::ClassificationEntry],
                EdgeKind::PartOf,
            );
        }
    }

    fn link_standard(&mut self, index: usize, node: NodeIndex, standard: &OccupationalStandard) {
        let root = FieldPath::root();
        let framework_ok = self
            .link(
                index,
                node,
                &standard.framework,
                &root.key("framework"),
                &[NodeKind::Framework],
                EdgeKind::UsesFramework,
            )
            .is_some();
        if let Some(replacement) = &standard.replaced_by {
            self.link(
                index,
                node,
                replacement,
                &root.key("replaced_by"),
                &[NodeKind::Standard],
                EdgeKind::ReplacedBy,
            );
        }
        if let Some(isco) = &standard.occupation.isco {
            self.link_isco(node, isco);
        }
        for (i, function) in standard.functions.iter().enumerate() {
            let Some(from) = self.item_node(&standard.id, &function.id) else {
                continue;
            };
            if framework_ok {
                let path = root.key("functions").index(i).key("level");
                self.link_level(
                    index,
                    from,
                    &standard.framework,
                    function.level,
                    &path,
                    EdgeKind::AtLevel,
                );
            }
        }
        for (i, unit) in standard.units.iter().enumerate() {
            let Some(from) = self.item_node(&standard.id, &unit.id) else {
                continue;
            };
            let path = root.key("units").index(i);
            if let (Some(level), true) = (unit.level, framework_ok) {
                self.link_level(
                    index,
                    from,
                    &standard.framework,
                    level,
                    &path.key("level"),
                    EdgeKind::AtLevel,
                );
            }
            if let Some(function) = &unit.function {
                self.link(
                    index,
                    from,
                    function,
                    &path.key("function"),
                    &[NodeKind::Function],
                    EdgeKind::PartOf,
                );
            }
            for (j, prerequisite) in unit.prerequisites.iter().enumerate() {
                let path = path.key("prerequisites").index(j);
                self.link(
                    index,
                    from,
                    prerequisite,
                    &path,
                    &[NodeKind::Unit],
                    EdgeKind::Prerequisite,
                );
            }
        }
    }

    fn link_qualification(&mut self, index: usize, node: NodeIndex, qualification: &Qualification) {
        let root = FieldPath::root();
        if self
            .link(
                index,
                node,
                &qualification.framework,
                &root.key("framework"),
                &[NodeKind::Framework],
                EdgeKind::UsesFramework,
            )
            .is_some()
        {
            self.link_level(
                index,
                node,
                &qualification.framework,
                qualification.level,
                &root.key("level"),
                EdgeKind::AtLevel,
            );
        }
        if let Some(isco) = &qualification.isco {
            self.link_isco(node, isco);
        }
        for (i, standard) in qualification.derived_from.iter().enumerate() {
            let path = root.key("derived_from").index(i);
            self.link(
                index,
                node,
                standard,
                &path,
                &[NodeKind::Standard],
                EdgeKind::DerivedFrom,
            );
        }
        for (i, unit) in qualification.core.iter().enumerate() {
            let path = root.key("core").index(i);
            self.link(
                index,
                node,
                unit,
                &path,
                &[NodeKind::Unit],
                EdgeKind::Includes {
                    inclusion: Inclusion::Core,
                },
            );
        }
        for (i, group) in qualification.electives.iter().enumerate() {
            let group_node = self.item_node(&qualification.id, &group.id);
            for (j, unit) in group.units.iter().enumerate() {
                let path = root.key("electives").index(i).key("units").index(j);
                let edge = EdgeKind::Includes {
                    inclusion: Inclusion::Elective,
                };
                if let Some(target) = self.link(index, node, unit, &path, &[NodeKind::Unit], edge)
                    && let Some(group_node) = group_node
                {
                    self.graph.add_edge(group_node, target, edge);
                }
            }
        }
        if let Some(replacement) = &qualification.replaced_by {
            self.link(
                index,
                node,
                replacement,
                &root.key("replaced_by"),
                &[NodeKind::Qualification],
                EdgeKind::ReplacedBy,
            );
        }
    }

    fn link_tool(&mut self, index: usize, node: NodeIndex, tool: &AssessmentTool) {
        let root = FieldPath::root();
        if let Some(qualification) = &tool.qualification {
            self.link(
                index,
                node,
                qualification,
                &root.key("qualification"),
                &[NodeKind::Qualification],
                EdgeKind::Serves,
            );
        }
        for (i, standard) in tool.standards.iter().enumerate() {
            let path = root.key("standards").index(i);
            self.link(
                index,
                node,
                standard,
                &path,
                &[NodeKind::Standard],
                EdgeKind::Serves,
            );
        }
        for (i, instrument) in tool.instruments.iter().enumerate() {
            for (j, task) in instrument.tasks.iter().enumerate() {
                let Some(from) = self.item_node(&tool.id, &task.id) else {
                    continue;
                };
                for (k, target) in task.assesses.iter().enumerate() {
                    let path = root
                        .key("instruments")
                        .index(i)
                        .key("tasks")
                        .index(j)
                        .key("assesses")
                        .index(k);
                    let expected = [NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill];
                    self.link(index, from, target, &path, &expected, EdgeKind::Assesses);
                }
            }
        }
    }

    fn link_programme(&mut self, index: usize, node: NodeIndex, programme: &TrainingProgramme) {
        let root = FieldPath::root();
        if let Some(qualification) = &programme.qualification {
            self.link(
                index,
                node,
                qualification,
                &root.key("qualification"),
                &[NodeKind::Qualification],
                EdgeKind::Serves,
            );
        }
        for (i, module) in programme.modules.iter().enumerate() {
            let Some(from) = self.item_node(&programme.id, &module.id) else {
                continue;
            };
            for (j, unit) in module.units.iter().enumerate() {
                let path = root.key("modules").index(i).key("units").index(j);
                self.link(
                    index,
                    from,
                    unit,
                    &path,
                    &[NodeKind::Unit],
                    EdgeKind::Teaches,
                );
            }
        }
    }

    fn link_crosswalk(&mut self, index: usize, crosswalk: &Crosswalk) {
        let root = FieldPath::root();
        let documents = [
            NodeKind::Framework,
            NodeKind::Classification,
            NodeKind::Standard,
            NodeKind::Qualification,
            NodeKind::AssessmentTool,
            NodeKind::Programme,
        ];
        let source = self.resolve(index, &crosswalk.source, &root.key("source"), &documents);
        let target = self.resolve(index, &crosswalk.target, &root.key("target"), &documents);
        let (Some(_), Some(_)) = (source, target) else {
            return;
        };
        let items = [
            NodeKind::Level,
            NodeKind::ClassificationEntry,
            NodeKind::Function,
            NodeKind::Unit,
            NodeKind::Element,
            NodeKind::Criterion,
            NodeKind::Knowledge,
            NodeKind::Skill,
        ];
        for (i, alignment) in crosswalk.alignments.iter().enumerate() {
            let path = root.key("alignments").index(i);
            let from = self.resolve_in(
                index,
                &crosswalk.source,
                &alignment.source,
                &path.key("source"),
                &items,
            );
            let to = self.resolve_in(
                index,
                &crosswalk.target,
                &alignment.target,
                &path.key("target"),
                &items,
            );
            if let (Some(from), Some(to)) = (from, to) {
                self.graph.add_edge(
                    from,
                    to,
                    EdgeKind::Aligned {
                        relation: alignment.relation,
                    },
                );
            }
        }
    }

    // ---- resolution ----

    fn item_node(&self, document: &str, item: &str) -> Option<NodeIndex> {
        self.ids.get(&format!("{document}/{item}")).copied()
    }

    /// Links to an ISCO-08 code when the classification is loaded. An unknown code is left to
    /// the code rules (K601, K602), which can say more than "unresolved".
    fn link_isco(&mut self, from: NodeIndex, code: &str) {
        if let Some(&target) = self.ids.get(&format!("{ISCO_08_ID}/{code}")) {
            self.graph.add_edge(from, target, EdgeKind::ClassifiedAs);
        }
    }

    fn link_level(
        &mut self,
        index: usize,
        from: NodeIndex,
        framework: &str,
        level: u8,
        path: &FieldPath,
        edge: EdgeKind,
    ) {
        match self.ids.get(&format!("{framework}/{level}")) {
            Some(&target) => {
                self.graph.add_edge(from, target, edge);
            }
            None => {
                let levels: Vec<u8> = self
                    .graph
                    .node_weights()
                    .filter(|node| {
                        node.kind == NodeKind::Level
                            && node.id.split_once('/').map(|(d, _)| d) == Some(framework)
                    })
                    .filter_map(|node| node.level)
                    .collect();
                let range = match (levels.iter().min(), levels.iter().max()) {
                    (Some(low), Some(high)) => format!("levels {low} to {high}"),
                    _ => "no levels".to_owned(),
                };
                self.diagnostics.push(
                    Diagnostic::new(
                        &rules::LEVEL_OUTSIDE_FRAMEWORK,
                        self.workspace.locate(self.file(index), path),
                        format!("level {level} is not a level of `{framework}`, which has {range}"),
                    )
                    .with_help(format!(
                        "use a level of `{framework}`, or add level {level} to it"
                    )),
                );
            }
        }
    }

    /// Resolves `reference` and adds an edge `from → target`.
    fn link(
        &mut self,
        index: usize,
        from: NodeIndex,
        reference: &str,
        path: &FieldPath,
        expected: &[NodeKind],
        edge: EdgeKind,
    ) -> Option<NodeIndex> {
        let target = self.resolve(index, reference, path, expected)?;
        self.graph.add_edge(from, target, edge);
        Some(target)
    }

    /// Resolves a reference written in document `index`: an item of that document, then
    /// `document-id/item-id`, then a document id.
    fn resolve(
        &mut self,
        index: usize,
        reference: &str,
        path: &FieldPath,
        expected: &[NodeKind],
    ) -> Option<NodeIndex> {
        let here = self.workspace.documents[index].document.id().to_owned();
        self.resolve_in(index, &here, reference, path, expected)
    }

    /// Resolves a reference relative to document `context`.
    fn resolve_in(
        &mut self,
        index: usize,
        context: &str,
        reference: &str,
        path: &FieldPath,
        expected: &[NodeKind],
    ) -> Option<NodeIndex> {
        let found = self
            .ids
            .get(&format!("{context}/{reference}"))
            .or_else(|| self.ids.get(reference))
            .copied();
        match found {
            Some(target) if expected.contains(&self.graph[target].kind) => Some(target),
            Some(target) => {
                // Locating builds the file's span map: only done for a diagnostic.
                let location = self.workspace.locate(self.file(index), path);
                let expected_text = describe(expected);
                let node = &self.graph[target];
                self.diagnostics.push(
                    Diagnostic::new(
                        &rules::WRONG_REFERENCE_KIND,
                        location,
                        format!(
                            "`{reference}` is {}, but {expected_text} is expected here",
                            node.kind.described()
                        ),
                    )
                    .with_help(format!("name {expected_text}")),
                );
                None
            }
            None if self.names_unloaded_document(reference) => None,
            None => {
                let location = self.workspace.locate(self.file(index), path);
                let expected_text = describe(expected);
                let message = match reference.split_once('/') {
                    Some((document, item)) if self.ids.contains_key(document) => {
                        format!("`{document}` has no item `{item}` ({expected_text} is expected)")
                    }
                    Some((document, _))
                        if !self.ids.contains_key(&format!("{context}/{reference}")) =>
                    {
                        format!(
                            "no document has the id `{document}`, and `{context}` has no item `{reference}`"
                        )
                    }
                    _ => format!("`{reference}` names nothing: {expected_text} is expected"),
                };
                let help = self.suggest(context, reference, expected);
                self.diagnostics.push(
                    Diagnostic::new(&rules::UNRESOLVED_REFERENCE, location, message)
                        .with_help(help),
                );
                None
            }
        }
    }

    /// True when `reference` names a document that failed to load (or an item in one): its
    /// own error is reported, and a second one here would only be noise.
    fn names_unloaded_document(&self, reference: &str) -> bool {
        let document = reference
            .split_once('/')
            .map_or(reference, |(document, _)| document);
        self.workspace.unloaded_ids.iter().any(|id| id == document)
    }

    /// The nodes of the document with this id: the document and its items, which pass 1 adds
    /// one after another.
    fn nodes_of(&self, document: &str) -> impl Iterator<Item = &Node> {
        let range = self
            .ids
            .get(document)
            .and_then(|&node| self.ranges.get(self.graph[node].document))
            .cloned()
            .unwrap_or(0..0);
        range.map(|index| &self.graph[NodeIndex::new(index)])
    }

    /// A did-you-mean over the likely candidates only (items of the referring and the named
    /// document, and document ids), so a repository with many broken references stays fast.
    fn suggest(&self, context: &str, reference: &str, expected: &[NodeKind]) -> String {
        let prefix = format!("{context}/");
        let mut candidates: Vec<&str> = self
            .nodes_of(context)
            .filter(|node| expected.contains(&node.kind))
            .filter_map(|node| node.id.strip_prefix(&prefix))
            .collect();
        let documents = self
            .documents
            .iter()
            .flatten()
            .map(|&node| &self.graph[node]);
        candidates.extend(
            documents
                .clone()
                .filter(|node| expected.contains(&node.kind))
                .map(|node| node.id.as_str()),
        );
        if let Some((document, item)) = reference.split_once('/') {
            if self.ids.contains_key(document) {
                candidates.extend(
                    self.nodes_of(document)
                        .filter(|node| expected.contains(&node.kind))
                        .map(|node| node.id.as_str()),
                );
            } else if let Some(near) = closest(document, documents.map(|node| node.id.as_str())) {
                return format!("did you mean `{near}/{item}`?");
            }
        }
        match closest(reference, candidates) {
            Some(candidate) => format!("did you mean `{candidate}`?"),
            None => {
                "check the id; items of another document are named `document-id/item-id`".to_owned()
            }
        }
    }
}

/// "a unit or a skill", for messages.
fn describe(expected: &[NodeKind]) -> String {
    expected
        .iter()
        .map(|kind| kind.described())
        .collect::<Vec<_>>()
        .join(" or ")
}

/// An item of a document that becomes a node: its kind, local id and label.
trait Item {
    const KIND: NodeKind;
    fn id(&self) -> String;
    fn label(&self) -> Text;
}

macro_rules! item {
    ($type:ty, $kind:ident, |$item:ident| $id:expr, $label:expr) => {
        impl Item for $type {
            const KIND: NodeKind = NodeKind::$kind;
            fn id(&self) -> String {
                let $item = self;
                $id
            }
            fn label(&self) -> Text {
                let $item = self;
                $label
            }
        }
    };
}

item!(
    kasb_model::Level,
    Level,
    |level| level.level.to_string(),
    level
        .title
        .clone()
        .unwrap_or_else(|| Text::Plain(format!("Level {}", level.level)))
);
item!(
    kasb_model::ClassificationEntry,
    ClassificationEntry,
    |entry| entry.code.clone(),
    entry.title.clone()
);
item!(
    kasb_model::ElectiveGroup,
    ElectiveGroup,
    |group| group.id.clone(),
    group
        .title
        .clone()
        .unwrap_or_else(|| Text::Plain(group.id.clone()))
);
item!(
    kasb_model::Instrument,
    Instrument,
    |instrument| instrument.id.clone(),
    instrument.title.clone()
);
item!(
    kasb_model::Task,
    Task,
    |task| task.id.clone(),
    task.title.clone()
);
item!(
    kasb_model::MarkingCriterion,
    MarkingCriterion,
    |marking| marking.id.clone(),
    marking.description.clone()
);
item!(
    kasb_model::Module,
    Module,
    |module| module.id.clone(),
    module.title.clone()
);
item!(
    kasb_model::GeneralisedFunction,
    Function,
    |function| function.id.clone(),
    function.title.clone()
);
item!(
    kasb_model::Unit,
    Unit,
    |unit| unit.id.clone(),
    unit.title.clone()
);
item!(
    kasb_model::Element,
    Element,
    |element| element.id.clone(),
    element.title.clone()
);
item!(
    kasb_model::Criterion,
    Criterion,
    |criterion| criterion.id.clone(),
    criterion.statement.clone()
);

/// Knowledge and skills share a type; the wrappers give each its node kind.
struct Knowledge<'a>(&'a kasb_model::Statement);
struct Skill<'a>(&'a kasb_model::Statement);
item!(
    Knowledge<'_>,
    Knowledge,
    |knowledge| knowledge.0.id.clone(),
    knowledge.0.statement.clone()
);
item!(
    Skill<'_>,
    Skill,
    |skill| skill.0.id.clone(),
    skill.0.statement.clone()
);

fn local(id: &str) -> &str {
    id.split_once('/').map_or(id, |(_, item)| item)
}
