//! K503 `weights-do-not-sum`: weights that do not add up.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{AssessmentTool, FieldPath};

use crate::context::Context;

declare_rule! {
    /// When a tool sets `total_weight` (WorldSkills: 100), the weights of its marking criteria must add up to it, or scores cannot be compared.
    ///
    /// Failing: `total_weight: 100` with weights 40 and 50.
    /// Passing: weights 40 and 60.
    pub static WEIGHTS_DO_NOT_SUM = Rule {
        code: "K503",
        name: "weights-do-not-sum",
        severity: Error,
        summary: "Marking weights do not add up to the tool's `total_weight`.",
    };
}

/// Reports a `tool` whose marking weights add up to `total` rather than its `total_weight`.
pub(crate) fn check(context: &mut Context<'_>, index: usize, tool: &AssessmentTool, total: f64) {
    if let Some(expected) = tool.total_weight.map(f64::from)
        && (total - expected).abs() > 1e-6
    {
        let report = context.say(
            &WEIGHTS_DO_NOT_SUM,
            index,
            &FieldPath::root().key("total_weight"),
            Message::new("k503-message")
                .with("total", total.to_string())
                .with("expected", expected.to_string()),
            Message::new("k503-help").with("difference", (expected - total).to_string()),
        );
        report.data = Data::Weights {
            total: total.to_string(),
            expected: expected.to_string(),
        };
    }
}
