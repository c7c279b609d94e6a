use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{Date, FormatVersion, Text};

kind_marker!(
    /// The `kind: Crosswalk` marker.
    CrosswalkKind = "Crosswalk"
);

/// Explicit alignments between the items of two documents, with who made them and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// Always `Crosswalk`.
    pub kind: CrosswalkKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The crosswalk's title.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// The id of the document alignments start from.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub source: String,
    /// The id of the document alignments point to.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub target: String,
    /// Who made the alignments, when and how.
    pub provenance: Provenance,
    /// The alignments.
    pub alignments: Vec<Alignment>,
}

/// Who made an alignment, when and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The people or body that made it.
    pub author: Text,
    /// When it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// How: expert panel, desk review, employer survey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Text>,
}

/// One alignment between an item of the source and an item of the target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alignment {
    /// An item of the source document: its id there, or `document-id/item-id`.
    pub source: String,
    /// An item of the target document: its id there, or `document-id/item-id`.
    pub target: String,
    /// How the two relate.
    pub relation: AlignmentRelation,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How two aligned items relate (CTDL-ASN alignment properties).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AlignmentRelation {
    /// The same competency.
    Exact,
    /// The target is broader than the source.
    Broad,
    /// The target is narrower than the source.
    Narrow,
    /// They overlap for the most part.
    Major,
    /// They overlap in a small part.
    Minor,
    /// Related, without a stated overlap.
    Related,
}
