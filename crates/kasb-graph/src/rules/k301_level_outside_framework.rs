//! K301 `level-outside-framework`: a level that the framework does not have.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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

/// The K301 of `level`, which `framework` (having `range`, "levels 1 to 8") does not have.
pub(crate) fn diagnose(location: Location, level: u8, framework: &str, range: &str) -> Diagnostic {
    Diagnostic::new(
        &LEVEL_OUTSIDE_FRAMEWORK,
        location,
        format!("level {level} is not a level of `{framework}`, which has {range}"),
    )
    .with_help(format!(
        "use a level of `{framework}`, or add level {level} to it"
    ))
    .with_data(Data::Level {
        level: level.into(),
        framework: framework.to_owned(),
    })
}
