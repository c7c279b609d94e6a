//! K702 `duplicate-statement`: the same statement twice in one unit.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Repeated statements (ignoring case and spacing) are usually copy-paste slips.
    ///
    /// Failing: two criteria of `U1` both `The joint is cleaned.`
    /// Passing: make them distinct, or remove one.
    pub static DUPLICATE_STATEMENT = Rule {
        code: "K702",
        name: "duplicate-statement",
        severity: Warning,
        summary: "Two criteria, knowledge items or skills of one unit say the same thing.",
    };
}
