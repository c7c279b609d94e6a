//! K501 `criterion-not-assessed`: a criterion no task assesses.

use crate::assessment::Unassessed;
use crate::context::Context;
use kasb_diagnostics::{Data, Message, declare_rule};

use kasb_model::AssessmentTool;

declare_rule! {
    /// The assessment mapping matrix: every performance criterion of every unit of a qualification should be covered by at least one task of the assessment tools made for that qualification, or the award certifies what nobody checked.
    ///
    /// Failing: a tool for qualification `q` whose tasks `assesses` only `s/U1.1.1` while `U1` also has `U1.1.2`.
    /// Passing: add `s/U1.1.2` to a task's `assesses`.
    pub static CRITERION_NOT_ASSESSED = Rule {
        code: "K501",
        name: "criterion-not-assessed",
        severity: Warning,
        summary: "A performance criterion of a qualification's unit is assessed by no task of its assessment tools.",
    };
}

/// Reports each criterion of `qualification` that no task of `tools` assesses, with the first
/// tool's `qualification` as related place.
pub(crate) fn report(
    context: &mut Context<'_>,
    qualification: &str,
    tools: &[(usize, &AssessmentTool)],
    unassessed: &Unassessed<'_>,
) {
    let graph = context.graph;
    let tool_ids = tools
        .iter()
        .map(|(_, tool)| format!("`{}`", tool.id))
        .collect::<Vec<_>>()
        .join(", ");
    for criterion in &unassessed.items {
        let report = context.say(
            &CRITERION_NOT_ASSESSED,
            criterion.document,
            &graph.path(criterion).key("id"),
            Message::new("k501-message")
                .with("tools", &tool_ids)
                .with("criterion", &criterion.id)
                .with("qualification", qualification),
            Message::new("k501-help").with("criterion", &criterion.id),
        );
        report.data = Data::NotAssessed {
            criterion: criterion.id.clone(),
            qualification: qualification.to_owned(),
            tools: tools.iter().map(|(_, tool)| tool.id.clone()).collect(),
        };
        unassessed.relate_tool(context, Message::new("k501-tool"));
    }
}
