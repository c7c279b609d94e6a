//! Compares occupational standards, qualifications and assessment tools across countries, and
//! says why each pair of units or criteria matched.
//!
//! Evidence, strongest first: an explicit [crosswalk](kasb_model::Crosswalk) alignment (with its
//! relation: exact, broad, narrow, major, minor, related); a shared reference (the same ESCO skill
//! URI); the similarity of the texts (TF-IDF cosine over titles and performance criteria, per
//! language both items are written in). Pairs are assigned one-to-one, strongest evidence first;
//! a text-only pair needs a score of at least [`CompareOptions::threshold`]. Levels compare
//! through each framework's EQF referencing.
//!
//! ```
//! use kasb_compare::{compare, CompareOptions};
//! # let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../standards");
//! let workspace = kasb_load::load(&[root], &Default::default())?;
//! let (graph, _) = kasb_graph::StandardsGraph::build(workspace);
//!
//! let comparison = compare(&graph, "kg-welder", "ru-welder", &CompareOptions::default())?;
//! assert_eq!(comparison.left.country.as_deref(), Some("KG"));
//! assert!(comparison.coverage.left_units > 0.5);
//! // Every match says why.
//! assert!(comparison.matches.iter().all(|m| !m.evidence.is_empty()));
//! let json = kasb_compare::render::json(&comparison);
//! assert!(json.starts_with("{\n  \"version\": 1,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Determinism
//! Everything is sorted: items in document order, candidates by (evidence, score, ids). Term
//! weights sum in term order, so `compare(A, B)` and `compare(B, A)` compute the same scores
//! to the bit, and the same input gives the same output on every run.

#![warn(missing_docs)]

mod matching;
pub mod render;
mod shown;
mod side;
mod text;
mod why;

use std::collections::BTreeSet;

use kasb_graph::StandardsGraph;
use kasb_model::AlignmentRelation;
use serde::Serialize;

pub use render::Format;
pub use shown::Texts;
pub use why::{Detail, DocumentNote, Note};

/// The version of the JSON output contract ([`render::json`]).
pub const JSON_VERSION: u32 = 1;

/// What a comparison does.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CompareOptions {
    /// The lowest text similarity (TF-IDF cosine, 0 to 1) for which two items are matched when
    /// no crosswalk or shared reference links them. Default 0.3.
    pub threshold: f64,
    /// A text-only match scoring below this is reported as partial. Default 0.5.
    pub partial_below: f64,
    /// Blocking: words held by more than this many items (both sides together, per language)
    /// do not bring items together on their own; they still count in the score. Frameworks
    /// smaller than this are compared all-pairs. Default 256.
    pub block_df: u32,
}

impl Default for CompareOptions {
    fn default() -> Self {
        Self {
            threshold: 0.3,
            partial_below: 0.5,
            block_df: 256,
        }
    }
}

impl CompareOptions {
    /// These options with another matching threshold.
    #[must_use]
    pub fn with_threshold(mut self, threshold: f64) -> Self {
        self.threshold = threshold;
        self
    }

    /// These options with another score below which a text-only match is partial.
    #[must_use]
    pub fn with_partial_below(mut self, partial_below: f64) -> Self {
        self.partial_below = partial_below;
        self
    }

    /// These options with another blocking limit.
    #[must_use]
    pub fn with_block_df(mut self, block_df: u32) -> Self {
        self.block_df = block_df;
        self
    }
}

/// Why a comparison could not be made. `Display` says it in English; [`CompareError::said`] in
/// another language.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CompareError {
    /// No document has this id.
    UnknownId {
        /// The id asked for.
        id: String,
        /// The id of a comparable document spelt most like it, when one is close.
        suggestion: Option<String>,
    },
    /// The id names something that cannot be compared.
    UnsupportedKind {
        /// The id asked for.
        id: String,
        /// What it is (`unit`, `level_framework`, …).
        kind: &'static str,
    },
    /// A matrix needs at least two documents.
    TooFew {
        /// How many were given.
        count: usize,
    },
}

