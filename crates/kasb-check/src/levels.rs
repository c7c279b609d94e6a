//! Levels: a unit above its qualification (K302), above its generalised function (K303), and
//! framework referencing that is incomplete (K304) or goes down (K305). Levels outside their
//! framework (K301) are found while the graph is built.

use std::collections::HashMap;

use crate::rules;
use kasb_graph::{Node, StandardsGraph};
use kasb_model::{Document, FieldPath};

use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    for (index, document) in context.documents().collect::<Vec<_>>() {
        match document {
            Document::LevelFramework(framework) if framework.referencing.is_some() => {
                referencing(context, index, framework);
            }
            Document::OccupationalStandard(standard) => functions(context, index, standard),
            Document::Qualification(qualification) => {
                qualification_units(context, index, qualification)
            }
            _ => {}
        }
    }
}

fn referencing(context: &mut Context<'_>, index: usize, framework: &kasb_model::LevelFramework) {
    let target = framework
        .referencing
        .as_ref()
        .map_or("", |r| r.framework.as_str());
    let mut levels: Vec<(usize, &kasb_model::Level)> =
        framework.levels.iter().enumerate().collect();
    levels.sort_by_key(|(_, level)| level.level);
    let mut highest: Option<(u8, u8)> = None;
    for (i, level) in levels {
        let path = FieldPath::root().key("levels").index(i);
        let Some(referenced) = level.referenced_level else {
            context.report(
                &rules::INCOMPLETE_REFERENCING,
                index,
                &path.key("level"),
                format!(
                    "level {} of `{}` is not referenced to `{target}`",
                    level.level, framework.id
                ),
                format!("add `referenced_level:` with the best-fit level of `{target}`"),
            );
            continue;
        };
        if let Some((below, below_referenced)) = highest
            && referenced < below_referenced
        {
            context.report(
                &rules::REFERENCING_GOES_DOWN,
                index,
                &path.key("referenced_level"),
                format!(
                    "level {} is referenced to {target} level {referenced}, below level {below}'s {below_referenced}",
                    level.level
                ),
                format!("reference level {} to {target} level {below_referenced} or higher", level.level),
            );
        }
        if highest.is_none_or(|(_, previous)| referenced >= previous) {
            highest = Some((level.level, referenced));
        }
    }
}

fn functions(context: &mut Context<'_>, index: usize, standard: &kasb_model::OccupationalStandard) {
    // The first function with each id, as a search from the start would find it.
    let mut by_id = std::collections::HashMap::new();
    for function in &standard.functions {
        by_id.entry(function.id.as_str()).or_insert(function);
    }
    for (i, unit) in standard.units.iter().enumerate() {
        let (Some(level), Some(function_id)) = (unit.level, unit.function.as_deref()) else {
            continue;
        };
        let Some(function) = by_id.get(function_id) else {
            continue;
        };
        if level > function.level {
            context.report(
                &rules::LEVEL_ABOVE_PARENT,
                index,
                &FieldPath::root().key("units").index(i).key("level"),
                format!(
                    "work function `{}` is at level {level}, above its generalised function `{}` at level {}",
                    unit.id, function.id, function.level
                ),
                format!("lower `{}` to level {} or raise `{}`", unit.id, function.level, function.id),
            );
        }
    }
}

/// (the unit's level, the qualification's, "" or "EQF "): on the qualification's framework when
/// both are on it, else through the EQF.
fn compare_levels(
    graph: &StandardsGraph,
    unit: &Node,
    own_level: Option<&Node>,
    qualification_eqf: u8,
) -> (Option<u8>, Option<u8>, &'static str) {
    match graph.level_of(&unit.id).zip(own_level) {
        Some((unit_level, qualification_level))
            if unit_level.id.split('/').next() == qualification_level.id.split('/').next() =>
        {
            (unit_level.level, qualification_level.level, "")
        }
        _ => (graph.eqf_level(&unit.id), Some(qualification_eqf), "EQF "),
    }
}

fn qualification_units(
    context: &mut Context<'_>,
    index: usize,
    qualification: &kasb_model::Qualification,
) {
    let Some(qualification_eqf) = context.graph.eqf_level(&qualification.id) else {
        return;
    };
    let root = FieldPath::root();
    let listed = qualification
        .core
        .iter()
        .enumerate()
        .map(|(i, unit)| (root.key("core").index(i), unit))
        .chain(
            qualification
                .electives
                .iter()
                .enumerate()
                .flat_map(|(i, group)| {
                    let root = root.clone();
                    group.units.iter().enumerate().map(move |(j, unit)| {
                        (root.key("electives").index(i).key("units").index(j), unit)
                    })
                }),
        )
        .collect::<Vec<_>>();
    // Looked up once: the qualification has an edge per listed unit, so a lookup per unit
    // would be quadratic; and a unit listed many times is looked up once.
    let own_level = context.graph.level_of(&qualification.id);
    let mut compared = HashMap::new();
    for (path, unit) in listed {
        let Some(node) = context.graph.node(unit) else {
            continue;
        };
        let (unit_level, qualification_level, scale) = *compared
            .entry(unit.as_str())
            .or_insert_with(|| compare_levels(context.graph, node, own_level, qualification_eqf));
        if let (Some(unit_level), Some(qualification_level)) = (unit_level, qualification_level)
            && unit_level > qualification_level
        {
            context.report(
                &rules::UNIT_ABOVE_QUALIFICATION,
                index,
                &path,
                format!(
                    "unit `{unit}` is at {scale}level {unit_level}, above the qualification's {scale}level {qualification_level}"
                ),
                "raise the qualification's level, or choose a unit at or below it",
            );
        }
    }
}
