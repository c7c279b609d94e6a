//! K304 `incomplete-referencing`: referencing with holes.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// When a national framework declares `referencing`, every level needs a `referenced_level`, or comparisons through the EQF are impossible for the missing ones.
    ///
    /// Failing:
    /// ```yaml
    /// referencing: {framework: eqf}
    /// levels:
    ///   - level: 1
    /// ```
    /// Passing:
    /// ```yaml
    ///   - level: 1
    ///     referenced_level: 1
    /// ```
    pub static INCOMPLETE_REFERENCING = Rule {
        code: "K304",
        name: "incomplete-referencing",
        severity: Warning,
        summary: "A framework is referenced to another, but some of its levels are not.",
    };
}
