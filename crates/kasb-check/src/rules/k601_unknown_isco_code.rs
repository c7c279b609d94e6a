//! K601 `unknown-isco-code`: an ISCO code that does not exist.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// `isco` takes an ISCO-08 unit group: four digits that exist in the classification.
    ///
    /// Failing:
    /// ```yaml
    /// isco: "7219"
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "7212"
    /// ```
    pub static UNKNOWN_ISCO_CODE = Rule {
        code: "K601",
        name: "unknown-isco-code",
        severity: Error,
        summary: "An ISCO-08 code does not exist.",
    };
}
