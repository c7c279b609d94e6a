//! K207 `referencing-cycle`: level frameworks referenced to each other in a cycle.

use crate::context::Context;
use crate::structure::{CycleReport, cycle_data, cycle_message};
use kasb_diagnostics::{Message, declare_rule};
use kasb_graph::{Node, NodeKind, cycles};
use kasb_model::{Document, FieldPath};

declare_rule! {
    /// A framework's `referencing` names the framework its levels are referenced to, usually the EQF. Following referencing must end at a framework that is referenced to none, or no level of the cycle has an EQF level and comparisons through it are impossible. The error is given once per cycle, at its first framework, and names the members in order.
    ///
    /// Failing:
    /// ```yaml
    /// id: kg-nqf
    /// referencing: {framework: am-nqf}
    /// # and in am-nqf.yaml
    /// id: am-nqf
    /// referencing: {framework: kg-nqf}
    /// ```
    /// Passing:
    /// ```yaml
    /// id: kg-nqf
    /// referencing: {framework: eqf}
    /// ```
    pub static REFERENCING_CYCLE = Rule {
        code: "K207",
        name: "referencing-cycle",
        severity: Error,
        summary: "Level frameworks are referenced to each other in a cycle.",
    };
}

/// Frameworks are linked by their `referencing` in the documents, not by graph edges (those
/// link levels), so the relation is built here, one node per framework, and each cycle reported
/// at its first framework.
pub(crate) fn check(context: &mut Context<'_>) {
    let graph = context.graph;
    let relation: Vec<&Node> = graph
        .documents()
        .filter(|n| n.kind == NodeKind::Framework)
        .collect();
    let frameworks: std::collections::HashMap<&str, usize> = relation
        .iter()
        .enumerate()
        .map(|(index, node)| (node.id.as_str(), index))
        .collect();
    let mut edges = Vec::new();
    for (from, &node) in relation.iter().enumerate() {
        let Document::LevelFramework(framework) = graph.document_of(node) else {
            continue;
        };
        let target = framework.referencing.as_ref().map(|r| r.framework.as_str());
        if let Some(&to) = target.and_then(|id| frameworks.get(id)) {
            edges.push((from, to));
        }
    }
    for cycle in cycles(relation.len(), edges) {
        let ids: Vec<&str> = cycle
            .members
            .iter()
            .map(|&n| relation[n].id.as_str())
            .collect();
        let first = relation[cycle.members[0]];
        let message = cycle_message(&REPORT, &ids, cycle.tangled);
        let path = FieldPath::root().key("referencing").key("framework");
        context
            .say(
                REPORT.rule,
                first.document,
                &path,
                message,
                Message::new(REPORT.help),
            )
            .data = cycle_data(&ids);
    }
}

/// How a cycle of framework referencing is reported.
const REPORT: CycleReport = CycleReport {
    rule: &REFERENCING_CYCLE,
    message: "k207-message",
    tangled: "k207-tangled",
    help: "k207-help",
};
