//! K401 `unsatisfiable-electives`: an elective group that cannot be satisfied.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{ElectiveGroup, ItemPath};

use crate::context::Context;

declare_rule! {
    /// `choose: 3` from a list of two units can never be satisfied.
    ///
    /// Failing:
    /// ```yaml
    /// electives:
    ///   - {id: E1, choose: 3, units: [s/U1, s/U2]}
    /// ```
    /// Passing:
    /// ```yaml
    ///   - {id: E1, choose: 1, units: [s/U1, s/U2]}
    /// ```
    pub static UNSATISFIABLE_ELECTIVES = Rule {
        code: "K401",
        name: "unsatisfiable-electives",
        severity: Error,
        summary: "An elective group asks to choose more units than it lists.",
    };
}

/// Reports the elective `group` at `path` when it asks for more units than it lists.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    path: &ItemPath,
    group: &ElectiveGroup,
) {
    if group.choose as usize > group.units.len() {
        let available = u32::try_from(group.units.len()).unwrap_or(u32::MAX);
        context
            .say(
                &UNSATISFIABLE_ELECTIVES,
                index,
                &path.key("choose"),
                Message::new("k401-message")
                    .with("group", &group.id)
                    .with("choose", group.choose)
                    .with("available", available),
                Message::new("k401-help").with("available", available),
            )
            .data = Data::Choose {
            choose: group.choose,
            available,
        };
    }
}
