//! K109 `multiple-documents`: more than one YAML document in a file.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Each file holds exactly one document, so that its path identifies it.
    ///
    /// Failing:
    /// ```yaml
    /// kind: Qualification
    /// ...
    /// ---
    /// kind: Qualification
    /// ```
    /// Passing: one file per document.
    pub static MULTIPLE_DOCUMENTS = Rule {
        code: "K109",
        name: "multiple-documents",
        severity: Error,
        summary: "A file holds more than one YAML document, or none.",
    };
}
