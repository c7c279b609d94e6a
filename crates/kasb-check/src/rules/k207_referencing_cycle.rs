//! K207 `referencing-cycle`: level frameworks referenced to each other in a cycle.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// A framework's `referencing` names the framework its levels are referenced to, usually the EQF. Following referencing must end at a framework that is referenced to none, or no level of the cycle has an EQF level and comparisons through it are impossible. The error is given once per cycle, at its first framework, and names the members in order.
    ///
    /// Failing:
    /// ```yaml
    /// id: kg-nqf
    /// referencing: {framework: am-nqf}
    /// # and in am-nqf.yaml
    /// id: am-nqf
    /// referencing: {framework: kg-nqf}
    /// ```
    /// Passing:
    /// ```yaml
    /// id: kg-nqf
    /// referencing: {framework: eqf}
    /// ```
    pub static REFERENCING_CYCLE = Rule {
        code: "K207",
        name: "referencing-cycle",
        severity: Error,
        summary: "Level frameworks are referenced to each other in a cycle.",
    };
}
