//! The kasb data model: the typed form of every document a standards repository holds.
//!
//! Each YAML file holds one [`Document`]: a [`LevelFramework`], a [`Classification`], an
//! [`OccupationalStandard`], a [`Qualification`], an [`AssessmentTool`], a [`TrainingProgramme`]
//! or a [`Crosswalk`]. Every type derives `serde` (unknown fields are errors) and `schemars`, so
//! the JSON Schemas in `schemas/` come from these definitions.
//!
//! The model holds no source locations: those live beside it, in the loader's source map, keyed
//! by the [`FieldPath`] of a value. This keeps the types plain data that any serde format can read.
//!
//! ```
//! use kasb_model::{Text, Document};
//!
//! let title = Text::from("Welder");
//! assert_eq!(title.get("en", "en"), Some("Welder"));
//! assert_eq!(Document::KINDS.len(), 7);
//! ```
//!
//! The kinds are declared once, in one table; the kind enum, the document enum, its accessors,
//! the list of kinds, the schemas and the parse dispatch are generated from it:
//!
//! ```
//! use kasb_model::{Document, DocumentKind};
//!
//! let names: Vec<&str> = Document::KINDS.iter().map(|kind| kind.as_str()).collect();
//! assert_eq!(
//!     names,
//!     [
//!         "LevelFramework", "Classification", "OccupationalStandard", "Qualification",
//!         "AssessmentTool", "TrainingProgramme", "Crosswalk",
//!     ]
//! );
//! assert_eq!("Crosswalk".parse(), Ok(DocumentKind::Crosswalk));
//! assert_eq!(DocumentKind::Crosswalk.schema_file_name(), "Crosswalk.json");
//! ```

#![warn(missing_docs)]

mod assessment;
mod classification;
mod common;
mod crosswalk;
mod date;
mod document;
mod framework;
pub mod id;
mod items;
mod kinds;
mod number;
mod path;
mod programme;
mod qualification;
mod references;
mod relations;
mod standard;
mod text;

pub use assessment::{
    AssessmentMethod, AssessmentTool, Instrument, MarkingCriterion, MarkingType, RubricLevel,
    RulesOfEvidence, Task,
};
pub use classification::{
    AssociationRelation, Classification, ClassificationEntry, EntryAssociation, ReuseLevel,
    SkillType,
};
pub use common::{Approval, FormatVersion, NationalCode, Status};
pub use crosswalk::{Alignment, AlignmentRelation, Crosswalk, Provenance};
pub use date::{DATE_FORMAT_HELP, Date, DateError, DateReason, NOT_A_DATE, not_a_date};
pub use document::{Document, DocumentKind, UnknownKind};
pub use framework::{Descriptors, Level, LevelFramework, Referencing};
pub use items::{Item, Items};
pub use kinds::TypedDeserializer;
pub use number::{Percent, Score, Weight};
pub use path::{FieldPath, ItemPath, PathSegment};
pub use programme::{DeliveryMode, Module, TrainingProgramme};
pub use qualification::{ElectiveGroup, Qualification};
pub use references::{
    ISCO_08_ID, NAMING_KEYS, Named, Reference, References, Source, Target, Within,
};
pub use relations::{EdgeKind, Inclusion, NodeKind};
pub use standard::{
    Criterion, Element, GeneralisedFunction, Occupation, OccupationalStandard, Statement, Unit,
};
pub use text::Text;

/// The `kind` markers: the type of each document's `kind` field, a unit value that reads and
/// writes only its own kind (`OccupationalStandardKind` is always `OccupationalStandard`). The
/// documents' `new` constructors set it.
pub mod markers {
    pub use crate::assessment::AssessmentToolKind;
    pub use crate::classification::ClassificationKind;
    pub use crate::crosswalk::CrosswalkKind;
    pub use crate::framework::LevelFrameworkKind;
    pub use crate::programme::TrainingProgrammeKind;
    pub use crate::qualification::QualificationKind;
    pub use crate::standard::OccupationalStandardKind;
}
