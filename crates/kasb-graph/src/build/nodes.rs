//! Pass 1: a node for every document and item, with ids checked for uniqueness.

use crate::rules;
use kasb_diagnostics::{Data, Diagnostic};
use kasb_model::id::{IdKind, check_id};
use kasb_model::{Document, FieldPath, OccupationalStandard, Text};
use petgraph::graph::NodeIndex;

use super::Builder;
use crate::{EdgeKind, Node, NodeKind};

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        document: usize,
        kind: NodeKind,
        id: String,
        label: Text,
        path: FieldPath,
        id_key: &'static str,
        parent: Option<NodeIndex>,
    ) -> Option<NodeIndex> {
        if kind.is_document() {
            self.check_id(document, &path.key(id_key), &id, IdKind::Document);
        }
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
                .with_help("give each one an id of its own; references use ids to find things")
                .with_data(Data::Id { id: id.clone() }),
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
        let help = match &error.suggestion {
            Some(fixed) => format!("did you mean `{fixed}`?"),
            None => "ids use Latin letters and digits joined by single `-`, `_`, `.` \
                     (and `/` in item ids), at most 128 characters"
                .to_owned(),
        };
        let message = format!("{} (character {} of the id)", error.message, error.position);
        self.diagnostics.push(
            Diagnostic::new(&rules::INVALID_ID, location, message)
                .with_help(help)
                .with_data(Data::Id { id: id.to_owned() }),
        );
    }

    /// Adds one node per item of `items` (found at `base.field[i]`) under `parent`, and
    /// returns the index of each item added, with its node.
    fn add_items<T: Item>(
        &mut self,
        (document, prefix): (usize, &str),
        parent: NodeIndex,
        base: &FieldPath,
        field: &'static str,
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
                self.check_id(document, &path.key(id_key), &item.id(), IdKind::Item);
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

    pub(super) fn add_document(&mut self, index: usize, document: &Document) -> Option<NodeIndex> {
        let root = FieldPath::root();
        let kind = NodeKind::from(document.kind());
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