impl CompareError {
    /// The error in `lang`.
    ///
    /// ```
    /// use kasb_compare::CompareError;
    /// use kasb_i18n::Lang;
    ///
    /// let error = CompareError::TooFew { count: 1 };
    /// assert_eq!(error.to_string(), "a matrix needs at least two documents, got 1");
    /// assert_eq!(
    ///     error.said(Lang::parse("ru").unwrap()),
    ///     "для матрицы нужны хотя бы два документа, указан 1"
    /// );
    /// ```
    pub fn said(&self, lang: kasb_i18n::Lang) -> String {
        render::words::Words::new(lang).error(self)
    }
}

impl std::fmt::Display for CompareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&render::words::Words::english().error(self))
    }
}

impl std::error::Error for CompareError {}

/// One document of a comparison, in numbers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentSummary {
    /// Its id.
    pub id: String,
    /// `standard`, `qualification` or `assessment_tool`.
    pub kind: String,
    /// ISO 3166-1 alpha-2 code of its country, when known.
    pub country: Option<String>,
    /// The English short name of its country (ISO 3166-1), when the code is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    /// Its title (English when given).
    pub title: String,
    /// The languages its units and criteria are written in (primary subtags).
    pub languages: BTreeSet<String>,
    /// How many units it has (a qualification: core and elective; a tool: the units it assesses).
    pub units: usize,
    /// How many performance criteria (a tool: the criteria it assesses).
    pub criteria: usize,
    /// The EQF level of a qualification (or of the qualification a tool assesses).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eqf: Option<u8>,
    /// The ISCO-08 code of its occupation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isco: Option<String>,
    /// The title of that ISCO-08 group, when the classification is loaded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isco_title: Option<String>,
    /// Its title in every language it has, for the reports (not in JSON).
    #[serde(skip)]
    pub titles: Texts,
    /// The ISCO-08 group's title in every language the classification has (not in JSON).
    #[serde(skip)]
    pub isco_titles: Texts,
}

/// Shares of each side's items that are matched (fully or partially), 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Coverage {
    /// Share of the left units matched on the right.
    pub left_units: f64,
    /// Share of the right units matched on the left.
    pub right_units: f64,
    /// Share of the left criteria matched on the right.
    pub left_criteria: f64,
    /// Share of the right criteria matched on the left.
    pub right_criteria: f64,
}

/// How many items are matched, partially matched and unmatched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Matched fully.
    pub matched: usize,
    /// Matched partially (a minor or related crosswalk, or a weak text similarity).
    pub partial: usize,
    /// Not matched.
    pub unmatched: usize,
}

/// The counts of one side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SideCounts {
    /// Units.
    pub units: Counts,
    /// Performance criteria.
    pub criteria: Counts,
}

/// What is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemKind {
    /// A unit of competency (RU: a work function).
    Unit,
    /// A performance criterion (RU: a labour action).
    Criterion,
}

/// How a matched pair relates, read from left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relation {
    /// A crosswalk: the same competency.
    Exact,
    /// A crosswalk: the right item is broader.
    Broad,
    /// A crosswalk: the right item is narrower.
    Narrow,
    /// A crosswalk: they overlap for the most part.
    Major,
    /// A crosswalk: they overlap in a small part.
    Minor,
    /// A crosswalk: related, without a stated overlap.
    Related,
    /// No crosswalk: the same ESCO skill, or similar texts.
    Similar,
}

impl Relation {
    /// The relation of a crosswalk alignment, read from its source.
    pub fn from_alignment(relation: AlignmentRelation) -> Self {
        match relation {
            AlignmentRelation::Exact => Relation::Exact,
            AlignmentRelation::Broad => Relation::Broad,
            AlignmentRelation::Narrow => Relation::Narrow,
            AlignmentRelation::Major => Relation::Major,
            AlignmentRelation::Minor => Relation::Minor,
            AlignmentRelation::Related => Relation::Related,
        }
    }

    /// The same relation read from the other side: broad and narrow swap.
    pub fn inverse(self) -> Self {
        match self {
            Relation::Broad => Relation::Narrow,
            Relation::Narrow => Relation::Broad,
            other => other,
        }
    }

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Exact => "exact",
            Relation::Broad => "broad",
            Relation::Narrow => "narrow",
            Relation::Major => "major",
            Relation::Minor => "minor",
            Relation::Related => "related",
            Relation::Similar => "similar",
        }
    }

    /// The score a crosswalk alignment with this relation gives a pair.
    pub fn weight(self) -> f64 {
        match self {
            Relation::Exact => 1.0,
            Relation::Major => 0.9,
            Relation::Broad | Relation::Narrow => 0.8,
            Relation::Minor => 0.6,
            Relation::Related => 0.5,
            Relation::Similar => 0.0,
        }
    }
}

