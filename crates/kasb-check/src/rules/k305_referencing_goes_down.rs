//! K305 `referencing-goes-down`: referencing that goes down.

use kasb_diagnostics::{Data, Message, declare_rule};
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
        let report = context.say(
            &REFERENCING_GOES_DOWN,
            index,
            path,
            Message::new("k305-message")
                .with("level", u32::from(level))
                .with("target", target)
                .with("referenced", u32::from(referenced))
                .with("below", u32::from(below))
                .with("below_referenced", u32::from(below_referenced)),
            Message::new("k305-help")
                .with("level", u32::from(level))
                .with("target", target)
                .with("below_referenced", u32::from(below_referenced)),
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
