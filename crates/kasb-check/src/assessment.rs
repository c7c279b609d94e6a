//! Assessment: criteria no task covers (K501), tasks that cover nothing (K502), weights that
//! do not add up (K503), marking criteria without a scale (K504), approved qualifications without
//! a tool (K505), knowledge and skills no task covers (K506, off unless configured): the walk over tools, tasks and marking; the decisions are the rules' own.

use std::collections::BTreeMap;

use kasb_model::{AssessmentTool, Document, Items, NodeKind};

use crate::context::Context;
use crate::rules::{
    k501_criterion_not_assessed, k502_task_assesses_nothing, k503_weights_do_not_sum,
    k504_marking_without_scale, k505_qualification_without_assessment,
    k506_knowledge_or_skill_not_assessed,
};

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
    for &(index, document) in &documents {
        if let Document::Qualification(qualification) = document {
            let has_tool = tools_of.contains_key(qualification.id.as_str());
            k505_qualification_without_assessment::check(context, index, qualification, has_tool);
        }
    }
    // Off unless configured: then not even walked.
    let rule = &k506_knowledge_or_skill_not_assessed::KNOWLEDGE_OR_SKILL_NOT_ASSESSED;
    let knowledge_too = context.config.severity(rule.code, rule.severity).is_some();
    for (qualification, tools) in tools_of {
        k501_criterion_not_assessed::check(context, qualification, &tools);
        if knowledge_too {
            k506_knowledge_or_skill_not_assessed::check(context, qualification, &tools);
        }
    }
}

fn tool_rules(context: &mut Context<'_>, index: usize, tool: &AssessmentTool) {
    // Where each task and marking criterion is written, from the tool's item declarations:
    // they list the tasks and, after each task, its marking criteria, in document order.
    let (mut task_paths, mut marking_paths) = (Vec::new(), Vec::new());
    tool.items(&mut |item| match item.kind {
        NodeKind::Task => task_paths.push(item.path),
        NodeKind::MarkingCriterion => marking_paths.push(item.path),
        _ => {}
    });
    let tasks = tool
        .instruments
        .iter()
        .flat_map(|instrument| &instrument.tasks);
    let mut marking_paths = marking_paths.into_iter();
    let mut total = 0.0;
    for (task, path) in tasks.zip(task_paths) {
        k502_task_assesses_nothing::check(context, index, &path, task);
        for (marking, path) in task.marking.iter().zip(marking_paths.by_ref()) {
            total += marking.weight.map_or(0.0, f64::from);
            k504_marking_without_scale::check(context, index, &path, marking);
        }
    }
    k503_weights_do_not_sum::check(context, index, tool, total);
}
