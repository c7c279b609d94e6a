//! The classification rules of `kasb diff`, in their own namespace `D`: each change is decided
//! by exactly one rule, whose default class `kasb.toml` may override (`[diff.rules]`).

use kasb_model::DocumentKind;
use serde::Serialize;

/// Whether a change alters who counts as competent or what a qualification demands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Changes who counts as competent or what a qualification demands.
    Substantive,
    /// Leaves the meaning as it was: spelling, punctuation, a translation, a note.
    Editorial,
}

impl Class {
    /// `substantive` or `editorial`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Substantive => "substantive",
            Class::Editorial => "editorial",
        }
    }

    /// Reads `substantive` or `editorial`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "substantive" => Some(Class::Substantive),
            "editorial" => Some(Class::Editorial),
            _ => None,
        }
    }
}

/// One classification rule: its code, name, default class and explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// `D101` …
    pub code: &'static str,
    /// A kebab-case name.
    pub name: &'static str,
    /// The class of the changes it decides unless `kasb.toml` says otherwise.
    pub class: Class,
    /// What it decides, why, and examples.
    pub explanation: &'static str,
}

macro_rules! rules {
    ($($(#[doc = $doc:literal])* $ident:ident = $code:literal, $name:literal, $class:ident;)*) => {
        $(
            $(#[doc = $doc])*
            pub const $ident: Rule = Rule {
                code: $code,
                name: $name,
                class: Class::$class,
                explanation: concat!($($doc, "\n"),*),
            };
        )*
        /// Every rule, ordered by code.
        pub const ALL: &[Rule] = &[$($ident),*];
    };
}

rules! {
    /// A document is in HEAD and not in BASE. Substantive: a new standard, qualification or
    /// tool is something new that people are judged against.
    DOCUMENT_ADDED = "D101", "document-added", Substantive;
    /// A document is in BASE and not in HEAD. Substantive: whatever it demanded is gone.
    DOCUMENT_REMOVED = "D102", "document-removed", Substantive;
    /// An item (unit, element, criterion, knowledge, skill, task, marking criterion, level,
    /// elective group, module, entry) is new. Substantive: a new criterion is something more
    /// a candidate must show. Its own items are counted in the change, not listed again.
    ITEM_ADDED = "D103", "item-added", Substantive;
    /// An item is gone (with everything inside it). Substantive: a criterion removed is
    /// something a candidate no longer has to show.
    ITEM_REMOVED = "D104", "item-removed", Substantive;
    /// An item's id changed while its content stayed the same or nearly (same kind, same
    /// parent, similarity at or above `[diff] rename-threshold`, 0.8 by default: the share of
    /// its words and of the ids of its own items that both sides have). Editorial: an id is a
    /// name, not a demand; any change of content is reported beside it under its own rule.
    /// Example: `WLD-01.3` renumbered `WLD-01.2` after a criterion above it was removed.
    ITEM_RENAMED = "D105", "item-renamed", Editorial;
    /// An item kept its id but belongs to another parent (a criterion moved to another unit).
    /// Substantive: what each unit demands changed.
    ITEM_MOVED = "D106", "item-moved", Substantive;
    /// A title, statement, description or descriptor was reworded with other words: words
    /// added or removed that are not spelling corrections of each other. Substantive.
    /// Example: "Welds are sound." → "Welds are not sound." (the word `not` added).
    WORDING_CHANGED = "D107", "wording-changed", Substantive;
    /// A title, statement, description or descriptor changed only in form: the same words
    /// after lower-casing and stemming (punctuation, letter case, word endings, order), or
    /// each changed word a spelling correction of another (edit distance at most
    /// `[diff] typo-distance`, 2 by default, and at most a third of the word). Editorial.
    /// Example: "Recieve the weld" → "Receive the welds."
    WORDING_TOUCHED_UP = "D108", "wording-touched-up", Editorial;
    /// A text gained a language. Editorial: a translation says the same thing.
    TRANSLATION_ADDED = "D109", "translation-added", Editorial;
    /// A text lost a language. Editorial: the text in the other languages stands.
    TRANSLATION_REMOVED = "D110", "translation-removed", Editorial;
    /// A level (`level`, `framework`, a level's `referenced_level`) changed. Substantive: the
    /// level is what the qualification is recognised as; the change says the EQF level on
    /// each side, through each framework's referencing.
    LEVEL_CHANGED = "D111", "level-changed", Substantive;
    /// What a qualification or programme is built from changed: `core`, an elective group's
    /// `units` or `choose`, `prerequisites`, `derived_from`, a module's `units` or `hours`,
    /// `volume_hours`. Substantive: a core unit added or removed changes what it demands.
    PACKAGING_CHANGED = "D112", "packaging-changed", Substantive;
    /// Entry requirements changed: a qualification's `entry_requirements`, a function's
    /// `education`, `experience` or `special_conditions`. Substantive: who may enter changed.
    ENTRY_CHANGED = "D113", "entry-requirements-changed", Substantive;
    /// An assessment changed: what a task `assesses` (a criterion gained or lost coverage),
    /// a weight, a score, a marking type, a rubric, a pass mark, a method or a duration.
    /// Substantive: how competence is judged changed.
    ASSESSMENT_CHANGED = "D114", "assessment-changed", Substantive;
    /// A crosswalk's alignments, source or target changed, or what a document or unit refers
    /// to (`standards`, `qualification`, `function`). Substantive: a stated equivalence or
    /// dependency changed.
    ALIGNMENT_CHANGED = "D115", "alignment-changed", Substantive;
    /// A link to a classification changed: `isco`, `esco`, `esco_skills`, `national_codes`,
    /// `activity_code`. Editorial: it files the document, it does not change what it demands.
    CLASSIFICATION_LINK_CHANGED = "D116", "classification-link-changed", Editorial;
    /// The document's life cycle changed: `status`, `version`, `replaced_by`, approval and
    /// validity dates. Editorial: it says which version is in force, not what it demands.
    LIFECYCLE_CHANGED = "D117", "lifecycle-changed", Editorial;
    /// Any other field changed (a purpose, a note, a provider, conditions, instructions, job
    /// titles). Editorial.
    OTHER_CHANGED = "D118", "other-changed", Editorial;
    /// A document's id changed while its content stayed the same or nearly: a document in
    /// BASE only and one of the same kind in HEAD only whose words (and the ids of their items)
    /// are alike at or above `[diff] rename-threshold` (0.8 by default). Reported as one
    /// rename with its score, never as a removal and an addition; the changes of its content
    /// are reported beside it under their own rules. Editorial: an id is a name, not a demand
    /// (the documents that refer to it change too, and are reported under their rules).
    /// Example: `kg-welder-q3-assessment` renamed `kg-welder-q3-assessment-2026`.
    DOCUMENT_RENAMED = "D119", "document-renamed", Editorial;
    /// A document changed substantively but neither its `version` changed nor does it name a
    /// `replaced_by`: readers of the old version cannot tell it changed. Reported once per
    /// document, as a notice beside its changes.
    UNVERSIONED = "D190", "unversioned-substantive-change", Substantive;
}

/// The rule with this code (`D107`) or name (`wording-changed`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    ALL.iter()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

/// The rule that decides a change of `field` (a field name, its last key that is not a
/// language tag) in a document of `kind`, other than a text or an item's presence.
pub(crate) fn for_field(kind: DocumentKind, field: &str) -> &'static Rule {
    match field {
        // A crosswalk's ends are ids; a classification's `source` is where it comes from.
        "source" | "target" if kind != DocumentKind::Crosswalk => &OTHER_CHANGED,
        "level" | "framework" | "referenced_level" => &LEVEL_CHANGED,
        "core" | "units" | "choose" | "prerequisites" | "derived_from" | "hours"
        | "volume_hours" => &PACKAGING_CHANGED,
        "entry_requirements" | "education" | "experience" | "special_conditions" => &ENTRY_CHANGED,
        "assesses" | "weight" | "total_weight" | "max_score" | "marking_type" | "rubric"
        | "pass_mark" | "method" | "duration_minutes" => &ASSESSMENT_CHANGED,
        "alignments" | "source" | "target" | "relation" | "standards" | "qualification"
        | "function" => &ALIGNMENT_CHANGED,
        "isco" | "esco" | "esco_skills" | "national_codes" | "activity_code" => {
            &CLASSIFICATION_LINK_CHANGED
        }
        "status"
        | "version"
        | "replaced_by"
        | "approval"
        | "approved_on"
        | "valid_from"
        | "valid_to"
        | "registration_number"
        | "order_number"
        | "approved_by"
        | "developed_by" => &LIFECYCLE_CHANGED,
        _ => &OTHER_CHANGED,
    }
}

/// Whether a text field carries meaning, so that its rewording is judged by the text
/// classifier (D107/D108) rather than filed as another field (D118).
pub(crate) fn is_meaningful_text(field: &str) -> bool {
    matches!(
        field,
        "title"
            | "statement"
            | "description"
            | "knowledge"
            | "skills"
            | "responsibility_autonomy"
            | "descriptor"
            | "instructions"
            | "conditions"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_ordered_and_explained() {
        for pair in ALL.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
        for rule in ALL {
            assert!(rule.code.starts_with('D') && rule.code.len() == 4);
            assert!(rule.explanation.len() > 40, "{} is explained", rule.code);
            assert_eq!(find(rule.code), Some(rule));
            assert_eq!(find(rule.name), Some(rule));
        }
    }

    #[test]
    fn fields_fall_to_their_rule() {
        let field = |field| for_field(DocumentKind::Qualification, field).code;
        assert_eq!(field("core"), "D112");
        assert_eq!(field("assesses"), "D114");
        assert_eq!(field("isco"), "D116");
        assert_eq!(field("purpose"), "D118");
        assert_eq!(for_field(DocumentKind::Crosswalk, "source").code, "D115");
        assert_eq!(
            for_field(DocumentKind::Classification, "source").code,
            "D118"
        );
    }
}
