//! K303 `level-above-parent`: a child above its parent.

use crate::context::Context;
use kasb_diagnostics::{Data, declare_rule};
use kasb_model::{FieldPath, OccupationalStandard};

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
    for (i, unit) in standard.units.iter().enumerate() {
        let (Some(level), Some(function_id)) = (unit.level, unit.function.as_deref()) else {
            continue;
        };
        let Some(function) = by_id.get(function_id) else {
            continue;
        };
        if level > function.level {
            context
                .report(
                &LEVEL_ABOVE_PARENT,
                index,
                &FieldPath::root().key("units").index(i).key("level"),
                format!(
                    "work function `{}` is at level {level}, above its generalised function `{}` at level {}",
                    unit.id, function.id, function.level
                ),
                format!("lower `{}` to level {} or raise `{}`", unit.id, function.level, function.id),
            )
                .data = Data::LevelAbove {
                level: level.into(),
                limit: function.level.into(),
                scale: standard.framework.clone(),
            };
        }
    }
}
