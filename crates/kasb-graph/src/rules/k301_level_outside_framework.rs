//! K301 `level-outside-framework`: a level that the framework does not have.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};
use kasb_i18n::{Said, diagnostic};

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

/// The K301 of `level`, which `framework` (having levels `range`, lowest and highest, if any)
/// does not have.
pub(crate) fn diagnose(
    location: Location,
    level: u8,
    framework: &str,
    range: Option<(u8, u8)>,
) -> Diagnostic {
    let message = match range {
        Some((low, high)) => Message::new("k301-message")
            .with("low", u32::from(low))
            .with("high", u32::from(high)),
        None => Message::new("k301-message-no-levels"),
    };
    diagnostic(
        &LEVEL_OUTSIDE_FRAMEWORK,
        location,
        message
            .with("level", u32::from(level))
            .with("framework", framework),
    )
    .help_said(
        Message::new("k301-help")
            .with("level", u32::from(level))
            .with("framework", framework),
    )
    .with_data(Data::Level {
        level: level.into(),
        framework: framework.to_owned(),
    })
}
