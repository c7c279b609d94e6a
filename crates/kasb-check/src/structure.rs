//! Cycles (prerequisites K204, classification parents K206, framework referencing K207,
//! replacements K208) and units no qualification includes (K205).

use crate::rules;
use kasb_diagnostics::{Data, Rule};
use kasb_graph::petgraph::graph::{DiGraph, NodeIndex};
use kasb_graph::{Cycle, EdgeKind, Node, NodeKind, cycles};
use kasb_model::{Document, FieldPath};

use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    graph_cycles(context);
    referencing_cycles(context);
    units_in_no_qualification(context);
}

/// How a cycle of one relation is reported.
struct CycleReport {
    rule: &'static Rule,
    /// "prerequisites form a cycle"
    what: &'static str,
    /// How to read the arrows.
    reading: &'static str,
    /// The members, for the count of a tangle: "units".
    members: &'static str,
    help: &'static str,
}

/// A relation held as graph edges, whose cycles are reported at `field` of the first member.
struct GraphRelation {
    /// Which edges (from which nodes) make the relation.
    follows: fn(&Node, &EdgeKind) -> bool,
    field: &'static str,
    report: CycleReport,
}

/// The relations of graph edges that must not cycle (framework referencing is built apart).
const GRAPH_RELATIONS: [GraphRelation; 3] = [
    GraphRelation {
        follows: |_, edge| *edge == EdgeKind::Prerequisite,
        field: "prerequisites",
        report: CycleReport {
            rule: &rules::PREREQUISITE_CYCLE,
            what: "prerequisites form a cycle",
            reading: "each needs the next",
            members: "units",
            help: "remove one prerequisite of the cycle, so that one unit can be achieved first",
        },
    },
    GraphRelation {
        follows: |source, edge| {
            *edge == EdgeKind::PartOf && source.kind == NodeKind::ClassificationEntry
        },
        field: "parent",
        report: CycleReport {
            rule: &rules::PARENT_CYCLE,
            what: "classification parents form a cycle",
            reading: "each is the child of the next",
            members: "entries",
            help: "remove the `parent` of the broadest entry of the cycle, or correct it",
        },
    },
    GraphRelation {
        follows: |_, edge| *edge == EdgeKind::ReplacedBy,
        field: "replaced_by",
        report: CycleReport {
            rule: &rules::REPLACEMENT_CYCLE,
            what: "replacements form a cycle",
            reading: "each is replaced by the next",
            members: "documents",
            help: "remove `replaced_by` from the document that is current",
        },
    },
];

fn graph_cycles(context: &mut Context<'_>) {
    for relation in &GRAPH_RELATIONS {
        let found = context.graph.cycles(relation.follows);
        report_graph_cycles(context, &relation.report, found, relation.field);
    }
}

/// Reports cycles of graph nodes at `field` of each cycle's first member.
fn report_graph_cycles(
    context: &mut Context<'_>,
    report: &CycleReport,
    found: Vec<Cycle<NodeIndex>>,
    field: &'static str,
) {
    let graph = context.graph.petgraph();
    for cycle in found {
        let members: Vec<&Node> = cycle.members.iter().map(|&node| &graph[node]).collect();
        let ids: Vec<&str> = members.iter().map(|node| node.id.as_str()).collect();
        let first = members[0];
        let message = cycle_message(report, &ids, cycle.tangled);
        context
            .report(
                report.rule,
                first.document,
                &first.path.key(field),
                message,
                report.help,
            )
            .data = cycle_data(&ids);
    }
}

