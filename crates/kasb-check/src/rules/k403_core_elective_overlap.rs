//! K403 `core-elective-overlap`: core and elective overlap.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// A core unit is always achieved; offering it as an elective lets a candidate count it twice.
    ///
    /// Failing:
    /// ```yaml
    /// core: [s/U1]
    /// electives:
    ///   - {id: E1, choose: 1, units: [s/U1, s/U2]}
    /// ```
    /// Passing: remove it from the elective group.
    pub static CORE_ELECTIVE_OVERLAP = Rule {
        code: "K403",
        name: "core-elective-overlap",
        severity: Error,
        summary: "A unit is both core and elective in one qualification.",
    };
}
