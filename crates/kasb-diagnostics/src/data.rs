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
    /// An id given twice (K201) or outside the id grammar (K111).
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
}

impl Data {
    /// True for [`Data::None`].
    pub fn is_none(&self) -> bool {
        matches!(self, Data::None)
    }
}
