//! K501 `criterion-not-assessed`: a criterion no task assesses.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// The assessment mapping matrix: every performance criterion of every unit of a qualification should be covered by at least one task of the assessment tools made for that qualification, or the award certifies what nobody checked.
    ///
    /// Failing: a tool for qualification `q` whose tasks `assesses` only `s/U1.1.1` while `U1` also has `U1.1.2`.
    /// Passing: add `s/U1.1.2` to a task's `assesses`.
    pub static CRITERION_NOT_ASSESSED = Rule {
        code: "K501",
        name: "criterion-not-assessed",
        severity: Warning,
        summary: "A performance criterion of a qualification's unit is assessed by no task of its assessment tools.",
    };
}
