//! K110 `unknown-suppressed-rule`: a suppression comment naming no rule.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// A suppression that names no rule suppresses nothing, so a typo would leave the problem reported and the reader believing it silenced. Name rules by code or kebab-case name.
    ///
    /// Failing:
    /// ```yaml
    /// core: [s/U9] # kasb: ignore[K2020]
    /// ```
    /// Passing:
    /// ```yaml
    /// core: [s/U9] # kasb: ignore[K202]
    /// ```
    pub static UNKNOWN_SUPPRESSED_RULE = Rule {
        code: "K110",
        name: "unknown-suppressed-rule",
        severity: Error,
        summary: "A `# kasb: ignore[...]` comment names a rule that does not exist.",
    };
}
