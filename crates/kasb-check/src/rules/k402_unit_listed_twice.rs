//! K402 `unit-listed-twice`: a unit listed twice.

use kasb_diagnostics::declare_rule;

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
