use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{FormatVersion, Status, Text};

kind_marker!(
    /// The `kind: TrainingProgramme` marker.
    TrainingProgrammeKind = "TrainingProgramme"
);

/// A curriculum built from units, as VET institutions build them with employers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingProgramme {
    /// Always `TrainingProgramme`.
    pub kind: TrainingProgrammeKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The programme's title.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// The institution that delivers it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Text>,
    /// The id of the qualification it prepares for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    /// How it is delivered, unless a module says otherwise.
    pub delivery_mode: DeliveryMode,
    /// Where the document is in its life.
    #[serde(default)]
    pub status: Status,
    /// The modules, in teaching order.
    pub modules: Vec<Module>,
}

/// How a programme or module is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    /// In a classroom or workshop.
    FaceToFace,
    /// At a distance.
    Online,
    /// Partly each.
    Hybrid,
    /// At an employer's workplace.
    WorkBased,
}

/// A module of a programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// The module's title.
    pub title: Text,
    /// Contact hours.
    pub hours: u32,
    /// How it is delivered, when it differs from the programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_mode: Option<DeliveryMode>,
    /// The units it teaches: `standard-id/unit-id`.
    #[serde(default)]
    pub units: Vec<String>,
}
