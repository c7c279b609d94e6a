//! Qualification packaging: elective groups that cannot be satisfied (K401), units listed
//! twice (K402), units both core and elective (K403).

use std::collections::HashSet;

use crate::rules;
use kasb_model::{Document, FieldPath};

use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let Document::Qualification(qualification) = document else {
            continue;
        };
        let root = FieldPath::root();
        duplicates(context, index, &root.key("core"), &qualification.core);
        let core: HashSet<&str> = qualification.core.iter().map(String::as_str).collect();
        for (i, group) in qualification.electives.iter().enumerate() {
            let path = root.key("electives").index(i);
            if group.choose as usize > group.units.len() {
                context.report(
                    &rules::UNSATISFIABLE_ELECTIVES,
                    index,
                    &path.key("choose"),
                    format!(
                        "elective group `{}` asks to choose {} of {} units",
                        group.id,
                        group.choose,
                        group.units.len()
                    ),
                    format!(
                        "choose at most {}, or add units to the group",
                        group.units.len()
                    ),
                );
            }
            duplicates(context, index, &path.key("units"), &group.units);
            for (j, unit) in group.units.iter().enumerate() {
                if core.contains(unit.as_str()) {
                    context.report(
                        &rules::CORE_ELECTIVE_OVERLAP,
                        index,
                        &path.key("units").index(j),
                        format!(
                            "`{unit}` is a core unit and also an elective of group `{}`",
                            group.id
                        ),
                        "remove it from the elective group: core units are always achieved",
                    );
                }
            }
        }
    }
}

fn duplicates(context: &mut Context<'_>, index: usize, path: &FieldPath, units: &[String]) {
    let mut seen = HashSet::new();
    for (i, unit) in units.iter().enumerate() {
        if !seen.insert(unit.as_str()) {
            context.report(
                &rules::UNIT_LISTED_TWICE,
                index,
                &path.index(i),
                format!("`{unit}` is listed twice"),
                "remove the second entry",
            );
        }
    }
}
