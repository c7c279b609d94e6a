//! K303 `level-above-parent`: a child above its parent.

use crate::context::Context;
use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{EdgeKind, FieldPath, OccupationalStandard, References};

declare_rule! {
    /// In the Russian shape a labour function belongs to a generalised labour function that has a qualification level; a labour function above it contradicts the standard's own structure.
    ///
    /// Failing:
    /// ```yaml
    /// functions:
    ///   - {id: B, level: 4, title: ...}
    /// units:
    ///   - id: B/04.5
    ///     function: B
    ///     level: 5
    /// ```
    /// Passing: `level: 4` for the unit, or level 5 for the function.
    pub static LEVEL_ABOVE_PARENT = Rule {
        code: "K303",
        name: "level-above-parent",
        severity: Warning,
        summary: "A unit's level is above the level of the generalised function it belongs to.",
    };
}

/// Reports each unit of `standard` above the level of the generalised function it belongs to.
pub(crate) fn check(context: &mut Context<'_>, index: usize, standard: &OccupationalStandard) {
    // The first function with each id, as a search from the start would find it.
    let mut by_id = std::collections::HashMap::new();
    for function in &standard.functions {
        by_id.entry(function.id.as_str()).or_insert(function);
    }
    let leveled = standard.units.iter().filter(|unit| unit.level.is_some());
    for (unit, path) in leveled.zip(unit_level_paths(standard)) {
        let (Some(level), Some(function_id)) = (unit.level, unit.function.as_deref()) else {
            continue;
        };
        let Some(function) = by_id.get(function_id) else {
            continue;
        };
        if level > function.level {
            context
                .say(
                    &LEVEL_ABOVE_PARENT,
                    index,
                    &path,
                    Message::new("k303-message")
                        .with("unit", &unit.id)
                        .with("level", u32::from(level))
                        .with("function", &function.id)
                        .with("limit", u32::from(function.level)),
                    Message::new("k303-help")
                        .with("unit", &unit.id)
                        .with("limit", u32::from(function.level))
                        .with("function", &function.id),
                )
                .data = Data::LevelAbove {
                level: level.into(),
                limit: function.level.into(),
                scale: standard.framework.clone(),
            };
        }
    }
}

/// Where the level of each unit of `standard` that has one is written, in document order, from
/// the standard's reference declarations.
fn unit_level_paths(standard: &OccupationalStandard) -> impl Iterator<Item = FieldPath> {
    let mut paths = Vec::new();
    standard.references(&mut |reference| {
        if reference.edge == Some(EdgeKind::AtLevel) {
            paths.push(reference.path);
        }
    });
    // The declarations give every function's level first, then each unit's that has one.
    paths.into_iter().skip(standard.functions.len())
}
