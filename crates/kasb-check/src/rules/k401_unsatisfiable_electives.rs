//! K401 `unsatisfiable-electives`: an elective group that cannot be satisfied.

use kasb_diagnostics::declare_rule;

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
