//! K602 `isco-not-unit-group`: an ISCO code that is not a unit group.

use kasb_diagnostics::{Message, declare_rule};
use kasb_model::FieldPath;

use crate::codes::{ISCO_SCHEME, code_data};
use crate::context::Context;

declare_rule! {
    /// Occupations are classified to unit groups (four digits). A major, sub-major or minor group, or its zero-padded form (`7210` for minor group `721`), is too broad.
    ///
    /// Failing:
    /// ```yaml
    /// isco: "7210"
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "7212"
    /// ```
    pub static ISCO_NOT_UNIT_GROUP = Rule {
        code: "K602",
        name: "isco-not-unit-group",
        severity: Error,
        summary: "An ISCO-08 code is a higher-level group, not a unit group.",
    };
}

/// Reports `code`, which is not four digits (the classification is not loaded to say more).
pub(crate) fn report_shape(context: &mut Context<'_>, index: usize, path: &FieldPath, code: &str) {
    context
        .say(
            &ISCO_NOT_UNIT_GROUP,
            index,
            path,
            Message::new("k602-shape").with("code", code),
            Message::new("k602-shape-help"),
        )
        .data = code_data(code, ISCO_SCHEME);
}

/// Reports `code`, which names the ISCO-08 `group`, with some of its unit groups (`children`).
pub(crate) fn report_group(
    context: &mut Context<'_>,
    index: usize,
    path: &FieldPath,
    code: &str,
    group: &str,
    children: &[&str],
) {
    context
        .say(
            &ISCO_NOT_UNIT_GROUP,
            index,
            path,
            Message::new("k602-group")
                .with("code", code)
                .with("group", group),
            Message::new("k602-group-help").with("children", children.join(", ")),
        )
        .data = code_data(code, ISCO_SCHEME);
}
