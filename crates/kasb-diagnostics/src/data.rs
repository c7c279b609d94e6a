//! The facts of a diagnostic as data, beside its message.

use serde::Serialize;

/// What a diagnostic found, as typed values, so that renderers, translations, `kasb diff`,
/// fixes and library users never parse a message. Each variant is one kind of fact; rules
/// without facts beyond their location carry [`Data::None`]. In the JSON report it is the
/// `"data"` object, tagged by `"kind"` (left out for `None`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Data {
    /// No facts beyond the message and the location.
    #[default]
    None,
    /// A reference that names nothing (K202).
    UnresolvedReference {
        /// The reference as written.
        reference: String,
        /// The kinds of node the field accepts (`unit`, `framework` …).
        expected: Vec<&'static str>,
    },
    /// A reference that names a node of another kind (K203).
    WrongReferenceKind {
        /// The reference as written.
        reference: String,
        /// The kinds of node the field accepts.
        expected: Vec<&'static str>,
        /// The kind of node it names.
        found: &'static str,
    },
    /// An id given twice (K201) or outside the id grammar (K111); the item a finding is about
    /// (K502 a task, K504 a marking criterion, K704 a document).
    Id {
        /// The id: as written for K111; for K201 in its global form (`document-id/item-id` for
        /// an item).
        id: String,
    },
    /// Members of a cycle, in order, each leading to the next (K204, K206–K208).
    Cycle {
        /// The ids of the members.
        members: Vec<String>,
    },
    /// A level that is not a level of its framework (K301).
    Level {
        /// The level as written.
        level: u32,
        /// The framework's id.
        framework: String,
    },
    /// A code that is not valid in its scheme (K601–K604, K606).
    Code {
        /// The code as written.
        code: String,
        /// The scheme: `ISCO-08`, `ISO 3166-1`, `BCP 47` or `ESCO`.
        scheme: &'static str,
    },
    /// A text that lacks a required language (K605).
    MissingLanguage {
        /// The language tag required by the configuration.
        language: String,
    },
    /// A field the document kind does not have (K104).
    UnknownField {
        /// The field as written.
        field: String,
        /// The fields the mapping has.
        expected: Vec<String>,
    },
    /// The unit a finding is about: in no qualification (K205), listed twice (K402), both core
    /// and elective (K403).
    Unit {
        /// The unit's id, or the reference as written in the qualification.
        unit: String,
    },
    /// A level above the level it may not exceed (K302, K303).
    LevelAbove {
        /// The level found.
        level: u32,
        /// The level it may not exceed.
        limit: u32,
        /// The scale both are on: the framework's id, or `eqf` when compared through the EQF.
        scale: String,
    },
    /// An elective group that asks to choose more units than it lists (K401).
    Choose {
        /// How many units the group asks for.
        choose: u32,
        /// How many it lists.
        available: u32,
    },
    /// A file over a limit (K108).
    Limit {
        /// What is limited: `size` (in bytes).
        limit: &'static str,
        /// The limit.
        max: u64,
    },
    /// A file or path that cannot be read (K100).
    Unreadable {
        /// Why: `open`, `read`, `utf16`, `not_utf8` or `walk`.
        reason: &'static str,
        /// The system's error, when there is one.
        error: Option<String>,
    },
    /// Text the YAML parser stopped at (K101).
    Syntax {
        /// The parser's words for the problem.
        problem: String,
    },
    /// A value of the wrong type, or not among a field's values (K102).
    InvalidType {
        /// What the field takes (`u8`, `a sequence`, or the values it accepts, comma-separated).
        expected: String,
        /// What was found, when the parser says.
        found: Option<String>,
    },
    /// A required field that is missing (K103).
    MissingField {
        /// The field's name.
        field: String,
    },
    /// A plain scalar that YAML reads as another type where text is required (K105).
    UnquotedScalar {
        /// The value as written, to be quoted.
        value: String,
        /// What YAML reads it as: `boolean`, `null` or `number`.
        read_as: &'static str,
    },
    /// A key given twice in one mapping (K106).
    DuplicateKey {
        /// The key, when the parser names it.
        key: Option<String>,
    },
    /// A missing or unknown document kind (K107).
    UnknownKind {
        /// The kind as written, or none when the document has no `kind`.
        value: Option<String>,
        /// The kinds kasb knows.
        known: Vec<&'static str>,
    },
    /// A file that holds several YAML documents, or none (K109).
    Documents {
        /// `several` or `none`.
        found: &'static str,
    },
    /// A suppression comment naming no rule (K110).
    UnknownRule {
        /// The name as written.
        rule: String,
    },
    /// A level of a framework not referenced to the framework it references (K304).
    UnreferencedLevel {
        /// The level's number.
        level: u32,
        /// The framework holding the level.
        framework: String,
        /// The framework it should be referenced to.
        target: String,
    },
    /// A level referenced lower than the level below it (K305).
    ReferencingDown {
        /// The level.
        level: u32,
        /// The level of `target` it is referenced to.
        referenced: u32,
        /// The highest level below it.
        below: u32,
        /// The level of `target` that one is referenced to.
        below_referenced: u32,
        /// The framework referenced to.
        target: String,
    },
    /// A criterion of a qualification that no task of its assessment tools assesses (K501).
    NotAssessed {
        /// The criterion's global id.
        criterion: String,
        /// The qualification's id.
        qualification: String,
        /// The ids of the qualification's assessment tools.
        tools: Vec<String>,
    },
    /// Marking weights that do not add up to the tool's total (K503). The numbers are decimal
    /// text, as the message prints them: `Data` is `Eq`, which a float is not.
    Weights {
        /// The sum of the weights.
        total: String,
        /// The `total_weight` they should add up to.
        expected: String,
    },
    /// A text that is empty (K701).
    EmptyText {
        /// The global id of the item or document holding it.
        id: String,
        /// The field: `title`, `statement` or `description`.
        field: &'static str,
    },
    /// A statement that repeats an earlier one of the same unit (K702).
    DuplicateStatement {
        /// The id of the repeating item.
        id: String,
        /// The unit's id.
        unit: String,
        /// The language in which the statements are equal.
        language: String,
    },
    /// A validity period that ends before it starts (K703).
    Validity {
        /// `valid_from`, as an ISO 8601 date.
        valid_from: String,
        /// `valid_to`, as an ISO 8601 date.
        valid_to: String,
    },
    /// A value that is not a calendar date written `YYYY-MM-DD` (K112).
    Date {
        /// The value as written.
        written: String,
        /// The ISO 8601 spelling of the day meant, when it is certain (`01.01.2026` →
        /// `2026-01-01`).
        suggestion: Option<String>,
    },
    /// A code holding a letter of another script that looks like a Latin letter or a digit
    /// (K607).
    LookAlike {
        /// The code as written.
        written: String,
        /// The 1-based position, in characters, of the first look-alike.
        position: usize,
        /// The code in Latin letters and digits.
        suggestion: Option<String>,
    },
    /// A country that differs from the country of the document it builds on (K608).
    CountryMismatch {
        /// The country as written.
        country: String,
        /// The id of the framework or standard whose country it should be.
        other: String,
        /// That document's country.
        other_country: String,
    },
    /// An approved qualification for which no assessment tool is written (K505).
    NoAssessment {
        /// The qualification's id.
        qualification: String,
    },
    /// A validity that ended before the date of the check (K705).
    Expired {
        /// `valid_to`, as an ISO 8601 date.
        valid_to: String,
        /// The date of the check, as an ISO 8601 date.
        checked_on: String,
    },
    /// A knowledge item or skill of a qualification that no task of its assessment tools
    /// assesses (K506).
    ItemNotAssessed {
        /// The item's global id.
        item: String,
        /// `knowledge` or `skill`.
        item_kind: &'static str,
        /// The qualification's id.
        qualification: String,
        /// The ids of the qualification's assessment tools.
        tools: Vec<String>,
    },
    /// An id that differs from another only by letter case or look-alike letters (K209).
    LookAlikeIds {
        /// The id reported, in its global form (`document-id/item-id` for an item).
        id: String,
        /// The earlier id it can be mistaken for, in its global form.
        other: String,
    },
}

impl Data {
    /// True for [`Data::None`].
    pub fn is_none(&self) -> bool {
        matches!(self, Data::None)
    }
}
