//! K107 `unknown-kind`: a missing or unknown `kind`.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Every document states its kind: LevelFramework, Classification, OccupationalStandard, Qualification, AssessmentTool, TrainingProgramme or Crosswalk.
    ///
    /// Failing:
    /// ```yaml
    /// kind: Standard
    /// ```
    /// Passing:
    /// ```yaml
    /// kind: OccupationalStandard
    /// ```
    pub static UNKNOWN_KIND = Rule {
        code: "K107",
        name: "unknown-kind",
        severity: Error,
        summary: "A document has no `kind`, or one kasb does not know.",
    };
}
