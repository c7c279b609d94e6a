use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{Approval, FormatVersion, NationalCode, Status, Text};

kind_marker!(
    /// The `kind: OccupationalStandard` marker.
    OccupationalStandardKind = "OccupationalStandard"
);

/// What a competent worker in an occupation does and knows, agreed with employers: units of
/// competency with their elements, performance criteria, knowledge and skills.
///
/// The Russian professional standard fits without loss: generalised work functions are
/// [`GeneralisedFunction`]s, work functions are [`Unit`]s naming their `function`, labour
/// actions are the unit's `criteria`, and required skills and knowledge are its `skills` and
/// `knowledge`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OccupationalStandard {
    /// Always `OccupationalStandard`.
    pub kind: OccupationalStandardKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id, such as `kg-welder`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The standard's version as its owners number it, such as `"2.0"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The standard's title.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// The occupation the standard describes.
    pub occupation: Occupation,
    /// The id of the level framework that unit levels refer to, such as `kg-nqf`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub framework: String,
    /// The main purpose of the occupation (RU: the purpose of the kind of professional activity).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Text>,
    /// The code of the kind of professional activity in a national register (RU `06.001`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_code: Option<String>,
    /// Where the document is in its life.
    #[serde(default)]
    pub status: Status,
    /// Who developed and approved the standard, and when it is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The id of the standard that replaces this one.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// Generalised work functions that group units, each at a level (RU shape).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub functions: Vec<GeneralisedFunction>,
    /// The units of competency.
    pub units: Vec<Unit>,
}

/// The occupation a standard describes, and its references to shared classifications.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// The occupation's name.
    pub title: Text,
    /// The ISCO-08 unit group, four digits as a string, such as `"7212"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isco: Option<String>,
    /// ESCO occupation URIs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub esco: Vec<String>,
    /// Codes in national classifications (OKZ, OKVED, national occupation registers).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub national_codes: Vec<NationalCode>,
    /// Job titles the occupation covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub job_titles: Vec<Text>,
}

/// A generalised work function (RU "обобщённая трудовая функция"): a group of units at one
/// qualification level, with the requirements to perform it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GeneralisedFunction {
    /// Id unique within the document, such as the RU code `A`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// The function's name.
    pub title: Text,
    /// Its level on the standard's framework.
    pub level: u8,
    /// Job titles that perform it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub job_titles: Vec<Text>,
    /// Education and training required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education: Vec<Text>,
    /// Work experience required.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub experience: Vec<Text>,
    /// Special conditions for admission to work (medical checks, safety training).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special_conditions: Vec<Text>,
    /// Codes in national classifications for this function (OKZ, EKS, OKSO).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub national_codes: Vec<NationalCode>,
    /// Other characteristics (RU "другие характеристики": recommended further training).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_characteristics: Option<Text>,
}

/// A unit of competency: one function a worker performs, assessable on its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Id unique within the document, such as `WLD-01` or the RU code `A/01.3`.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// The unit's title.
    pub title: Text,
    /// Its level on the standard's framework.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The id of the generalised function it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    /// What the unit is about and where it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The elements, each with its performance criteria.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Element>,
    /// Performance criteria that belong to the unit directly (RU labour actions, NOS PCs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
    /// Required knowledge.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge: Vec<Statement>,
    /// Required skills.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Statement>,
    /// Units that must be achieved first: ids in this document, or `standard-id/unit-id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prerequisites: Vec<String>,
    /// ESCO skill URIs the unit corresponds to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub esco_skills: Vec<String>,
    /// Other characteristics (RU "другие характеристики").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_characteristics: Option<Text>,
}

/// An element: a part of a unit, with the criteria that show it is performed well.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// What the worker does.
    pub title: Text,
    /// The performance criteria.
    pub criteria: Vec<Criterion>,
}