/// One side of a comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The first document compared.
    Left,
    /// The second document compared.
    Right,
}

impl Side {
    /// Both sides, left first.
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    /// The other side.
    pub fn other(self) -> Self {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    /// `left` or `right`.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// The kind of evidence for a match, strongest first: the derived order is their strength, and
/// candidate pairs are assigned in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EvidenceKind {
    /// An explicit crosswalk alignment.
    Crosswalk,
    /// The same ESCO skill URI (or ISCO code, for documents).
    SharedReference,
    /// Similar texts (or a note that the items share no language).
    Text,
}

/// One reason for a match.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// What kind of reason.
    pub kind: EvidenceKind,
    /// The reason: the crosswalk and its note, the shared URIs, the similarity per language,
    /// or that the items share no language. In JSON, its English text.
    pub detail: Detail,
    /// Its score, 0 to 1 (absent when texts could not be compared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// The EQF levels of a matched pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LevelComparison {
    /// The left item's EQF level (through its unit), if its framework is referenced.
    pub left_eqf: Option<u8>,
    /// The right item's EQF level.
    pub right_eqf: Option<u8>,
    /// `right_eqf - left_eqf`; absent when either is missing ("not comparable").
    pub delta: Option<i16>,
}

impl LevelComparison {
    fn new(left_eqf: Option<u8>, right_eqf: Option<u8>) -> Self {
        let delta = match (left_eqf, right_eqf) {
            (Some(left), Some(right)) => Some(i16::from(right) - i16::from(left)),
            _ => None,
        };
        Self {
            left_eqf,
            right_eqf,
            delta,
        }
    }

    /// True when both levels are known.
    pub fn comparable(&self) -> bool {
        self.delta.is_some()
    }
}

/// Whether a match is full or partial.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MatchStatus {
    /// A full match.
    Matched,
    /// A minor or related crosswalk alignment, or a text similarity below
    /// [`CompareOptions::partial_below`].
    Partial,
}

/// How the units of a matched pair are assessed, by method (`practical_task`, `written_test`,
/// `oral`, `observation`, `portfolio`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// Methods of the tasks assessing the left unit.
    pub left: Vec<&'static str>,
    /// Methods of the tasks assessing the right unit.
    pub right: Vec<&'static str>,
}

/// A matched pair of units or criteria.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    /// Unit or criterion.
    pub kind: ItemKind,
    /// The left item's global id.
    pub left: String,
    /// The right item's global id.
    pub right: String,
    /// The left item's title or statement.
    pub left_title: String,
    /// The right item's title or statement.
    pub right_title: String,
    /// The left item's title or statement in every language it has (not in JSON).
    #[serde(skip)]
    pub left_texts: Texts,
    /// The right item's title or statement in every language it has (not in JSON).
    #[serde(skip)]
    pub right_texts: Texts,
    /// The score of the strongest evidence, 0 to 1.
    pub score: f64,
    /// How they relate, read from left to right.
    pub relation: Relation,
    /// Full or partial.
    pub status: MatchStatus,
    /// For criteria: true when their units are not matched to each other. Criteria are paired
    /// inside matched units first; a pair across units is kept only when its evidence is
    /// stronger than what the in-unit pairing found for either criterion. Always false for units.
    pub across_units: bool,
    /// Every reason, strongest first.
    pub evidence: Vec<Evidence>,
    /// The EQF levels (of the units, for criteria).
    pub level: LevelComparison,
    /// For units: how each is assessed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
}

/// An item with no match on the other side.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unmatched {
    /// Unit or criterion.
    pub kind: ItemKind,
    /// Its global id.
    pub id: String,
    /// Its title or statement.
    pub title: String,
    /// Its title or statement in every language it has (not in JSON).
    #[serde(skip)]
    pub texts: Texts,
    /// The most similar item on the other side, when any text was compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closest: Option<Closest>,
    /// Why it is unmatched, when more can be said (no shared language, the crosswalk partner is
    /// taken by a stronger pair). In JSON, `note`: their English texts joined by `; `.
    #[serde(
        rename = "note",
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "why::notes_in_english"
    )]
    pub why: Vec<Note>,
}

