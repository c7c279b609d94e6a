//! K205 `unit-in-no-qualification`: a unit no qualification includes.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Units that no qualification includes are not awarded anywhere. That may be intended (a standard ahead of its qualifications) but is worth knowing.
    ///
    /// Fix: add the unit to a qualification's `core` or an elective group, or turn the rule off.
    pub static UNIT_IN_NO_QUALIFICATION = Rule {
        code: "K205",
        name: "unit-in-no-qualification",
        severity: Info,
        summary: "A unit of a standard is in no qualification.",
    };
}
