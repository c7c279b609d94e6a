use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{Approval, FormatVersion, Text};

kind_marker!(
    /// The `kind: LevelFramework` marker.
    LevelFrameworkKind = "LevelFramework"
);

/// Ordered levels with descriptors: the EQF, or a national qualifications framework referenced
/// to it (many national levels may share one EQF level).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelFramework {
    /// Always `LevelFramework`.
    pub kind: LevelFrameworkKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id, such as `eqf` or `kg-nqf`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The framework's name.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the country, for a national framework.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// What the framework is and who maintains it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Approval of the framework (law, decree) where one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The framework this one is referenced to, with the source of the referencing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referencing: Option<Referencing>,
    /// The levels, lowest first.
    pub levels: Vec<Level>,
}

/// How a national framework is referenced to another (usually the EQF).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Referencing {
    /// The id of the framework referenced to, such as `eqf`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub framework: String,
    /// Where the referencing is published (a referencing report, a decree).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
}

/// One level of a framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// The level's number, 1 for the lowest.
    pub level: u8,
    /// A short name for the level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// What a holder of this level knows, can do, and is responsible for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub descriptors: Option<Descriptors>,
    /// The best-fit level of the framework named in `referencing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_level: Option<u8>,
    /// Typical qualifications at this level.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub typical_qualifications: Vec<Text>,
}

/// EQF-style level descriptors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Descriptors {
    /// Knowledge: theoretical and factual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowledge: Option<Text>,
    /// Skills: cognitive and practical.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Text>,
    /// Responsibility and autonomy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility_autonomy: Option<Text>,
}

impl LevelFramework {
    /// A framework with no levels yet, of no country (a regional framework such as the EQF).
    pub fn new(id: impl Into<String>, title: impl Into<Text>, language: impl Into<String>) -> Self {
        Self {
            kind: LevelFrameworkKind,
            format: FormatVersion::CURRENT,
            id: id.into(),
            title: title.into(),
            language: language.into(),
            country: None,
            description: None,
            approval: None,
            referencing: None,
            levels: Vec::new(),
        }
    }
}

impl Level {
    /// A level with its number only.
    pub fn new(level: u8) -> Self {
        Self {
            level,
            title: None,
            descriptors: None,
            referenced_level: None,
            typical_qualifications: Vec::new(),
        }
    }
}
