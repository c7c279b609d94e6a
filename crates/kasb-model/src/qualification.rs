use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{Approval, FormatVersion, Status, Text};

kind_marker!(
    /// The `kind: Qualification` marker.
    QualificationKind = "Qualification"
);

/// A recognised award built from units: core units every holder achieves, and elective groups
/// ("choose 2 of these 5").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Qualification {
    /// Always `Qualification`.
    pub kind: QualificationKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id, such as `kg-welder-q4`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The qualification's title.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the awarding country.
    pub country: String,
    /// The id of the level framework `level` refers to.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub framework: String,
    /// The qualification's level on that framework.
    pub level: u8,
    /// The ISCO-08 unit group it prepares for, as a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isco: Option<String>,
    /// Ids of the occupational standards it is derived from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived_from: Vec<String>,
    /// Units every holder achieves: `standard-id/unit-id`.
    pub core: Vec<String>,
    /// Groups of elective units.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub electives: Vec<ElectiveGroup>,
    /// What a candidate needs before starting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entry_requirements: Vec<Text>,
    /// The body that awards it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awarding_body: Option<Text>,
    /// Notional learning hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume_hours: Option<u32>,
    /// Where the document is in its life.
    #[serde(default)]
    pub status: Status,
    /// Who developed and approved it, and when it is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The id of the qualification that replaces this one.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
}

impl Qualification {
    /// A qualification with no units yet: its id, title, language of plain strings, country,
    /// the framework its level is on and the level; everything else empty or default.
    pub fn new(
        id: impl Into<String>,
        title: impl Into<Text>,
        language: impl Into<String>,
        country: impl Into<String>,
        framework: impl Into<String>,
        level: u8,
    ) -> Self {
        Self {
            kind: QualificationKind,
            format: FormatVersion::CURRENT,
            id: id.into(),
            title: title.into(),
            language: language.into(),
            country: country.into(),
            framework: framework.into(),
            level,
            isco: None,
            derived_from: Vec::new(),
            core: Vec::new(),
            electives: Vec::new(),
            entry_requirements: Vec::new(),
            awarding_body: None,
            volume_hours: None,
            status: Status::default(),
            approval: None,
            replaced_by: None,
        }
    }
}

/// A group of elective units: the candidate chooses `choose` of `units`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElectiveGroup {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// The group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// How many units of the group a candidate must achieve.
    pub choose: u32,
    /// The units to choose from: `standard-id/unit-id`.
    pub units: Vec<String>,
}
