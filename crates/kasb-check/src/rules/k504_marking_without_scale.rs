//! K504 `marking-without-scale`: a marking criterion without a scale.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{ItemPath, MarkingCriterion};

use crate::context::Context;

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

/// Reports the marking criterion at `path` when it has neither a maximum score nor a rubric.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    path: &ItemPath,
    marking: &MarkingCriterion,
) {
    if marking.max_score.is_none() && marking.rubric.is_empty() {
        let report = context.say(
            &MARKING_WITHOUT_SCALE,
            index,
            &path.key("id"),
            Message::new("k504-message").with("marking", &marking.id),
            Message::new("k504-help"),
        );
        report.data = Data::Id {
            id: marking.id.clone(),
        };
    }
}
