//! Text and lifecycle: empty statements (K701), duplicated statements within a unit (K702),
//! validity that ends before it starts (K703), superseded without a replacement (K704).

use std::collections::HashSet;

use crate::rules;
use kasb_model::{Approval, Document, FieldPath, Status, Text};

use crate::codes::label_key;
use crate::context::Context;

pub(crate) fn check(context: &mut Context<'_>) {
    let graph = context.graph;
    let empty: Vec<_> = graph
        .petgraph()
        .node_weights()
        .filter(|node| node.label.is_blank())
        .collect();
    for node in empty {
        let key = label_key(node.kind);
        context.report(
            &rules::EMPTY_STATEMENT,
            node.document,
            &node.path.key(key),
            format!("the {key} of `{}` is empty", node.id),
            format!("write the {key}, or remove the item"),
        );
    }
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let (status, approval, replaced_by) = match document {
            Document::OccupationalStandard(standard) => {
                duplicated_statements(context, index, standard);
                (
                    Some(standard.status),
                    standard.approval.as_ref(),
                    standard.replaced_by.as_ref(),
                )
            }
            Document::Qualification(q) => {
                (Some(q.status), q.approval.as_ref(), q.replaced_by.as_ref())
            }
            Document::LevelFramework(framework) => (None, framework.approval.as_ref(), None),
            _ => (None, None, None),
        };
        if let Some(approval) = approval {
            validity(context, index, approval);
        }
        if status == Some(Status::Superseded) && replaced_by.is_none() {
            context.report(
                &rules::SUPERSEDED_WITHOUT_REPLACEMENT,
                index,
                &FieldPath::root().key("status"),
                format!("`{}` is superseded but names no replacement", document.id()),
                "add `replaced_by:` with the id of the document that replaces it",
            );
        }
    }
}

fn validity(context: &mut Context<'_>, index: usize, approval: &Approval) {
    if let (Some(from), Some(to)) = (&approval.valid_from, &approval.valid_to)
        && from > to
    {
        context.report(
            &rules::VALIDITY_REVERSED,
            index,
            &FieldPath::root().key("approval").key("valid_to"),
            format!("valid to {to} is before valid from {from}"),
            "swap the dates, or correct the one that is wrong",
        );
    }
}

/// Lowercase, with runs of white space folded, for comparing statements.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn duplicated_statements(
    context: &mut Context<'_>,
    index: usize,
    standard: &kasb_model::OccupationalStandard,
) {
    for (i, unit) in standard.units.iter().enumerate() {
        let unit_path = FieldPath::root().key("units").index(i);
        let mut criteria: Vec<(FieldPath, &str, &Text)> = Vec::new();
        for (j, element) in unit.elements.iter().enumerate() {
            for (k, criterion) in element.criteria.iter().enumerate() {
                let path = unit_path.key("elements").index(j).key("criteria").index(k);
                criteria.push((path, &criterion.id, &criterion.statement));
            }
        }
        for (k, criterion) in unit.criteria.iter().enumerate() {
            criteria.push((
                unit_path.key("criteria").index(k),
                &criterion.id,
                &criterion.statement,
            ));
        }
        let knowledge = unit
            .knowledge
            .iter()
            .enumerate()
            .map(|(k, s)| {
                (
                    unit_path.key("knowledge").index(k),
                    s.id.as_str(),
                    &s.statement,
                )
            })
            .collect();
        let skills = unit
            .skills
            .iter()
            .enumerate()
            .map(|(k, s)| {
                (
                    unit_path.key("skills").index(k),
                    s.id.as_str(),
                    &s.statement,
                )
            })
            .collect();
        for list in [criteria, knowledge, skills] {
            let mut seen: HashSet<(String, String)> = HashSet::new();
            for (path, id, statement) in list {
                let duplicate = statement
                    .entries(&standard.language)
                    .filter(|(_, text)| !text.trim().is_empty())
                    .find(|(language, text)| {
                        !seen.insert(((*language).to_owned(), normalise(text)))
                    });
                if let Some((language, _)) = duplicate {
                    context.report(
                        &rules::DUPLICATE_STATEMENT,
                        index,
                        &path.key("statement"),
                        format!(
                            "`{id}` repeats an earlier statement of unit `{}` ({language})",
                            unit.id
                        ),
                        "make the statements distinct, or remove the repeated one",
                    );
                }
            }
        }
    }
}
