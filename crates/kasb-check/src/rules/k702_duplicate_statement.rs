//! K702 `duplicate-statement`: the same statement twice in one unit.

use crate::codes::label_key;
use crate::context::Context;
use kasb_diagnostics::{Data, declare_rule};
use kasb_model::{Item, Items, NodeKind, OccupationalStandard};
use std::borrow::Cow;
use std::collections::HashSet;

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

/// Reports each criterion, knowledge item or skill of a unit of `standard` whose statement
/// repeats an earlier one of the same list (ignoring case and spacing).
/// Reports each criterion, knowledge or skill statement of a unit of `standard` that repeats an
/// earlier one of the same list (criteria, knowledge or skills) in some language.
pub(crate) fn check(context: &mut Context<'_>, index: usize, standard: &OccupationalStandard) {
    for (unit, statements) in statements_by_unit(standard) {
        for kind in [NodeKind::Criterion, NodeKind::Knowledge, NodeKind::Skill] {
            let mut seen: HashSet<(String, String)> = HashSet::new();
            for item in statements.iter().filter(|item| item.kind == kind) {
                let duplicate = item
                    .label
                    .entries(&standard.language)
                    .filter(|(_, text)| !text.trim().is_empty())
                    .find(|(language, text)| {
                        !seen.insert(((*language).to_owned(), normalise(text)))
                    });
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
