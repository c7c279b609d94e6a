//! K302 `unit-above-qualification`: a unit above its qualification.

use crate::context::Context;
use crate::included::{Included, included_units};
use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_graph::{Node, StandardsGraph};
use kasb_model::Qualification;
use std::collections::HashMap;

declare_rule! {
    /// A qualification at level 3 that requires a level-5 unit asks more of its holders than its level says.
    ///
    /// Failing: a level-3 qualification with `core: [std/U5]` where `U5` has `level: 5`.
    /// Passing: raise the qualification's level, or choose units at or below it.
    pub static UNIT_ABOVE_QUALIFICATION = Rule {
        code: "K302",
        name: "unit-above-qualification",
        severity: Warning,
        summary: "A qualification includes a unit above the qualification's own level.",
    };
}

/// (the unit's level, the qualification's, "" or "EQF "): on the qualification's framework when
/// both are on it, else through the EQF.
fn compare_levels(
    graph: &StandardsGraph,
    unit: &Node,
    own_level: Option<&Node>,
    qualification_eqf: u8,
) -> (Option<u8>, Option<u8>, &'static str) {
    match graph.level_of(&unit.id).ok().flatten().zip(own_level) {
        Some((unit_level, qualification_level))
            if unit_level.id.split('/').next() == qualification_level.id.split('/').next() =>
        {
            (unit_level.level, qualification_level.level, "")
        }
        _ => (
            graph.eqf_level(&unit.id).ok().flatten(),
            Some(qualification_eqf),
            "EQF ",
        ),
    }
}

/// Reports each unit `qualification` lists above the qualification's own level.
pub(crate) fn check(context: &mut Context<'_>, index: usize, qualification: &Qualification) {
    let Ok(Some(qualification_eqf)) = context.graph.eqf_level(&qualification.id) else {
        return;
    };
    let listed = included_units(qualification);
    // Looked up once: the qualification has an edge per listed unit, so a lookup per unit
    // would be quadratic; and a unit listed many times is looked up once.
    let own_level = context.graph.level_of(&qualification.id).ok().flatten();
    let mut compared = HashMap::new();
    for Included { path, unit } in listed {
        let Some(node) = context.graph.node(unit) else {
            continue;
        };
        let (unit_level, qualification_level, scale) = *compared
            .entry(unit)
            .or_insert_with(|| compare_levels(context.graph, node, own_level, qualification_eqf));
        if let (Some(unit_level), Some(qualification_level)) = (unit_level, qualification_level)
            && unit_level > qualification_level
        {
            let scale_id = match scale {
                "" => own_level.map_or("", |level| level.id.split('/').next().unwrap_or("")),
                _ => "eqf",
            };
            context
                .say(
                    &UNIT_ABOVE_QUALIFICATION,
                    index,
                    &path,
                    Message::new("k302-message")
                        .with("unit", unit)
                        .with("scale", if scale.is_empty() { "own" } else { "eqf" })
                        .with("level", u32::from(unit_level))
                        .with("limit", u32::from(qualification_level)),
                    Message::new("k302-help"),
                )
                .data = Data::LevelAbove {
                level: unit_level.into(),
                limit: qualification_level.into(),
                scale: scale_id.to_owned(),
            };
        }
    }
}
