//! K301 `level-outside-framework`: a level that the framework does not have.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Levels are numbers on the document's framework: a unit at level 9 of an 8-level NQF has no meaning and no EQF level.
    ///
    /// Failing:
    /// ```yaml
    /// framework: kg-nqf   # levels 1-8
    /// units:
    ///   - id: U1
    ///     level: 9
    /// ```
    /// Passing:
    /// ```yaml
    ///     level: 4
    /// ```
    pub static LEVEL_OUTSIDE_FRAMEWORK = Rule {
        code: "K301",
        name: "level-outside-framework",
        severity: Error,
        summary: "A level is not a level of the framework it refers to.",
    };
}
