//! K305 `referencing-goes-down`: referencing that goes down.

use kasb_diagnostics::{Data, declare_rule};
use kasb_model::FieldPath;

use crate::context::Context;
use crate::levels::Step;

declare_rule! {
    /// Referencing may map several levels to one (RU 8 and 9 to EQF 8) but never downwards: level 5 cannot sit below level 4's EQF level.
    ///
    /// Failing:
    /// ```yaml
    ///   - {level: 4, referenced_level: 4}
    ///   - {level: 5, referenced_level: 3}
    /// ```
    /// Passing:
    /// ```yaml
    ///   - {level: 5, referenced_level: 5}
    /// ```
    pub static REFERENCING_GOES_DOWN = Rule {
        code: "K305",
        name: "referencing-goes-down",
        severity: Error,
        summary: "A higher level is referenced to a lower level than the level below it.",
    };
}

/// Reports a level (its `referenced_level` at `path`) referenced to a lower level of `target` than the level below it.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    path: &FieldPath,
    target: &str,
    step: Step,
) {
    let Step {
        level,
        referenced,
        below: (below, below_referenced),
    } = step;
    if referenced < below_referenced {
        let report = context.report(
            &REFERENCING_GOES_DOWN,
            index,
            path,
            format!(
                "level {level} is referenced to {target} level {referenced}, below level {below}'s {below_referenced}"
            ),
            format!("reference level {level} to {target} level {below_referenced} or higher"),
        );
        report.data = Data::ReferencingDown {
            level: level.into(),
            referenced: referenced.into(),
            below: below.into(),
            below_referenced: below_referenced.into(),
            target: target.to_owned(),
        };
    }
}
