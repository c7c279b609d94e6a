//! K506 `knowledge-or-skill-not-assessed`: a knowledge item or skill no task assesses. Off unless
//! `kasb.toml` sets its severity.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_graph::{Node, NodeKind};
use kasb_model::AssessmentTool;

use crate::assessment::Unassessed;
use crate::context::Context;

declare_rule! {
    /// Where a country assesses knowledge and skills directly (an oral question per knowledge item, a practical step per skill), each knowledge item and skill of a qualification's units should be named by a task of the qualification's assessment tools, as K501 asks of performance criteria. Many countries assess them only through the performance criteria, so this rule is off unless `kasb.toml` gives it a severity:
    ///
    /// ```toml
    /// [rules]
    /// K506 = "warning"
    /// ```
    ///
    /// Failing (with the rule on): a tool for qualification `q` whose tasks assess every criterion of unit `U1` and its skill `U1.S1`, but not its knowledge item `U1.K1`.
    /// Passing: add `s/U1.K1` to a task's `assesses`.
    pub static KNOWLEDGE_OR_SKILL_NOT_ASSESSED = Rule {
        code: "K506",
        name: "knowledge-or-skill-not-assessed",
        severity: Info,
        summary: "A knowledge item or skill of a qualification's unit is assessed by no task of its tools (off unless configured).",
    };
}

/// Reports each knowledge item and skill of `qualification` that no task of `tools` assesses,
/// at the item's id, with the first tool's `qualification` as related place.
pub(crate) fn report(
    context: &mut Context<'_>,
    qualification: &str,
    tools: &[(usize, &AssessmentTool)],
    unassessed: &Unassessed<'_>,
) {
    for item in &unassessed.items {
        report_one(context, item, qualification, tools);
        unassessed.relate_tool(context, Message::new("k501-tool"));
    }
}

fn report_one<'c>(
    context: &'c mut Context<'_>,
    item: &Node,
    qualification: &str,
    tools: &[(usize, &AssessmentTool)],
) -> &'c mut kasb_diagnostics::Diagnostic {
    let tool_ids: Vec<String> = tools.iter().map(|(_, tool)| tool.id.clone()).collect();
    let listed = tool_ids
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let item_kind = if item.kind == NodeKind::Skill {
        "skill"
    } else {
        "knowledge"
    };
    let id = &item.id;
    let report = context.say(
        &KNOWLEDGE_OR_SKILL_NOT_ASSESSED,
        item.document,
        &context.graph.path(item).key("id"),
        Message::new("k506-message")
            .with("tools", listed)
            .with("item", id)
            .with("kind", item_kind)
            .with("qualification", qualification),
        Message::new("k506-help")
            .with("item", id)
            .with("kind", item_kind),
    );
    report.data = Data::ItemNotAssessed {
        item: id.clone(),
        item_kind,
        qualification: qualification.to_owned(),
        tools: tool_ids,
    };
    report
}