/// The most similar item on the other side, below the threshold or taken by another.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Closest {
    /// Its global id.
    pub id: String,
    /// The text similarity.
    pub score: f64,
}

/// A matched pair of units assessed by practical tasks on one side and only by written tests
/// (no practical task) on the other.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AssessmentDifference {
    /// The left unit.
    pub left: String,
    /// The right unit.
    pub right: String,
    /// The side that assesses by a practical task.
    pub practical: Side,
    /// Methods on the left.
    pub left_methods: Vec<&'static str>,
    /// Methods on the right.
    pub right_methods: Vec<&'static str>,
}

/// The comparison of two documents: the JSON contract of [`render::json`] (`"version": 1`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// The contract version: 1.
    pub version: u32,
    /// The left document.
    pub left: DocumentSummary,
    /// The right document.
    pub right: DocumentSummary,
    /// Coverage both ways.
    pub coverage: Coverage,
    /// Matched, partial and unmatched items of each side.
    pub counts: CountsBySide,
    /// The languages both documents are written in.
    pub shared_languages: Vec<String>,
    /// References both documents share (ISCO-08 code).
    pub shared_references: Vec<Evidence>,
    /// Matched pairs: units first, then criteria, in the left document's order.
    pub matches: Vec<Match>,
    /// Left items without a match, in document order.
    pub unmatched_left: Vec<Unmatched>,
    /// Right items without a match, in document order.
    pub unmatched_right: Vec<Unmatched>,
    /// Matched units assessed practically on one side and only in writing on the other.
    pub assessment_differences: Vec<AssessmentDifference>,
    /// Remarks about the comparison as a whole (no shared language, no EQF referencing). In
    /// JSON, their English texts.
    pub notes: Vec<DocumentNote>,
    /// The options used.
    pub options: OptionsUsed,
}

/// The counts of both sides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CountsBySide {
    /// The left side.
    pub left: SideCounts,
    /// The right side.
    pub right: SideCounts,
}

/// The options a comparison was made with, as reported.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct OptionsUsed {
    /// [`CompareOptions::threshold`].
    pub threshold: f64,
    /// [`CompareOptions::partial_below`].
    pub partial_below: f64,
}

impl Comparison {
    /// The matched pairs of units.
    pub fn unit_matches(&self) -> impl Iterator<Item = &Match> {
        self.matches.iter().filter(|m| m.kind == ItemKind::Unit)
    }

    /// The matched pairs of criteria.
    pub fn criterion_matches(&self) -> impl Iterator<Item = &Match> {
        self.matches
            .iter()
            .filter(|m| m.kind == ItemKind::Criterion)
    }
}

/// Compares two documents (occupational standards, qualifications or assessment tools).
///
/// # Errors
/// [`CompareError::UnknownId`] when an id is not in the graph,
/// [`CompareError::UnsupportedKind`] when it names something else (a unit, a framework).
pub fn compare(
    graph: &StandardsGraph,
    left: &str,
    right: &str,
    options: &CompareOptions,
) -> Result<Comparison, CompareError> {
    let left = side::side(graph, left)?;
    let right = side::side(graph, right)?;
    Ok(matching::compare_sides(graph, &left, &right, options))
}

/// The index terms kasb compares for a text in a language (a BCP 47 tag): NFKC-normalised,
/// lower-cased words without stop words, stemmed for English and Russian. Shows why two texts
/// score as they do.
///
/// ```
/// assert_eq!(kasb_compare::terms("en", "Welding the pipes"), ["weld", "pipe"]);
/// assert_eq!(kasb_compare::terms("ru", "Сварка труб"), ["сварк", "труб"]);
/// ```
pub fn terms(language: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    text::Analyzer::default().terms(&text::primary_language(language), text, &mut out);
    out
}

/// Round to four decimals, so reports are short and stable.
pub(crate) fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

mod matrix;
pub use matrix::{CoreRow, ItemRef, Matrix, PairSummary, Unique, compare_matrix};
