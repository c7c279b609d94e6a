//! Assessment: criteria no task covers (K501), tasks that cover nothing (K502), weights that
//! do not add up (K503), marking criteria without a scale (K504).

use std::collections::{BTreeMap, HashSet};

use crate::rules;
use kasb_model::{AssessmentTool, Document, FieldPath};

use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    let documents = context.documents().collect::<Vec<_>>();
    // The tools made for each qualification, in document order.
    let mut tools_of: BTreeMap<&str, Vec<(usize, &AssessmentTool)>> = BTreeMap::new();
    for &(index, document) in &documents {
        if let Document::AssessmentTool(tool) = document {
            tool_rules(context, index, tool);
            if let Some(qualification) = &tool.qualification {
                tools_of
                    .entry(qualification)
                    .or_default()
                    .push((index, tool));
            }
        }
    }
    for (qualification, tools) in tools_of {
        coverage(context, qualification, &tools);
    }
}

fn tool_rules(context: &mut Context<'_>, index: usize, tool: &AssessmentTool) {
    let root = FieldPath::root();
    let mut total = 0.0;
    for (i, instrument) in tool.instruments.iter().enumerate() {
        for (j, task) in instrument.tasks.iter().enumerate() {
            let path = root.key("instruments").index(i).key("tasks").index(j);
            if task.assesses.is_empty() {
                context.report(
                    &rules::TASK_ASSESSES_NOTHING,
                    index,
                    &path.key("id"),
                    format!("task `{}` assesses nothing", task.id),
                    "list the criteria, knowledge or skills it covers in `assesses`",
                );
            }
            for (k, marking) in task.marking.iter().enumerate() {
                total += marking.weight.map_or(0.0, f64::from);
                if marking.max_score.is_none() && marking.rubric.is_empty() {
                    context.report(
                        &rules::MARKING_WITHOUT_SCALE,
                        index,
                        &path.key("marking").index(k).key("id"),
                        format!(
                            "marking criterion `{}` has neither `max_score` nor `rubric`",
                            marking.id
                        ),
                        "add `max_score:` for a measurement, or `rubric:` levels for a judgement",
                    );
                }
            }
        }
    }
    if let Some(expected) = tool.total_weight.map(f64::from)
        && (total - expected).abs() > 1e-6
    {
        context.report(
            &rules::WEIGHTS_DO_NOT_SUM,
            index,
            &root.key("total_weight"),
            format!("the marking weights add up to {total}, not {expected}"),
            format!("adjust the weights by {}", expected - total),
        );
    }
}

fn coverage(context: &mut Context<'_>, qualification: &str, tools: &[(usize, &AssessmentTool)]) {
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
    for (unit, _) in graph.units_of_qualification(qualification) {
        for criterion in graph.criteria_of(&unit.id) {
            let covered = graph
                .tasks_covering(&criterion.id)
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
            context
                .report(
                    &rules::CRITERION_NOT_ASSESSED,
                    criterion.document,
                    &criterion.path.key("id"),
                    format!(
                        "no task of {tool_ids} assesses `{}`, a criterion of qualification `{qualification}`",
                        criterion.id
                    ),
                    format!("add `{}` to the `assesses` list of a task", criterion.id),
                )
                .related
                .push(kasb_diagnostics::Related {
                    location,
                    message: "the assessment tool for the qualification".to_owned(),
                });
        }
    }
}
