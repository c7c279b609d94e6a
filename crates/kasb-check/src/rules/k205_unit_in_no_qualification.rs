//! K205 `unit-in-no-qualification`: a unit no qualification includes.

use crate::context::Context;
use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_graph::{EdgeKind, NodeKind};
use kasb_model::Document;

declare_rule! {
    /// Units that no qualification includes are not awarded anywhere. That may be intended (a standard ahead of its qualifications) but is worth knowing.
    ///
    /// Fix: add the unit to a qualification's `core` or an elective group, or turn the rule off.
    pub static UNIT_IN_NO_QUALIFICATION = Rule {
        code: "K205",
        name: "unit-in-no-qualification",
        severity: Info,
        summary: "A unit of a standard is in no qualification.",
    };
}

/// Reports each unit of a standard that no qualification includes (when any qualification is
/// loaded at all).
pub(crate) fn check(context: &mut Context<'_>) {
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
        for unit in graph.units_of(&standard.id).unwrap_or_default() {
            let index = graph.index(&unit.id).expect("a unit of the graph");
            let included = graph
                .links_to(index)
                .any(|link| matches!(link.kind(), EdgeKind::Includes { .. }));
            if !included {
                unused.push((unit.document, graph.path(unit).key("id"), unit.id.clone()));
            }
        }
    }
    for (document, path, id) in unused {
        let message = Message::new("k205-message").with("unit", &id);
        context
            .say(
                &UNIT_IN_NO_QUALIFICATION,
                document,
                &path,
                message,
                Message::new("k205-help"),
            )
            .data = Data::Unit { unit: id };
    }
}
