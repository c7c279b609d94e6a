//! K202 `unresolved-reference`: a reference to nothing.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// References name a document by id (`kg-nqf`), an item of the same document by id (`WLD-01`) or an item of another document as `document-id/item-id` (`kg-welder/WLD-01.1.1`). Every reference must resolve, or the graph has a hole.
    ///
    /// Failing:
    /// ```yaml
    /// core: [kg-welder/WLD-1]
    /// ```
    /// Passing:
    /// ```yaml
    /// core: [kg-welder/WLD-01]
    /// ```
    pub static UNRESOLVED_REFERENCE = Rule {
        code: "K202",
        name: "unresolved-reference",
        severity: Error,
        summary: "A reference names no document or item.",
    };
}
