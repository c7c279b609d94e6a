//! K702 `duplicate-statement`: the same statement twice in one unit.

use crate::codes::label_key;
use crate::context::Context;
use kasb_diagnostics::{Data, declare_rule};
use kasb_model::{Item, Items, NodeKind, OccupationalStandard};
use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

declare_rule! {
    /// Repeated statements (ignoring case and spacing) are usually copy-paste slips.
    ///
    /// Failing: two criteria of `U1` both `The joint is cleaned.`
    /// Passing: make them distinct, or remove one.
    pub static DUPLICATE_STATEMENT = Rule {
        code: "K702",
        name: "duplicate-statement",
        severity: Warning,
        summary: "Two criteria, knowledge items or skills of one unit say the same thing.",
    };
}

/// Lowercase, with runs of white space folded, for comparing statements.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A digest of [`normalise`]`(text)`, computed without building it: every statement is
/// compared, and most are distinct, so only a digest seen twice is normalised to be sure.
fn fingerprint(text: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = foldhash::fast::FixedState::with_seed(0).build_hasher();
    for (index, word) in text.split_whitespace().enumerate() {
        if index > 0 {
            hasher.write_u32(u32::from(' '));
        }
        for lower in word.chars().flat_map(char::to_lowercase) {
            hasher.write_u32(u32::from(lower));
        }
    }
    hasher.finish()
}

/// Reports each criterion, knowledge item or skill of a unit of `standard` whose statement
/// repeats an earlier one of the same list (ignoring case and spacing).
/// Reports each criterion, knowledge or skill statement of a unit of `standard` that repeats an
/// earlier one of the same list (criteria, knowledge or skills) in some language.
pub(crate) fn check(context: &mut Context<'_>, index: usize, standard: &OccupationalStandard) {
    for (unit, statements) in statements_by_unit(standard) {
        for kind in [NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill] {
            // By language and fingerprint, the first statement that has them.
            let mut seen: HashMap<(&str, u64), &str> = HashMap::new();
            for item in statements.iter().filter(|item| item.kind == kind) {
                let duplicate = item
                    .label
                    .entries(&standard.language)
                    .filter(|(_, text)| !text.trim().is_empty())
                    .find(
                        |&(language, text)| match seen.entry((language, fingerprint(text))) {
                            Entry::Vacant(vacant) => {
                                vacant.insert(text);
                                false
                            }
                            Entry::Occupied(first) => normalise(first.get()) == normalise(text),
                        },
                    );
                if let Some((language, _)) = duplicate {
                    let id = &item.id;
                    let report = context.report(
                        &DUPLICATE_STATEMENT,
                        index,
                        &item.path.key(label_key(kind)),
                        format!(
                            "`{id}` repeats an earlier statement of unit `{unit}` ({language})"
                        ),
                        "make the statements distinct, or remove the repeated one",
                    );
                    report.data = Data::DuplicateStatement {
                        id: id.to_string(),
                        unit: unit.to_string(),
                        language: language.to_owned(),
                    };
                }
            }
        }
    }
}

/// The criteria, knowledge and skills of each unit of `standard` (an element's criteria
/// included), from its item declarations, in document order, with the unit's id.
fn statements_by_unit(standard: &OccupationalStandard) -> Vec<(Cow<'_, str>, Vec<Item<'_>>)> {
    let mut units: Vec<(Cow<'_, str>, Vec<Item<'_>>)> = Vec::new();
    // For each item so far, the unit it belongs to (its place in `units`).
    let mut unit_of: Vec<Option<usize>> = Vec::new();
    standard.items(&mut |item| {
        let unit = match item.kind {
            NodeKind::Unit => {
                units.push((item.id.clone(), Vec::new()));
                Some(units.len() - 1)
            }
            _ => item.parent.and_then(|parent| unit_of[parent]),
        };
        unit_of.push(unit);
        let statement = matches!(
            item.kind,
            NodeKind::Criterion | NodeKind::Knowledge | NodeKind::Skill
        );
        if let (true, Some(unit)) = (statement, unit) {
            units[unit].1.push(item);
        }
    });
    units
}

#[cfg(test)]
mod tests {
    use super::{fingerprint, normalise};

    #[test]
    fn the_fingerprint_is_that_of_the_normal_form() {
        let same = [
            "The joint is cleaned.",
            "  the  JOINT is\tcleaned. ",
            "the joint\nis cleaned.",
        ];
        for text in same {
            assert_eq!(normalise(text), "the joint is cleaned.");
            assert_eq!(fingerprint(text), fingerprint(same[0]), "{text:?}");
        }
        assert_ne!(fingerprint("thejoint is cleaned."), fingerprint(same[0]));
        assert_ne!(fingerprint("Шов зачищен."), fingerprint("шов зачищен"));
        assert_eq!(fingerprint("ШОВ  зачищен."), fingerprint("шов зачищен."));
    }
}
