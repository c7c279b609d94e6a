use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{FormatVersion, Text};

kind_marker!(
    /// The `kind: Classification` marker.
    ClassificationKind = "Classification"
);

/// A code list such as ISCO-08: entries with a code, a title and a parent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    /// Always `Classification`.
    pub kind: ClassificationKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id, such as `isco-08`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The classification's name.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// Who publishes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Text>,
    /// Where the entries were taken from, and under which licence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// A regular expression every code must match as a whole (`[0-9]{1,4}` for ISCO: one to
    /// four digits), checked by rule K609. Rust `regex` syntax; anchors are implied.
    #[schemars(length(min = 1, max = 1024))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_pattern: Option<String>,
    /// The entries, parents before children.
    pub entries: Vec<ClassificationEntry>,
}

/// One code of a classification.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClassificationEntry {
    /// The code, as a string (`0110` is a code, not a number).
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub code: String,
    /// The entry's title.
    pub title: Text,
    /// Other titles of the entry, such as another publisher's label for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternative_titles: Vec<Text>,
    /// The code of the entry one level up.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// A URI for the entry in its publisher's system, such as ESCO's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Typed links to other nodes beyond the tree, such as a CASE package's `exactMatchOf`,
    /// `isRelatedTo` and `precedes` associations. What each becomes in the graph is declared in
    /// the reference table (`references.rs`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub associations: Vec<EntryAssociation>,
}

/// A typed link from a classification entry to another node, or to one outside every document
/// kasb has (kept by its URI).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntryAssociation {
    /// What the link says.
    pub relation: AssociationRelation,
    /// The node it names when kasb has it: a code of this classification, or
    /// `document-id/item-id`. Unresolved, it is reported (K202).
    #[schemars(length(min = 1, max = 257))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The URI of the node it names: the only target when that node is in no document kasb
    /// has (kept as data, never followed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}

/// The relation of an [`EntryAssociation`]: CASE 1.1's association types beyond the tree.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssociationRelation {
    /// The same competency (CASE `exactMatchOf`).
    ExactMatchOf,
    /// Related, without a stated overlap (CASE `isRelatedTo`).
    IsRelatedTo,
    /// Comes before the target, which builds on it (CASE `precedes`).
    Precedes,
    /// A part of the target (CASE `isPartOf`).
    IsPartOf,
    /// A peer of the target (CASE `isPeerOf`).
    IsPeerOf,
    /// An example of the target (CASE `exemplar`).
    Exemplar,
    /// Has the target as a skill level (CASE `hasSkillLevel`).
    HasSkillLevel,
    /// Replaced by the target (CASE `replacedBy`).
    ReplacedBy,
    /// A translation of the target (CASE 1.1 `isTranslationOf`).
    IsTranslationOf,
}

impl Classification {
    /// A classification with no entries yet.
    pub fn new(id: impl Into<String>, title: impl Into<Text>, language: impl Into<String>) -> Self {
        Self {
            kind: ClassificationKind,
            format: FormatVersion::CURRENT,
            id: id.into(),
            title: title.into(),
            language: language.into(),
            publisher: None,
            source: None,
            code_pattern: None,
            entries: Vec::new(),
        }
    }
}

impl ClassificationEntry {
    /// A top-level entry (no parent) without a URI.
    pub fn new(code: impl Into<String>, title: impl Into<Text>) -> Self {
        Self {
            code: code.into(),
            title: title.into(),
            alternative_titles: Vec::new(),
            parent: None,
            uri: None,
            associations: Vec::new(),
        }
    }
}
