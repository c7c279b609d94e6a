//! K104 `unknown-field`: a field that the kind does not have.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Unknown fields are errors, so that a misspelt field is not silently ignored.
    ///
    /// Failing:
    /// ```yaml
    /// titel: Welder
    /// ```
    /// Passing:
    /// ```yaml
    /// title: Welder
    /// ```
    pub static UNKNOWN_FIELD = Rule {
        code: "K104",
        name: "unknown-field",
        severity: Error,
        summary: "A field is not part of the document kind.",
    };
}
