//! Cycles (prerequisites K204, classification parents K206, framework referencing K207,
//! replacements K208), units no qualification includes (K205) and look-alike ids (K209): the
//! shared cycle search and message, and the walk over ids; each cycle rule's file says how its
//! cycles read, K205 and K207 walk on their own.

use kasb_diagnostics::{Arg, Data, Message, Rule};
use kasb_graph::{Cycle, EdgeKind, Node, NodeId, NodeKind};
use kasb_model::FieldPath;

use crate::context::Context;
use crate::rules::{
    k204_prerequisite_cycle, k205_unit_in_no_qualification, k206_parent_cycle,
    k207_referencing_cycle, k208_replacement_cycle, k209_look_alike_ids,
};

/// Cycles of every relation (K204, K206, K207, K208).
pub(crate) fn cycles(context: &mut Context<'_>) {
    graph_cycles(context);
    k207_referencing_cycle::check(context);
}

/// Units no qualification includes (K205) and look-alike ids (K209).
pub(crate) fn use_and_ids(context: &mut Context<'_>) {
    k205_unit_in_no_qualification::check(context);
    look_alike_ids(context);
}

/// Document ids among documents, item ids within their document (K209). Reference documents
/// come first, so a repository id that looks like a reference one is the one reported (what
/// is located in reference data is never shown), and their own items are not looked at.
fn look_alike_ids(context: &mut Context<'_>) {
    let workspace = context.graph.workspace();
    let is_reference = |index: usize| {
        workspace
            .file(workspace.documents[index].file)
            .is_reference()
    };
    let mut documents = context.documents().collect::<Vec<_>>();
    documents.sort_by_key(|&(index, _)| !is_reference(index));
    let mut ids = k209_look_alike_ids::Ids::of_documents();
    for (index, document) in documents {
        let path = FieldPath::root().key("id");
        ids.add(context, document.id(), index, path);
        if !is_reference(index) {
            k209_look_alike_ids::check_items(context, index, document);
        }
    }
}

/// How a cycle of one relation is reported: the ids of its messages in `diagnostics.ftl`.
pub(crate) struct CycleReport {
    pub rule: &'static Rule,
    /// "prerequisites form a cycle: { $cycle } (each needs the next)"
    pub message: &'static str,
    /// The message and how many members in all are caught in cycles with these:
    /// "{ $message }; { $tangled } units in all …".
    pub tangled: &'static str,
    pub help: &'static str,
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
        report: k204_prerequisite_cycle::REPORT,
    },
    GraphRelation {
        follows: |source, edge| {
            *edge == EdgeKind::PartOf && source.kind == NodeKind::ClassificationEntry
        },
        field: "parent",
        report: k206_parent_cycle::REPORT,
    },
    GraphRelation {
        follows: |_, edge| *edge == EdgeKind::ReplacedBy,
        field: "replaced_by",
        report: k208_replacement_cycle::REPORT,
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
    found: Vec<Cycle<NodeId>>,
    field: &'static str,
) {
    let graph = context.graph;
    for cycle in found {
        let members: Vec<&Node> = cycle.members.iter().map(|&node| &graph[node]).collect();
        let ids: Vec<&str> = members.iter().map(|node| node.id.as_str()).collect();
        let first = members[0];
        let message = cycle_message(report, &ids, cycle.tangled);
        context
            .say(
                report.rule,
                first.document,
                &graph.path(first).key(field),
                message,
                Message::new(report.help),
            )
            .data = cycle_data(&ids);
    }
}

/// Every member of a cycle, in order, as the diagnostic's data (the message may shorten it).
pub(crate) fn cycle_data(ids: &[&str]) -> Data {
    Data::Cycle {
        members: ids.iter().map(|&id| id.to_owned()).collect(),
    }
}

/// Members shown at the start of a long cycle, and at its end.
const SHOWN_FIRST: usize = 8;
const SHOWN_LAST: usize = 2;

/// "prerequisites form a cycle: `A` → `B` → `A` (each needs the next)", a long cycle shortened
/// to its first and last members with the count of those left out.
pub(crate) fn cycle_message(report: &CycleReport, ids: &[&str], tangled: usize) -> Message {
    let chain = |ids: &[&str]| {
        ids.iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    let cycle: Arg = if ids.len() > SHOWN_FIRST + SHOWN_LAST + 1 {
        let last = [&ids[ids.len() - SHOWN_LAST..], &ids[..1]].concat();
        Message::new("cycle-shortened")
            .with("first", chain(&ids[..SHOWN_FIRST]))
            .with("left_out", ids.len() - SHOWN_FIRST - SHOWN_LAST)
            .with("last", chain(&last))
            .into()
    } else {
        chain(&[ids, &ids[..1]].concat()).into()
    };
    let message = Message::new(report.message).with("cycle", cycle);
    if tangled > ids.len() {
        Message::new(report.tangled)
            .with("message", message)
            .with("tangled", tangled)
    } else {
        message
    }
}
