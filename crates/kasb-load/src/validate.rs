//! Every problem of a document that did not load, in words an author understands.
//!
//! The typed deserialiser stops at its first error; this module is called only then (or when
//! the tree itself met a syntax error or a repeated key), and walks the whole [`Tree`] against
//! the kind's generated JSON Schema to report every independent problem, each at its own line
//! and column: syntax (classified, with a concrete fix), unknown or misspelt fields, wrong
//! types, unquoted codes and `Yes`/`No`, bad enum values, missing fields, repeated keys,
//! invalid dates and ids.
//!
//! One root cause gives one diagnostic: a node of the wrong type is not looked into, a mapping
//! the parse never finished is not missing anything, a field indented into the wrong mapping
//! is one K115 (not an unknown field here and a missing one there), and an item written
//! without its `- ` is one K116 (not a repeated key for each of its fields).

mod keys;
mod schema;
mod syntax;
mod text;
mod walk;

use std::path::Path;

use kasb_diagnostics::{Diagnostic, Location, Span};
use kasb_model::DocumentKind;

use crate::rules;
use crate::tree::{Tree, TreeProblem};

pub(crate) use text::Reading;
pub(crate) use walk::words::Expectation;

/// The file a tree was parsed from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct File<'a> {
    /// Its path, as discovered.
    pub path: &'a Path,
    /// Its text.
    pub text: &'a str,
}

/// Every problem of the document in `tree` that this module explains: the tree's syntax error
/// and repeated keys, and what breaks the schema of `kind` (when the kind is known), in
/// position order, one diagnostic per root cause. Limits, a second document and an unknown
/// kind are the caller's. Empty when it finds nothing (the caller then reports the
/// deserialiser's own error).
pub(crate) fn diagnose(
    file: File<'_>,
    tree: &Tree<'_>,
    kind: Option<DocumentKind>,
) -> Vec<Diagnostic> {
    let context = Context {
        file,
        tree,
        lines: text::Lines::new(file.text),
    };
    let walked = kind.map(|kind| walk::walk(&context, schema::of(kind)));
    let mut diagnostics = Vec::new();
    let mut explained = Vec::new();
    for problem in &tree.problems {
        if let TreeProblem::Syntax(error) = problem {
            if walked
                .as_ref()
                .is_some_and(|walked| walked.explains_the_error)
            {
                continue;
            }
            let (diagnostic, explains) = syntax::diagnose(&context, error, walked.as_ref());
            diagnostics.push(diagnostic);
            explained.extend(explains);
        }
    }
    diagnostics.extend(keys::diagnose(&context));
    if let Some(walked) = walked {
        diagnostics.extend(walked.finish(&explained));
    }
    without_repeats_of_missing_dashes(&mut diagnostics);
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    diagnostics
}

/// Drops the K106 of a key that a K116 names as the start of an item without its dash: the
/// key is repeated only because the dash is missing.
fn without_repeats_of_missing_dashes(diagnostics: &mut Vec<Diagnostic>) {
    let missing_dashes: std::collections::HashSet<Location> = diagnostics
        .iter()
        .filter(|d| std::ptr::eq(d.rule, &rules::k116_missing_dash::MISSING_DASH))
        .map(|d| d.location.clone())
        .collect();
    if missing_dashes.is_empty() {
        return;
    }
    diagnostics.retain(|d| {
        !(std::ptr::eq(d.rule, &rules::k106_duplicate_key::DUPLICATE_KEY)
            && missing_dashes.contains(&d.location))
    });
}

/// What every part of the explanation reads: the file, its tree and its lines.
struct Context<'c, 'a> {
    file: File<'c>,
    tree: &'c Tree<'a>,
    lines: text::Lines<'c>,
}

impl Context<'_, '_> {
    /// `span` in this file.
    fn at(&self, span: Span) -> Location {
        Location::new(self.file.path, span)
    }

    /// `span` cut to its first line, for a collection (the renderer underlines a token, not
    /// a whole block).
    fn head(&self, span: Span) -> Location {
        self.at(self.lines.first_line(span))
    }
}

#[cfg(test)]
mod tests;
