//! K103 `missing-field`: a required field is missing.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Some fields must always be given, such as a document's `id` and `title`, or a unit's `id`.
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - title: Prepare the workplace
    /// ```
    /// Passing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///     title: Prepare the workplace
    /// ```
    pub static MISSING_FIELD = Rule {
        code: "K103",
        name: "missing-field",
        severity: Error,
        summary: "A required field is missing.",
    };
}
