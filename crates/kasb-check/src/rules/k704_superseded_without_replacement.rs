//! K704 `superseded-without-replacement`: superseded without a replacement.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// `status: superseded` tells users to move on; `replaced_by` tells them where to.
    ///
    /// Failing:
    /// ```yaml
    /// status: superseded
    /// ```
    /// Passing:
    /// ```yaml
    /// status: superseded
    /// replaced_by: kg-welder-2025
    /// ```
    pub static SUPERSEDED_WITHOUT_REPLACEMENT = Rule {
        code: "K704",
        name: "superseded-without-replacement",
        severity: Warning,
        summary: "A document is superseded but names no replacement.",
    };
}
