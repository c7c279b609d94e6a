//! K501 `criterion-not-assessed`: a criterion no task assesses.

use crate::context::Context;
use kasb_diagnostics::{Data, declare_rule};
use kasb_model::{AssessmentTool, FieldPath};
use std::collections::HashSet;

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

/// Reports each criterion of each unit of `qualification` that no task of `tools` assesses.
pub(crate) fn check(
    context: &mut Context<'_>,
    qualification: &str,
    tools: &[(usize, &AssessmentTool)],
) {
    let graph = context.graph;
    // Coverage follows the resolved `assesses` edges, however the references were written.
    let tool_documents: HashSet<usize> = tools.iter().map(|(index, _)| *index).collect();
    let tool_ids = tools
        .iter()
        .map(|(_, tool)| format!("`{}`", tool.id))
        .collect::<Vec<_>>()
        .join(", ");
    let (first_tool, _) = tools[0];
    // Locating builds the tool file's span map: only done once a criterion is uncovered.
    let mut related = None;
    for (unit, _) in graph
        .units_of_qualification(qualification)
        .unwrap_or_default()
    {
        for criterion in graph.criteria_of(&unit.id).unwrap_or_default() {
            let covered = graph
                .tasks_covering(&criterion.id)
                .unwrap_or_default()
                .iter()
                .any(|task| tool_documents.contains(&task.document));
            if covered {
                continue;
            }
            let location = related
                .get_or_insert_with(|| {
                    context.at(first_tool, &FieldPath::root().key("qualification"))
                })
                .clone();
            let report = context.report(
                    &CRITERION_NOT_ASSESSED,
                    criterion.document,
                    &graph.path(criterion).key("id"),
                    format!(
                        "no task of {tool_ids} assesses `{}`, a criterion of qualification `{qualification}`",
                        criterion.id
                    ),
                    format!("add `{}` to the `assesses` list of a task", criterion.id),
                );
            report.related.push(kasb_diagnostics::Related {
                location,
                message: "the assessment tool for the qualification".to_owned(),
            });
            report.data = Data::NotAssessed {
                criterion: criterion.id.clone(),
                qualification: qualification.to_owned(),
                tools: tools.iter().map(|(_, tool)| tool.id.clone()).collect(),
            };
        }
    }
}
