use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::kind_marker;
use crate::{FormatVersion, Percent, Score, Status, Text, Weight};

kind_marker!(
    /// The `kind: AssessmentTool` marker.
    AssessmentToolKind = "AssessmentTool"
);

/// How competence is judged: instruments with tasks, each task with its marking criteria and
/// the performance criteria and knowledge it covers (the assessment mapping).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentTool {
    /// Always `AssessmentTool`.
    pub kind: AssessmentToolKind,
    /// The kasb file format version: `1`.
    pub format: FormatVersion,
    /// Globally unique, stable id.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::DOCUMENT_ID_PATTERN))]
    pub id: String,
    /// The tool's title.
    pub title: Text,
    /// BCP 47 tag of the language plain strings are written in.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the country that uses it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The id of the qualification it assesses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    /// Ids of the occupational standards whose criteria it assesses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standards: Vec<String>,
    /// When set, the weights of all marking criteria must add up to this (WorldSkills: 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_weight: Option<Weight>,
    /// The share of the total score a candidate needs to pass, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<Percent>,
    /// Where the document is in its life.
    #[serde(default)]
    pub status: Status,
    /// How the evidence of the whole tool meets the rules of evidence; an instrument may state
    /// its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_of_evidence: Option<RulesOfEvidence>,
    /// The instruments.
    pub instruments: Vec<Instrument>,
}

/// An assessment instrument: one method, with its tasks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// The instrument's title.
    pub title: Text,
    /// How evidence is collected.
    pub method: AssessmentMethod,
    /// Time allowed, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// Conditions: equipment, materials, setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Text>,
    /// How this instrument's evidence meets the rules of evidence, where it says more than the
    /// tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_of_evidence: Option<RulesOfEvidence>,
    /// The tasks.
    pub tasks: Vec<Task>,
}

/// The rules of evidence of competency-based assessment: how the evidence an assessor judges is
/// valid, sufficient, authentic and current. Each is optional; a rule not stated here is not
/// addressed at this level.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RulesOfEvidence {
    /// Valid: the evidence shows the very criteria, knowledge and skills it is said to assess.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<Text>,
    /// Sufficient: there is enough evidence, in quantity and range, to judge competence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sufficient: Option<Text>,
    /// Authentic: the evidence is the candidate's own work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentic: Option<Text>,
    /// Current: the evidence shows competence now, not only in the past.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<Text>,
}

impl RulesOfEvidence {
    /// The four rules' keys as written in YAML, in their usual order.
    pub const RULES: [&'static str; 4] = ["valid", "sufficient", "authentic", "current"];

    /// The four rules in their usual order ([`RULES`](Self::RULES)), each with its key and its
    /// text, if stated.
    pub fn rules(&self) -> [(&'static str, Option<&Text>); 4] {
        let [valid, sufficient, authentic, current] = Self::RULES;
        [
            (valid, self.valid.as_ref()),
            (sufficient, self.sufficient.as_ref()),
            (authentic, self.authentic.as_ref()),
            (current, self.current.as_ref()),
        ]
    }

    /// Whether no rule is stated.
    ///
    /// ```
    /// use kasb_model::{RulesOfEvidence, Text};
    ///
    /// let rules = RulesOfEvidence {
    ///     authentic: Some(Text::from("Test pieces are stamped before the candidate starts.")),
    ///     ..RulesOfEvidence::default()
    /// };
    /// assert!(!rules.is_empty());
    /// assert!(RulesOfEvidence::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rules().iter().all(|(_, text)| text.is_none())
    }
}

/// How evidence of competence is collected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssessmentMethod {
    /// A practical task performed under observed conditions.
    PracticalTask,
    /// A written test (multiple choice or open answers).
    WrittenTest,
    /// Oral questioning.
    Oral,
    /// Observation in the workplace.
    Observation,
    /// A portfolio of evidence.
    Portfolio,
}

/// A task the candidate performs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// What the candidate is asked to do.
    pub title: Text,
    /// Instructions to the candidate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<Text>,
    /// The performance criteria, knowledge and skills it covers: `standard-id/item-id`.
    #[serde(default)]
    pub assesses: Vec<String>,
    /// How the task is marked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marking: Vec<MarkingCriterion>,
}

/// A marking criterion: what the assessor scores, and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkingCriterion {
    /// Id unique within the document.
    #[schemars(length(min = 1, max = 128), pattern(crate::id::ITEM_ID_PATTERN))]
    pub id: String,
    /// What is scored.
    pub description: Text,
    /// Measured against a tolerance, or judged against rubric levels.
    #[serde(rename = "type")]
    pub marking_type: MarkingType,
    /// Its weight in the tool's total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
    /// The highest score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_score: Option<Score>,
    /// Rubric levels, lowest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rubric: Vec<RubricLevel>,
}

/// How a marking criterion is scored (WorldSkills: measurement or judgement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MarkingType {
    /// Objective: within tolerance or not.
    Measurement,
    /// Scored by assessors against described levels.
    Judgement,
}

/// One level of a judgement rubric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricLevel {
    /// The score for this level.
    pub score: Score,
    /// What performance earns it.
    pub descriptor: Text,
}