/// A performance criterion: an observable standard of performance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// The observable performance.
    pub statement: Text,
    /// ESCO skill URIs the criterion corresponds to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub esco_skills: Vec<String>,
}

/// A knowledge or skill requirement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// What must be known or be done.
    pub statement: Text,
    /// ESCO skill or knowledge URIs it corresponds to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub esco_skills: Vec<String>,
}

impl OccupationalStandard {
    /// A draft standard with its required fields and no units yet; every optional field empty.
    ///
    /// ```
    /// use kasb_model::{Criterion, Occupation, OccupationalStandard, Unit};
    ///
    /// let occupation = Occupation::new("Welder");
    /// let standard = OccupationalStandard::new("kg-welder", "Welder", "en", "KG", "kg-nqf", occupation)
    ///     .with_unit(
    ///         Unit::new("WLD-01", "Prepare the workplace")
    ///             .with_criterion(Criterion::new("WLD-01.1", "The booth is ventilated.")),
    ///     );
    /// assert_eq!(standard.units[0].criteria[0].statement.any(), "The booth is ventilated.");
    /// ```
    pub fn new(
        id: impl Into<String>,
        title: impl Into<Text>,
        language: impl Into<String>,
        country: impl Into<String>,
        framework: impl Into<String>,
        occupation: Occupation,
    ) -> Self {
        Self {
            kind: OccupationalStandardKind,
            format: FormatVersion::CURRENT,
            id: id.into(),
            version: None,
            title: title.into(),
            language: language.into(),
            country: country.into(),
            occupation,
            framework: framework.into(),
            purpose: None,
            activity_code: None,
            status: Status::default(),
            approval: None,
            replaced_by: None,
            functions: Vec::new(),
            units: Vec::new(),
        }
    }

    /// This standard with one more unit.
    #[must_use]
    pub fn with_unit(mut self, unit: Unit) -> Self {
        self.units.push(unit);
        self
    }
}

impl Occupation {
    /// An occupation with this name and no classification codes.
    pub fn new(title: impl Into<Text>) -> Self {
        Self {
            title: title.into(),
            isco: None,
            esco: Vec::new(),
            national_codes: Vec::new(),
            job_titles: Vec::new(),
        }
    }
}

impl GeneralisedFunction {
    /// A generalised work function at `level`, without requirements.
    pub fn new(id: impl Into<String>, title: impl Into<Text>, level: u8) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            level,
            job_titles: Vec::new(),
            education: Vec::new(),
            experience: Vec::new(),
            special_conditions: Vec::new(),
            national_codes: Vec::new(),
            other_characteristics: None,
        }
    }
}

impl Unit {
    /// A unit with no level, elements, criteria or requirements yet.
    pub fn new(id: impl Into<String>, title: impl Into<Text>) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            level: None,
            function: None,
            description: None,
            elements: Vec::new(),
            criteria: Vec::new(),
            knowledge: Vec::new(),
            skills: Vec::new(),
            prerequisites: Vec::new(),
            esco_skills: Vec::new(),
            other_characteristics: None,
        }
    }

    /// This unit with one more performance criterion of its own.
    #[must_use]
    pub fn with_criterion(mut self, criterion: Criterion) -> Self {
        self.criteria.push(criterion);
        self
    }
}

impl Element {
    /// An element with no criteria yet.
    pub fn new(id: impl Into<String>, title: impl Into<Text>) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            criteria: Vec::new(),
        }
    }
}

impl Criterion {
    /// A performance criterion without ESCO skills.
    pub fn new(id: impl Into<String>, statement: impl Into<Text>) -> Self {
        Self {
            id: id.into(),
            statement: statement.into(),
            esco_skills: Vec::new(),
        }
    }
}

impl Statement {
    /// A knowledge or skill requirement without ESCO skills.
    pub fn new(id: impl Into<String>, statement: impl Into<Text>) -> Self {
        Self {
            id: id.into(),
            statement: statement.into(),
            esco_skills: Vec::new(),
        }
    }
}
