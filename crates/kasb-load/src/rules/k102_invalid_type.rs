//! K102 `invalid-type`: a value has the wrong type.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Every field has a type: text, a number, a list, a mapping. A value of another type cannot be read.
    ///
    /// Failing:
    /// ```yaml
    /// level: four
    /// ```
    /// Passing:
    /// ```yaml
    /// level: 4
    /// ```
    pub static INVALID_TYPE = Rule {
        code: "K102",
        name: "invalid-type",
        severity: Error,
        summary: "A value has the wrong type for its field.",
    };
}
