//! K503 `weights-do-not-sum`: weights that do not add up.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// When a tool sets `total_weight` (WorldSkills: 100), the weights of its marking criteria must add up to it, or scores cannot be compared.
    ///
    /// Failing: `total_weight: 100` with weights 40 and 50.
    /// Passing: weights 40 and 60.
    pub static WEIGHTS_DO_NOT_SUM = Rule {
        code: "K503",
        name: "weights-do-not-sum",
        severity: Error,
        summary: "Marking weights do not add up to the tool's `total_weight`.",
    };
}
