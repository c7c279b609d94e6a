//! K701 `empty-statement`: an empty statement.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// An empty statement says nothing to a candidate or an assessor.
    ///
    /// Failing:
    /// ```yaml
    /// statement: ""
    /// ```
    /// Passing:
    /// ```yaml
    /// statement: The weld is free of cracks.
    /// ```
    pub static EMPTY_STATEMENT = Rule {
        code: "K701",
        name: "empty-statement",
        severity: Error,
        summary: "A title or statement is empty.",
    };
}
