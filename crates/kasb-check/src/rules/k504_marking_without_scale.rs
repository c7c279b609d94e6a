//! K504 `marking-without-scale`: a marking criterion without a scale.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Assessors need a scale: a `max_score` (measurement) or `rubric` levels (judgement).
    ///
    /// Failing:
    /// ```yaml
    /// marking:
    ///   - {id: M1, description: Weld size, type: measurement}
    /// ```
    /// Passing:
    /// ```yaml
    ///   - {id: M1, description: Weld size, type: measurement, max_score: 5}
    /// ```
    pub static MARKING_WITHOUT_SCALE = Rule {
        code: "K504",
        name: "marking-without-scale",
        severity: Error,
        summary: "A marking criterion has neither a maximum score nor rubric levels.",
    };
}
