//! Prerequisite cycles (K204) and units no qualification includes (K205).

use kasb_diagnostics::rules;
use kasb_graph::petgraph::algo::tarjan_scc;
use kasb_graph::petgraph::visit::EdgeFiltered;
use kasb_graph::{EdgeKind, NodeKind};
use kasb_model::Document;

use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    prerequisite_cycles(context);
    units_in_no_qualification(context);
}

fn prerequisite_cycles(context: &mut Context<'_>) {
    let graph = context.graph.petgraph();
    let prerequisites =
        EdgeFiltered::from_fn(graph, |edge| *edge.weight() == EdgeKind::Prerequisite);
    let mut cycles: Vec<Vec<&str>> = tarjan_scc(&prerequisites)
        .into_iter()
        .filter(|members| {
            members.len() > 1
                || graph
                    .edges_connecting(members[0], members[0])
                    .any(|edge| *edge.weight() == EdgeKind::Prerequisite)
        })
        .map(|members| {
            let mut ids: Vec<&str> = members
                .iter()
                .map(|&node| graph[node].id.as_str())
                .collect();
            ids.sort_unstable();
            ids
        })
        .collect();
    cycles.sort();
    for cycle in cycles {
        let Some(first) = context.graph.node(cycle[0]) else {
            continue;
        };
        let (document, path) = (first.document, first.path.key("prerequisites"));
        let members = cycle
            .iter()
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", ");
        context.report(
            &rules::PREREQUISITE_CYCLE,
            document,
            &path,
            format!("prerequisites form a cycle: {members}"),
            "remove one prerequisite of the cycle, so that one unit can be achieved first",
        );
    }
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
