//! Assessment: criteria no task covers (K501), tasks that cover nothing (K502), weights that
//! do not add up (K503), marking criteria without a scale (K504), approved qualifications without
//! a tool (K505), knowledge and skills no task covers (K506, off unless configured): the walk over tools, tasks and marking; the decisions are the rules' own.

use std::collections::{BTreeMap, HashSet};

use kasb_graph::Node;
use kasb_model::{AssessmentTool, Document, FieldPath, Items, NodeKind};

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
        let criteria = unassessed(context, qualification, &tools, &[NodeKind::Criterion]);
        k501_criterion_not_assessed::report(context, qualification, &tools, &criteria);
        if knowledge_too {
            let kinds = [NodeKind::Knowledge, NodeKind::Skill];
            let items = unassessed(context, qualification, &tools, &kinds);
            k506_knowledge_or_skill_not_assessed::report(context, qualification, &tools, &items);
        }
    }
}

/// What a qualification's tools leave unassessed: the items of `kinds` (by kind, then in
/// document order) of each unit of `qualification` that no task of `tools` assesses, and the
/// first tool (whose `qualification` each diagnostic names as a related place).
pub(crate) struct Unassessed<'g> {
    pub items: Vec<&'g Node>,
    pub tool: Option<usize>,
}

impl Unassessed<'_> {
    /// Adds the first tool's `qualification` to the diagnostic reported last, with `message`.
    pub fn relate_tool(&self, context: &mut Context<'_>, message: kasb_diagnostics::Message) {
        if let Some(tool) = self.tool {
            context.relate(tool, &FieldPath::root().key("qualification"), message);
        }
    }
}

fn unassessed<'g>(
    context: &Context<'g>,
    qualification: &str,
    tools: &[(usize, &AssessmentTool)],
    kinds: &[NodeKind],
) -> Unassessed<'g> {
    let graph = context.graph;
    // Coverage follows the resolved `assesses` edges, however the references were written.
    let tool_documents: HashSet<usize> = tools.iter().map(|(index, _)| *index).collect();
    let covered = |item: &Node| {
        graph
            .tasks_covering(&item.id)
            .unwrap_or_default()
            .iter()
            .any(|task| tool_documents.contains(&task.document))
    };
    let units = graph
        .units_of_qualification(qualification)
        .unwrap_or_default();
    let items: Vec<&Node> = units
        .iter()
        .flat_map(|(unit, _)| {
            kinds
                .iter()
                .flat_map(|&kind| graph.descendants(&unit.id, kind).unwrap_or_default())
        })
        .filter(|item| !covered(item))
        .collect();
    let tool = tools.first().map(|&(first, _)| first);
    Unassessed { items, tool }
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
