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
    /// What the classification covers and how it is built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
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
    /// What the entry covers, in a sentence or a paragraph (ESCO's and ISCO's descriptions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// For an entry of a skills classification such as ESCO's: what kind of skill it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_type: Option<SkillType>,
    /// For an entry of a skills classification such as ESCO's: how widely the skill applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reuse_level: Option<ReuseLevel>,
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

/// The type of a skill concept, as ESCO names it (its `skillType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum SkillType {
    /// `skill/competence`: the ability to apply knowledge and use know-how.
    #[serde(rename = "skill/competence")]
    SkillCompetence,
    /// `knowledge`: facts, principles, theories and practices.
    #[serde(rename = "knowledge")]
    Knowledge,
    /// `language`: a language skill.
    #[serde(rename = "language")]
    Language,
    /// `attitude`: an attitude or value.
    #[serde(rename = "attitude")]
    Attitude,
}

/// How widely a skill applies, as ESCO's `reuseLevel` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ReuseLevel {
    /// `transversal`: relevant to a broad range of occupations and sectors.
    Transversal,
    /// `cross-sector`: relevant to occupations in several sectors.
    CrossSector,
    /// `sector-specific`: specific to one sector, relevant to several of its occupations.
    SectorSpecific,
    /// `occupation-specific`: used by one occupation or a few.
    OccupationSpecific,
}

impl SkillType {
    /// The type ESCO's word names (`skill/competence`, `knowledge`, `language`, `attitude`;
    /// case-insensitive), or `None`.
    ///
    /// ```
    /// use kasb_model::SkillType;
    /// assert_eq!(SkillType::from_esco("skill/competence"), Some(SkillType::SkillCompetence));
    /// assert_eq!(SkillType::from_esco("Knowledge"), Some(SkillType::Knowledge));
    /// assert_eq!(SkillType::from_esco("skill"), None);
    /// ```
    pub fn from_esco(word: &str) -> Option<Self> {
        [
            Self::SkillCompetence,
            Self::Knowledge,
            Self::Language,
            Self::Attitude,
        ]
        .into_iter()
        .find(|kind| kind.as_esco().eq_ignore_ascii_case(word))
    }

    /// ESCO's word for the type, as written in YAML.
    pub fn as_esco(self) -> &'static str {
        match self {
            Self::SkillCompetence => "skill/competence",
            Self::Knowledge => "knowledge",
            Self::Language => "language",
            Self::Attitude => "attitude",
        }
    }
}

impl ReuseLevel {
    /// The level ESCO's word names (`transversal`, `cross-sector`, `sector-specific`,
    /// `occupation-specific`; case-insensitive), or `None`.
    ///
    /// ```
    /// use kasb_model::ReuseLevel;
    /// assert_eq!(ReuseLevel::from_esco("sector-specific"), Some(ReuseLevel::SectorSpecific));
    /// assert_eq!(ReuseLevel::from_esco("sector"), None);
    /// ```
    pub fn from_esco(word: &str) -> Option<Self> {
        [
            Self::Transversal,
            Self::CrossSector,
            Self::SectorSpecific,
            Self::OccupationSpecific,
        ]
        .into_iter()
        .find(|level| level.as_esco().eq_ignore_ascii_case(word))
    }

    /// ESCO's word for the level, as written in YAML.
    pub fn as_esco(self) -> &'static str {
        match self {
            Self::Transversal => "transversal",
            Self::CrossSector => "cross-sector",
            Self::SectorSpecific => "sector-specific",
            Self::OccupationSpecific => "occupation-specific",
        }
    }
}

impl Classification {
    /// A classification with no entries yet.
    pub fn new(id: impl Into<String>, title: impl Into<Text>, language: impl Into<String>) -> Self {
        Self {
            kind: ClassificationKind,
            format: FormatVersion::CURRENT,
            id: id.into(),
            title: title.into(),
            description: None,
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
            description: None,
            skill_type: None,
            reuse_level: None,
            parent: None,
            uri: None,
            associations: Vec::new(),
        }
    }
}
