//! The registry of every rule kasb has, and the rules this crate decides, one file each.
//!
//! Each rule is a file `kNNN_<name>.rs` (its documentation and its check) in the crate that
//! decides it: `kasb_load::rules` (`K1xx` the loader finds), `kasb_graph::rules` (ids,
//! references, levels in their framework) and this module (the rest). [`all`] joins them,
//! ordered by code; every rule is also reachable here by its constant name.

use std::sync::LazyLock;

use kasb_diagnostics::{Location, Message, Related, Rule};

pub use kasb_graph::rules::*;
pub use kasb_load::rules::*;

// A rule is its file: a `mod` line and an entry in the list below.
pub(crate) mod k110_unknown_suppressed_rule;
pub(crate) mod k204_prerequisite_cycle;
pub(crate) mod k205_unit_in_no_qualification;
pub(crate) mod k206_parent_cycle;
pub(crate) mod k207_referencing_cycle;
pub(crate) mod k208_replacement_cycle;
pub(crate) mod k209_look_alike_ids;
pub(crate) mod k210_reference_overridden;
pub(crate) mod k302_unit_above_qualification;
pub(crate) mod k303_level_above_parent;
pub(crate) mod k304_incomplete_referencing;
pub(crate) mod k305_referencing_goes_down;
pub(crate) mod k401_unsatisfiable_electives;
pub(crate) mod k402_unit_listed_twice;
pub(crate) mod k403_core_elective_overlap;
pub(crate) mod k501_criterion_not_assessed;
pub(crate) mod k502_task_assesses_nothing;
pub(crate) mod k503_weights_do_not_sum;
pub(crate) mod k504_marking_without_scale;
pub(crate) mod k505_qualification_without_assessment;
pub(crate) mod k506_knowledge_or_skill_not_assessed;
pub(crate) mod k601_unknown_isco_code;
pub(crate) mod k602_isco_not_unit_group;
pub(crate) mod k603_invalid_country;
pub(crate) mod k604_invalid_language_tag;
pub(crate) mod k605_missing_language;
pub(crate) mod k606_malformed_esco_uri;
pub(crate) mod k607_look_alike_in_code;
pub(crate) mod k608_country_mismatch;
pub(crate) mod k609_code_against_pattern;
pub(crate) mod k701_empty_statement;
pub(crate) mod k702_duplicate_statement;
pub(crate) mod k703_validity_reversed;
pub(crate) mod k704_superseded_without_replacement;
pub(crate) mod k705_validity_ended;

kasb_diagnostics::rule_files! {
    k110_unknown_suppressed_rule::UNKNOWN_SUPPRESSED_RULE,
    k204_prerequisite_cycle::PREREQUISITE_CYCLE,
    k205_unit_in_no_qualification::UNIT_IN_NO_QUALIFICATION,
    k206_parent_cycle::PARENT_CYCLE,
    k207_referencing_cycle::REFERENCING_CYCLE,
    k208_replacement_cycle::REPLACEMENT_CYCLE,
    k209_look_alike_ids::LOOK_ALIKE_IDS,
    k210_reference_overridden::REFERENCE_OVERRIDDEN,
    k302_unit_above_qualification::UNIT_ABOVE_QUALIFICATION,
    k303_level_above_parent::LEVEL_ABOVE_PARENT,
    k304_incomplete_referencing::INCOMPLETE_REFERENCING,
    k305_referencing_goes_down::REFERENCING_GOES_DOWN,
    k401_unsatisfiable_electives::UNSATISFIABLE_ELECTIVES,
    k402_unit_listed_twice::UNIT_LISTED_TWICE,
    k403_core_elective_overlap::CORE_ELECTIVE_OVERLAP,
    k501_criterion_not_assessed::CRITERION_NOT_ASSESSED,
    k502_task_assesses_nothing::TASK_ASSESSES_NOTHING,
    k503_weights_do_not_sum::WEIGHTS_DO_NOT_SUM,
    k504_marking_without_scale::MARKING_WITHOUT_SCALE,
    k505_qualification_without_assessment::QUALIFICATION_WITHOUT_ASSESSMENT,
    k506_knowledge_or_skill_not_assessed::KNOWLEDGE_OR_SKILL_NOT_ASSESSED,
    k601_unknown_isco_code::UNKNOWN_ISCO_CODE,
    k602_isco_not_unit_group::ISCO_NOT_UNIT_GROUP,
    k603_invalid_country::INVALID_COUNTRY,
    k604_invalid_language_tag::INVALID_LANGUAGE_TAG,
    k605_missing_language::MISSING_LANGUAGE,
    k606_malformed_esco_uri::MALFORMED_ESCO_URI,
    k607_look_alike_in_code::LOOK_ALIKE_IN_CODE,
    k608_country_mismatch::COUNTRY_MISMATCH,
    k609_code_against_pattern::CODE_AGAINST_PATTERN,
    k701_empty_statement::EMPTY_STATEMENT,
    k702_duplicate_statement::DUPLICATE_STATEMENT,
    k703_validity_reversed::VALIDITY_REVERSED,
    k704_superseded_without_replacement::SUPERSEDED_WITHOUT_REPLACEMENT,
    k705_validity_ended::VALIDITY_ENDED,
}

/// The rules that do not run unless `kasb.toml` gives them a severity in `[rules]`: checks
/// that many repositories do not want (knowledge assessed only through the criteria, K506).
/// Their declared severity is what `kasb rules` shows; `kasb.toml` must name one to turn them on.
pub static OFF_BY_DEFAULT: &[&Rule] = &[&KNOWLEDGE_OR_SKILL_NOT_ASSESSED];

/// Every rule, ordered by code.
pub fn all() -> &'static [&'static Rule] {
    static ALL: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
        let declared = [
            kasb_load::rules::DECLARED,
            kasb_graph::rules::DECLARED,
            DECLARED,
        ];
        let mut all: Vec<&'static Rule> = declared.concat();
        all.sort_by_key(|rule| rule.code);
        all
    });
    &ALL
}

/// The rule with `code` (case-insensitive) or kebab-case `name`.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    all()
        .iter()
        .copied()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

/// A related location described by `message`: its English text for the stable output, the
/// message for other languages.
pub(crate) fn related(location: Location, message: Message) -> Related {
    Related {
        location,
        message: kasb_i18n::english(&message),
        text: Some(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let all = all();
        for (i, rule) in all.iter().enumerate() {
            assert!(
                rule.code.starts_with('K') && rule.code.len() == 4,
                "{}",
                rule.code
            );
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
            );
            assert!(rule.explanation.contains("Fix") || rule.explanation.contains("Passing"));
            for other in &all[i + 1..] {
                assert_ne!(rule.code, other.code);
                assert_ne!(rule.name, other.name);
                assert!(rule.code < other.code, "registry is ordered by code");
            }
        }
        assert_eq!(find("k202").map(|r| r.name), Some("unresolved-reference"));
    }
}
