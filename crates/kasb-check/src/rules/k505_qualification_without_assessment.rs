//! K505 `qualification-without-assessment`: an approved qualification that no assessment tool
//! is written for.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{FieldPath, Qualification, Status};

use crate::context::Context;

declare_rule! {
    /// An approved qualification is awarded now, so candidates are assessed for it; without an assessment tool written for it (an `AssessmentTool` whose `qualification` names it) nothing says how, and the mapping matrix (K501) has nothing to check, so every criterion goes unassessed without a word. A draft is still being written (its tool often follows its approval), and a superseded or withdrawn qualification is no longer awarded, so only approved qualifications are checked.
    ///
    /// Failing: a qualification with `status: approved` and no tool whose `qualification` is its id.
    /// Passing: add the tool:
    /// ```yaml
    /// kind: AssessmentTool
    /// qualification: kg-welder-q3
    /// ```
    pub static QUALIFICATION_WITHOUT_ASSESSMENT = Rule {
        code: "K505",
        name: "qualification-without-assessment",
        severity: Warning,
        summary: "An approved qualification has no assessment tool written for it.",
    };
}

/// Reports `qualification` when it is approved and `has_tool` is false.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    qualification: &Qualification,
    has_tool: bool,
) {
    if has_tool || qualification.status != Status::Approved {
        return;
    }
    let id = &qualification.id;
    context
        .say(
            &QUALIFICATION_WITHOUT_ASSESSMENT,
            index,
            &FieldPath::root().key("id"),
            Message::new("k505-message").with("qualification", id),
            Message::new("k505-help").with("qualification", id),
        )
        .data = Data::NoAssessment {
        qualification: id.clone(),
    };
}
