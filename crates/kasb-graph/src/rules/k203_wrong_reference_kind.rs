//! K203 `wrong-reference-kind`: a reference to the wrong kind of thing.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// A field expects one kind of target: a qualification's `core` lists units, a task's `assesses` lists criteria, knowledge or skills, a standard's `framework` names a level framework.
    ///
    /// Failing:
    /// ```yaml
    /// framework: kg-welder
    /// ```
    /// Passing:
    /// ```yaml
    /// framework: kg-nqf
    /// ```
    pub static WRONG_REFERENCE_KIND = Rule {
        code: "K203",
        name: "wrong-reference-kind",
        severity: Error,
        summary: "A reference names something of the wrong kind.",
    };
}
