//! What the graph of a repository is made of: the kinds of node (documents and their items)
//! and the kinds of edge (the relations references and the document tree state). They live in
//! the model, beside the documents, so each document type can declare its references
//! ([`References`](crate::References)) in the terms the graph builds from.

use serde::Serialize;

use crate::{AlignmentRelation, AssociationRelation, Document, DocumentKind};

/// Declares [`NodeKind`] from one row per kind: its snake_case name and its words for messages.
macro_rules! node_kinds {
    ($( $(#[doc = $doc:literal])* $kind:ident = $name:literal, $described:literal; )*) => {
        /// What a node of the graph is: a document or an item inside one.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum NodeKind {
            $( $(#[doc = $doc])* $kind, )*
        }

        impl NodeKind {
            /// The snake_case name, as in exports.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( NodeKind::$kind => $name, )*
                }
            }

            /// Words for messages: "a unit", "a level framework".
            pub fn described(self) -> &'static str {
                match self {
                    $( NodeKind::$kind => $described, )*
                }
            }
        }
    };
}

node_kinds! {
    /// A level framework document.
    Framework = "framework", "a level framework";
    /// A level of a framework.
    Level = "level", "a level";
    /// A classification document.
    Classification = "classification", "a classification";
    /// A code of a classification.
    ClassificationEntry = "classification_entry", "a classification code";
    /// An occupational standard.
    Standard = "standard", "an occupational standard";
    /// A generalised work function of a standard.
    Function = "function", "a generalised function";
    /// A unit of competency.
    Unit = "unit", "a unit";
    /// An element of a unit.
    Element = "element", "an element";
    /// A performance criterion.
    Criterion = "criterion", "a performance criterion";
    /// A knowledge requirement.
    Knowledge = "knowledge", "a knowledge item";
    /// A skill requirement.
    Skill = "skill", "a skill";
    /// A qualification.
    Qualification = "qualification", "a qualification";
    /// An elective group of a qualification.
    ElectiveGroup = "elective_group", "an elective group";
    /// An assessment tool.
    AssessmentTool = "assessment_tool", "an assessment tool";
    /// An instrument of an assessment tool.
    Instrument = "instrument", "an instrument";
    /// A task of an instrument.
    Task = "task", "a task";
    /// A marking criterion of a task.
    MarkingCriterion = "marking_criterion", "a marking criterion";
    /// A training programme.
    Programme = "programme", "a training programme";
    /// A module of a programme.
    Module = "module", "a module";
    /// A crosswalk document.
    Crosswalk = "crosswalk", "a crosswalk";
}

impl NodeKind {
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

/// How a unit belongs to a qualification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Inclusion {
    /// Every holder achieves it.
    Core,
    /// It is one of an elective group's choices.
    Elective,
}

/// What an edge says. Edges point from the item that states the fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
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
    /// Classification entry → a node it is associated with, for the relations that no other
    /// edge says (CASE `isPartOf`, `hasSkillLevel`, `isPeerOf`, …).
    Associated {
        /// What the association says.
        relation: AssociationRelation,
    },
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
            EdgeKind::Associated { .. } => "associated",
        }
    }
}
