//! K105 `unquoted-scalar`: a plain scalar that YAML would read as a number, boolean or null where text is required.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// YAML reads `0110` as the number 110, `1.10` as 1.1, and (in YAML 1.1 tools) `NO` as false. Codes, versions and country codes are text: quote them, so every tool reads the same value.
    ///
    /// Failing:
    /// ```yaml
    /// isco: 0110
    /// country: NO
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "0110"
    /// country: "NO"
    /// ```
    pub static UNQUOTED_SCALAR = Rule {
        code: "K105",
        name: "unquoted-scalar",
        severity: Error,
        summary: "An unquoted value that YAML reads as a number, boolean or null stands where text is required.",
    };
}
