//! K303 `level-above-parent`: a child above its parent.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// In the Russian shape a labour function belongs to a generalised labour function that has a qualification level; a labour function above it contradicts the standard's own structure.
    ///
    /// Failing:
    /// ```yaml
    /// functions:
    ///   - {id: B, level: 4, title: ...}
    /// units:
    ///   - id: B/04.5
    ///     function: B
    ///     level: 5
    /// ```
    /// Passing: `level: 4` for the unit, or level 5 for the function.
    pub static LEVEL_ABOVE_PARENT = Rule {
        code: "K303",
        name: "level-above-parent",
        severity: Warning,
        summary: "A unit's level is above the level of the generalised function it belongs to.",
    };
}
