//! K403 `core-elective-overlap`: core and elective overlap.

use std::collections::HashSet;

use kasb_diagnostics::{Data, Message, declare_rule};

use crate::context::Context;
use crate::included::Included;

declare_rule! {
    /// A core unit is always achieved; offering it as an elective lets a candidate count it twice.
    ///
    /// Failing:
    /// ```yaml
    /// core: [s/U1]
    /// electives:
    ///   - {id: E1, choose: 1, units: [s/U1, s/U2]}
    /// ```
    /// Passing: remove it from the elective group.
    pub static CORE_ELECTIVE_OVERLAP = Rule {
        code: "K403",
        name: "core-elective-overlap",
        severity: Error,
        summary: "A unit is both core and elective in one qualification.",
    };
}

/// Reports each unit of the elective group `group` (its `units`) that is also a `core` unit.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    group: &str,
    units: &[Included<'_>],
    core: &HashSet<&str>,
) {
    for Included { path, unit } in units {
        if core.contains(unit) {
            context
                .say(
                    &CORE_ELECTIVE_OVERLAP,
                    index,
                    path,
                    Message::new("k403-message")
                        .with("unit", *unit)
                        .with("group", group),
                    Message::new("k403-help"),
                )
                .data = Data::Unit {
                unit: (*unit).to_owned(),
            };
        }
    }
}
