//! K402 `unit-listed-twice`: a unit listed twice.

use crate::context::Context;
use crate::included::Included;
use kasb_diagnostics::{Data, Message, declare_rule};
use std::collections::HashSet;

declare_rule! {
    /// A unit listed twice in `core` or in one elective group is a copy-paste slip and inflates counts.
    ///
    /// Failing:
    /// ```yaml
    /// core: [s/U1, s/U1]
    /// ```
    /// Passing:
    /// ```yaml
    /// core: [s/U1, s/U2]
    /// ```
    pub static UNIT_LISTED_TWICE = Rule {
        code: "K402",
        name: "unit-listed-twice",
        severity: Error,
        summary: "A qualification lists the same unit twice in one list.",
    };
}

/// Reports each unit of `units` (one list: `core` or a group's) listed a second time.
pub(crate) fn check(context: &mut Context<'_>, index: usize, units: &[Included<'_>]) {
    let mut seen = HashSet::new();
    for Included { path, unit } in units {
        if !seen.insert(*unit) {
            context
                .say(
                    &UNIT_LISTED_TWICE,
                    index,
                    path,
                    Message::new("k402-message").with("unit", *unit),
                    Message::new("k402-help"),
                )
                .data = Data::Unit {
                unit: (*unit).to_owned(),
            };
        }
    }
}
