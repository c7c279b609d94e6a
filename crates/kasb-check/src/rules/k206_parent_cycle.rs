//! K206 `parent-cycle`: classification entries that are their own ancestors.

use kasb_diagnostics::declare_rule;

use crate::structure::CycleReport;

declare_rule! {
    /// The `parent` of a classification entry names the broader group it belongs to; following parents must end at a top-level entry. A cycle makes an entry its own ancestor, so it belongs to no hierarchy. The error is given once per cycle, at its first entry, and names the members in order, each the child of the next.
    ///
    /// Failing:
    /// ```yaml
    /// entries:
    ///   - {code: "1111", title: A, parent: "2222"}
    ///   - {code: "2222", title: B, parent: "1111"}
    /// ```
    /// Passing:
    /// ```yaml
    /// entries:
    ///   - {code: "1111", title: A, parent: "2222"}
    ///   - {code: "2222", title: B}
    /// ```
    pub static PARENT_CYCLE = Rule {
        code: "K206",
        name: "parent-cycle",
        severity: Error,
        summary: "Classification entries are each other's parents in a cycle.",
    };
}

/// How a cycle is reported (the shared walk is in `structure.rs`).
pub(crate) const REPORT: CycleReport = CycleReport {
    rule: &PARENT_CYCLE,
    message: "k206-message",
    tangled: "k206-tangled",
    help: "k206-help",
};