/// Frameworks are linked by their `referencing` in the documents, not by graph edges (those
/// link levels), so the relation is built here: one node per framework.
fn referencing_cycles(context: &mut Context<'_>) {
    let graph = context.graph;
    let mut relation: DiGraph<&Node, ()> = DiGraph::new();
    let mut frameworks = std::collections::HashMap::new();
    for node in graph.documents().filter(|n| n.kind == NodeKind::Framework) {
        frameworks.insert(node.id.as_str(), relation.add_node(node));
    }
    for from in relation.node_indices().collect::<Vec<_>>() {
        let Document::LevelFramework(framework) = graph.document_of(relation[from]) else {
            continue;
        };
        let target = framework.referencing.as_ref().map(|r| r.framework.as_str());
        if let Some(&to) = target.and_then(|id| frameworks.get(id)) {
            relation.add_edge(from, to, ());
        }
    }
    let report = CycleReport {
        rule: &rules::REFERENCING_CYCLE,
        what: "framework referencing forms a cycle",
        reading: "each is referenced to the next",
        members: "frameworks",
        help: "reference one framework of the cycle to the EQF (`referencing: {framework: eqf}`)",
    };
    for cycle in cycles(&relation) {
        let ids: Vec<&str> = cycle
            .members
            .iter()
            .map(|&n| relation[n].id.as_str())
            .collect();
        let first = relation[cycle.members[0]];
        let message = cycle_message(&report, &ids, cycle.tangled);
        let path = FieldPath::root().key("referencing").key("framework");
        context
            .report(report.rule, first.document, &path, message, report.help)
            .data = cycle_data(&ids);
    }
}

/// Every member of a cycle, in order, as the diagnostic's data (the message may shorten it).
fn cycle_data(ids: &[&str]) -> Data {
    Data::Cycle {
        members: ids.iter().map(|&id| id.to_owned()).collect(),
    }
}

/// Members shown at the start of a long cycle, and at its end.
const SHOWN_FIRST: usize = 8;
const SHOWN_LAST: usize = 2;

/// "prerequisites form a cycle: `A` → `B` → `A` (each needs the next)", a long cycle shortened
/// to its first and last members with the count of those left out.
fn cycle_message(report: &CycleReport, ids: &[&str], tangled: usize) -> String {
    let quoted = |id: &&str| format!("`{id}`");
    let mut shown: Vec<String> = if ids.len() > SHOWN_FIRST + SHOWN_LAST + 1 {
        let left_out = ids.len() - SHOWN_FIRST - SHOWN_LAST;
        ids[..SHOWN_FIRST]
            .iter()
            .map(quoted)
            .chain([format!("… {left_out} more …")])
            .chain(ids[ids.len() - SHOWN_LAST..].iter().map(quoted))
            .collect()
    } else {
        ids.iter().map(quoted).collect()
    };
    shown.push(quoted(&ids[0]));
    let mut message = format!(
        "{}: {} ({})",
        report.what,
        shown.join(" → "),
        report.reading
    );
    if tangled > ids.len() {
        message.push_str(&format!(
            "; {tangled} {} in all are caught in cycles with these",
            report.members
        ));
    }
    message
}

fn units_in_no_qualification(context: &mut Context<'_>) {
    let graph = context.graph;
    let any_qualification = graph
        .documents()
        .any(|node| node.kind == NodeKind::Qualification);
    if !any_qualification {
        return;
    }
    let mut unused = Vec::new();
    for node in graph
        .documents()
        .filter(|node| node.kind == NodeKind::Standard)
    {
        let Document::OccupationalStandard(standard) = graph.document_of(node) else {
            continue;
        };
        for unit in graph.units_of(&standard.id) {
            let index = graph.index(&unit.id).expect("a unit of the graph");
            let included = graph
                .petgraph()
                .edges_directed(index, kasb_graph::petgraph::Direction::Incoming)
                .any(|edge| matches!(edge.weight(), EdgeKind::Includes { .. }));
            if !included {
                unused.push((unit.document, unit.path.key("id"), unit.id.clone()));
            }
        }
    }
    for (document, path, id) in unused {
        context.report(
            &rules::UNIT_IN_NO_QUALIFICATION,
            document,
            &path,
            format!("no qualification includes the unit `{id}`"),
            "add it to a qualification's `core` or to an elective group",
        );
    }
}
