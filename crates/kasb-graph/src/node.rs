use kasb_model::{AlignmentRelation, Document, DocumentKind, FieldPath, Text};
use serde::Serialize;

/// What a node of the graph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A level framework document.
    Framework,
    /// A level of a framework.
    Level,
    /// A classification document.
    Classification,
    /// A code of a classification.
    ClassificationEntry,
    /// An occupational standard.
    Standard,
    /// A generalised work function of a standard.
    Function,
    /// A unit of competency.
    Unit,
    /// An element of a unit.
    Element,
    /// A performance criterion.
    Criterion,
    /// A knowledge requirement.
    Knowledge,
    /// A skill requirement.
    Skill,
    /// A qualification.
    Qualification,
    /// An elective group of a qualification.
    ElectiveGroup,
    /// An assessment tool.
    AssessmentTool,
    /// An instrument of an assessment tool.
    Instrument,
    /// A task of an instrument.
    Task,
    /// A marking criterion of a task.
    MarkingCriterion,
    /// A training programme.
    Programme,
    /// A module of a programme.
    Module,
    /// A crosswalk document.
    Crosswalk,
}

impl NodeKind {
    /// The snake_case name, as in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Framework => "framework",
            NodeKind::Level => "level",
            NodeKind::Classification => "classification",
            NodeKind::ClassificationEntry => "classification_entry",
            NodeKind::Standard => "standard",
            NodeKind::Function => "function",
            NodeKind::Unit => "unit",
            NodeKind::Element => "element",
            NodeKind::Criterion => "criterion",
            NodeKind::Knowledge => "knowledge",
            NodeKind::Skill => "skill",
            NodeKind::Qualification => "qualification",
            NodeKind::ElectiveGroup => "elective_group",
            NodeKind::AssessmentTool => "assessment_tool",
            NodeKind::Instrument => "instrument",
            NodeKind::Task => "task",
            NodeKind::MarkingCriterion => "marking_criterion",
            NodeKind::Programme => "programme",
            NodeKind::Module => "module",
            NodeKind::Crosswalk => "crosswalk",
        }
    }

    /// Words for messages: "a unit", "a level framework".
    pub fn described(self) -> &'static str {
        match self {
            NodeKind::Framework => "a level framework",
            NodeKind::Level => "a level",
            NodeKind::Classification => "a classification",
            NodeKind::ClassificationEntry => "a classification code",
            NodeKind::Standard => "an occupational standard",
            NodeKind::Function => "a generalised function",
            NodeKind::Unit => "a unit",
            NodeKind::Element => "an element",
            NodeKind::Criterion => "a performance criterion",
            NodeKind::Knowledge => "a knowledge item",
            NodeKind::Skill => "a skill",
            NodeKind::Qualification => "a qualification",
            NodeKind::ElectiveGroup => "an elective group",
            NodeKind::AssessmentTool => "an assessment tool",
            NodeKind::Instrument => "an instrument",
            NodeKind::Task => "a task",
            NodeKind::MarkingCriterion => "a marking criterion",
            NodeKind::Programme => "a training programme",
            NodeKind::Module => "a module",
            NodeKind::Crosswalk => "a crosswalk",
        }
    }

    /// True for the kinds that are whole documents.
    pub fn is_document(self) -> bool {
        Document::KINDS
            .into_iter()
            .any(|kind| NodeKind::from(kind) == self)
    }
}

/// The node of each document kind: the one place a new kind names its node.
impl From<DocumentKind> for NodeKind {
    fn from(kind: DocumentKind) -> Self {
        match kind {
            DocumentKind::LevelFramework => NodeKind::Framework,
            DocumentKind::Classification => NodeKind::Classification,
            DocumentKind::OccupationalStandard => NodeKind::Standard,
            DocumentKind::Qualification => NodeKind::Qualification,
            DocumentKind::AssessmentTool => NodeKind::AssessmentTool,
            DocumentKind::TrainingProgramme => NodeKind::Programme,
            DocumentKind::Crosswalk => NodeKind::Crosswalk,
        }
    }
}

/// A node: a document or an item inside one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// What it is.
    pub kind: NodeKind,
    /// Its global id: `document-id`, or `document-id/item-id` for an item.
    pub id: String,
    /// Its title or statement.
    pub label: Text,
    /// The index of its document in the workspace.
    #[serde(skip)]
    pub document: usize,
    /// Where it is defined in its document.
    #[serde(skip)]
    pub path: FieldPath,
    /// The level number, for a level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

impl Node {
    /// The item id within the document: the part after the first `/`, or the whole id.
    pub fn local_id(&self) -> &str {
        if self.kind.is_document() {
            &self.id
        } else {
            self.id.split_once('/').map_or(&self.id, |(_, item)| item)
        }
    }
}

/// How a unit belongs to a qualification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Inclusion {
    /// Every holder achieves it.
    Core,
    /// It is one of an elective group's choices.
    Elective,
}

/// What an edge says. Edges point from the item that states the fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum EdgeKind {
    /// Child → parent, for the tree inside a document.
    PartOf,
    /// Unit, function or qualification → its level.
    AtLevel,
    /// National level → the level it is referenced to.
    ReferencedTo,
    /// Standard or qualification → a classification code (ISCO-08).
    ClassifiedAs,
    /// Qualification (or elective group) → unit.
    Includes {
        /// Core or elective.
        inclusion: Inclusion,
    },
    /// Unit → a unit that must be achieved first.
    Prerequisite,
    /// Task → criterion, knowledge or skill.
    Assesses,
    /// Crosswalk source item → target item.
    Aligned {
        /// How they relate.
        relation: AlignmentRelation,
    },
    /// Document → the document that replaces it.
    ReplacedBy,
    /// Qualification → the standard it is derived from.
    DerivedFrom,
    /// Module → a unit it teaches.
    Teaches,
    /// Assessment tool or programme → the qualification or standard it serves.
    Serves,
    /// Standard or qualification → the framework its levels are on.
    UsesFramework,
}

impl EdgeKind {
    /// The snake_case name, as in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::PartOf => "part_of",
            EdgeKind::AtLevel => "at_level",
            EdgeKind::ReferencedTo => "referenced_to",
            EdgeKind::ClassifiedAs => "classified_as",
            EdgeKind::Includes { .. } => "includes",
            EdgeKind::Prerequisite => "prerequisite",
            EdgeKind::Assesses => "assesses",
            EdgeKind::Aligned { .. } => "aligned",
            EdgeKind::ReplacedBy => "replaced_by",
            EdgeKind::DerivedFrom => "derived_from",
            EdgeKind::Teaches => "teaches",
            EdgeKind::Serves => "serves",
            EdgeKind::UsesFramework => "uses_framework",
        }
    }
}
