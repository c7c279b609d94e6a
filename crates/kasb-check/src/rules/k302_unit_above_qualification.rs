//! K302 `unit-above-qualification`: a unit above its qualification.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// A qualification at level 3 that requires a level-5 unit asks more of its holders than its level says.
    ///
    /// Failing: a level-3 qualification with `core: [std/U5]` where `U5` has `level: 5`.
    /// Passing: raise the qualification's level, or choose units at or below it.
    pub static UNIT_ABOVE_QUALIFICATION = Rule {
        code: "K302",
        name: "unit-above-qualification",
        severity: Warning,
        summary: "A qualification includes a unit above the qualification's own level.",
    };
}
