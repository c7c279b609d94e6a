//! K208 `replacement-cycle`: documents that replace each other in a cycle.

use kasb_diagnostics::declare_rule;

use crate::structure::CycleReport;

declare_rule! {
    /// `replaced_by` tells users which document to move on to; following it must end at a current document. In a cycle every document is replaced, so none is current. The error is given once per cycle, at its first document, and names the members in order.
    ///
    /// Failing:
    /// ```yaml
    /// id: kg-welder-2020
    /// replaced_by: kg-welder-2025
    /// # and in kg-welder-2025.yaml
    /// id: kg-welder-2025
    /// replaced_by: kg-welder-2020
    /// ```
    /// Passing: remove `replaced_by` from the current document, `kg-welder-2025`.
    pub static REPLACEMENT_CYCLE = Rule {
        code: "K208",
        name: "replacement-cycle",
        severity: Error,
        summary: "Standards or qualifications replace each other in a cycle.",
    };
}

/// How a cycle is reported (the shared walk is in `structure.rs`).
pub(crate) const REPORT: CycleReport = CycleReport {
    rule: &REPLACEMENT_CYCLE,
    message: "k208-message",
    tangled: "k208-tangled",
    help: "k208-help",
};
