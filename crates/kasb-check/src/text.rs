//! Text and lifecycle: empty statements (K701), duplicated statements within a unit (K702),
//! validity that ends before it starts (K703), superseded without a replacement (K704), validity
//! that ended before the check date (K705): the walk over documents; the decisions are the
//! rules' own.

use kasb_model::Document;
use rayon::prelude::*;

use crate::context::Context;
use crate::rules::{
    k701_empty_statement, k702_duplicate_statement, k703_validity_reversed,
    k704_superseded_without_replacement, k705_validity_ended,
};

/// Empty titles and statements (K701): one walk over every labelled node.
pub(crate) fn empty_statements(context: &mut Context<'_>) {
    k701_empty_statement::check(context);
}

/// Statements repeated within a unit (K702), the standards in parallel: every statement is
/// read, which makes this the heaviest walk of the rules.
pub(crate) fn duplicate_statements(context: &mut Context<'_>) {
    let standards: Vec<_> = context
        .documents()
        .filter_map(|(index, document)| match document {
            Document::OccupationalStandard(standard) => Some((index, standard)),
            _ => None,
        })
        .collect();
    let found: Vec<_> = standards
        .par_iter()
        .map(|&(index, standard)| {
            let mut part = context.fork();
            k702_duplicate_statement::check(&mut part, index, standard);
            part.into_reported()
        })
        .collect();
    for reported in found {
        context.absorb(reported);
    }
}

/// Validity and replacement (K703, K704, K705), document by document.
pub(crate) fn lifecycle(context: &mut Context<'_>) {
    for (index, document) in context.documents().collect::<Vec<_>>() {
        let (status, approval, replaced_by) = match document {
            Document::OccupationalStandard(standard) => (
                Some(standard.status),
                standard.approval.as_ref(),
                standard.replaced_by.as_ref(),
            ),
            Document::Qualification(q) => {
                (Some(q.status), q.approval.as_ref(), q.replaced_by.as_ref())
            }
            Document::LevelFramework(framework) => (None, framework.approval.as_ref(), None),
            _ => (None, None, None),
        };
        if let Some(approval) = approval {
            k703_validity_reversed::check(context, index, approval);
            k705_validity_ended::check(context, index, status, approval);
        }
        k704_superseded_without_replacement::check(context, index, document, status, replaced_by);
    }
}
