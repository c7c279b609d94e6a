//! K204 `prerequisite-cycle`: a prerequisite chain that returns to where it started.

use kasb_diagnostics::declare_rule;

use crate::structure::CycleReport;

declare_rule! {
    /// A cycle of prerequisites cannot be satisfied: no unit of it can be achieved first. The error is given once per cycle, at its first unit, and names the members in order, each needing the next (a very long cycle is shortened, with a count).
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - id: A
    ///     prerequisites: [B]
    ///   - id: B
    ///     prerequisites: [A]
    /// ```
    /// Passing:
    /// ```yaml
    /// units:
    ///   - id: A
    ///   - id: B
    ///     prerequisites: [A]
    /// ```
    pub static PREREQUISITE_CYCLE = Rule {
        code: "K204",
        name: "prerequisite-cycle",
        severity: Error,
        summary: "Units are prerequisites of each other in a cycle.",
    };
}

/// How a cycle is reported (the shared walk is in `structure.rs`).
pub(crate) const REPORT: CycleReport = CycleReport {
    rule: &PREREQUISITE_CYCLE,
    message: "k204-message",
    tangled: "k204-tangled",
    help: "k204-help",
};
