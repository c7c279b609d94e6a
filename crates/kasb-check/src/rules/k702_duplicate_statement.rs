//! K702 `duplicate-statement`: the same statement twice in one unit.

use crate::context::Context;
use kasb_diagnostics::{Data, declare_rule};
use kasb_model::{FieldPath, OccupationalStandard, Text};
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
pub(crate) fn check(context: &mut Context<'_>, index: usize, standard: &OccupationalStandard) {
    for (i, unit) in standard.units.iter().enumerate() {
        let unit_path = FieldPath::root().key("units").index(i);
        let mut criteria: Vec<(FieldPath, &str, &Text)> = Vec::new();
        for (j, element) in unit.elements.iter().enumerate() {
            for (k, criterion) in element.criteria.iter().enumerate() {
                let path = unit_path.key("elements").index(j).key("criteria").index(k);
                criteria.push((path, &criterion.id, &criterion.statement));
            }
        }
        for (k, criterion) in unit.criteria.iter().enumerate() {
            criteria.push((
                unit_path.key("criteria").index(k),
                &criterion.id,
                &criterion.statement,
            ));
        }
        let knowledge = unit
            .knowledge
            .iter()
            .enumerate()
            .map(|(k, s)| {
                (
                    unit_path.key("knowledge").index(k),
                    s.id.as_str(),
                    &s.statement,
                )
            })
            .collect();
        let skills = unit
            .skills
            .iter()
            .enumerate()
            .map(|(k, s)| {
                (
                    unit_path.key("skills").index(k),
                    s.id.as_str(),
                    &s.statement,
                )
            })
            .collect();
        for list in [criteria, knowledge, skills] {
            let mut seen: HashSet<(String, String)> = HashSet::new();
            for (path, id, statement) in list {
                let duplicate = statement
                    .entries(&standard.language)
                    .filter(|(_, text)| !text.trim().is_empty())
                    .find(|(language, text)| {
                        !seen.insert(((*language).to_owned(), normalise(text)))
                    });
                if let Some((language, _)) = duplicate {
                    let report = context.report(
                        &DUPLICATE_STATEMENT,
                        index,
                        &path.key("statement"),
                        format!(
                            "`{id}` repeats an earlier statement of unit `{}` ({language})",
                            unit.id
                        ),
                        "make the statements distinct, or remove the repeated one",
                    );
                    report.data = Data::DuplicateStatement {
                        id: id.to_owned(),
                        unit: unit.id.clone(),
                        language: language.to_owned(),
                    };
                }
            }
        }
    }
}
