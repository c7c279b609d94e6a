//! K602 `isco-not-unit-group`: an ISCO code that is not a unit group.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Occupations are classified to unit groups (four digits). A major, sub-major or minor group, or its zero-padded form (`7210` for minor group `721`), is too broad.
    ///
    /// Failing:
    /// ```yaml
    /// isco: "7210"
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "7212"
    /// ```
    pub static ISCO_NOT_UNIT_GROUP = Rule {
        code: "K602",
        name: "isco-not-unit-group",
        severity: Error,
        summary: "An ISCO-08 code is a higher-level group, not a unit group.",
    };
}
