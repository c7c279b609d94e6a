//! K201 `duplicate-id`: the same id given to two things.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Ids are how everything is referenced: a document id must be unique across the repository, an item id (unit, element, criterion, task...) unique within its document.
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///   - id: WLD-01
    /// ```
    /// Passing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///   - id: WLD-02
    /// ```
    pub static DUPLICATE_ID = Rule {
        code: "K201",
        name: "duplicate-id",
        severity: Error,
        summary: "Two documents share an id, or two items of one document do.",
    };
}
