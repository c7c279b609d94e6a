//! K304 `incomplete-referencing`: referencing with holes.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{FieldPath, LevelFramework};

use crate::context::Context;

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

/// Reports `level` of `framework` (its number at `path`), which has no `referenced_level`.
pub(crate) fn report(
    context: &mut Context<'_>,
    index: usize,
    path: &FieldPath,
    framework: &LevelFramework,
    level: u8,
) {
    let target = framework
        .referencing
        .as_ref()
        .map_or("", |r| r.framework.as_str());
    let report = context.say(
        &INCOMPLETE_REFERENCING,
        index,
        path,
        Message::new("k304-message")
            .with("level", u32::from(level))
            .with("framework", &framework.id)
            .with("target", target),
        Message::new("k304-help").with("target", target),
    );
    report.data = Data::UnreferencedLevel {
        level: level.into(),
        framework: framework.id.clone(),
        target: target.to_owned(),
    };
}
