//! K703 `validity-reversed`: valid-from after valid-to.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// `valid_from` must not be after `valid_to`.
    ///
    /// Failing:
    /// ```yaml
    /// approval: {valid_from: "2025-01-01", valid_to: "2020-01-01"}
    /// ```
    /// Passing:
    /// ```yaml
    /// approval: {valid_from: "2020-01-01", valid_to: "2025-01-01"}
    /// ```
    pub static VALIDITY_REVERSED = Rule {
        code: "K703",
        name: "validity-reversed",
        severity: Error,
        summary: "A document's validity ends before it starts.",
    };
}
