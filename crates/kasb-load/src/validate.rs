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
///
/// At most `limit` diagnostics are built; the ones past it are only counted
/// ([`Explained::unbuilt`]).
pub(crate) fn diagnose(
    file: File<'_>,
    tree: &Tree<'_>,
    kind: Option<DocumentKind>,
    limit: usize,
) -> Explained {
    let context = Context {
        file,
        tree,
        lines: text::Lines::new(file.text),
    };
    let mut diagnostics = Bounded::new(limit);
    let walked = kind.map(|kind| walk::walk(&context, schema::of(kind), &mut diagnostics));
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
    keys::diagnose(&context, &mut diagnostics);
    if let Some(walked) = walked {
        walked.finish(&context, &explained, &mut diagnostics);
    }
    let Bounded {
        kept: mut diagnostics,
        skipped: unbuilt,
        ..
    } = diagnostics;
    without_repeats_of_missing_dashes(&mut diagnostics);
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
    Explained {
        diagnostics,
        unbuilt,
    }
}

/// What [`diagnose`] found.
pub(crate) struct Explained {
    /// The diagnostics built, in position order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many more problems it found past its limit, counted but not built.
    pub unbuilt: usize,
}

/// The first diagnostics of one file by position, at most `limit` of them; the others are
/// counted, and those past the horizon never built: a file with half a million unknown keys
/// costs a count, not half a million messages. (The caller shows fewer than `limit`: the
/// margin is for the diagnostics that later filters drop.)
pub(crate) struct Bounded {
    kept: Vec<Diagnostic>,
    limit: usize,
    skipped: usize,
    /// The position of the last diagnostic kept once the limit was first reached: a problem
    /// after it can never be among the first `limit`.
    horizon: Option<Span>,
}

impl Bounded {
    pub(crate) fn new(limit: usize) -> Self {
        Self {
            kept: Vec::new(),
            limit: limit.max(1),
            skipped: 0,
            horizon: None,
        }
    }

    /// Adds a diagnostic that is built already.
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        let at = diagnostic.location.span;
        self.push_with(at, || diagnostic);
    }

    /// Adds the diagnostic `make` builds, located at `at`, unless it comes after the horizon.
    pub(crate) fn push_with(&mut self, at: Option<Span>, make: impl FnOnce() -> Diagnostic) {
        if self.horizon.is_some_and(|horizon| at > Some(horizon)) {
            self.skipped += 1;
            return;
        }
        self.kept.push(make());
        if self.kept.len() >= self.limit.saturating_mul(2) {
            // Amortised: keep the first `limit` by position each time twice as many are held.
            self.kept.sort_by_key(|diagnostic| diagnostic.location.span);
            self.skipped += self.kept.len() - self.limit;
            self.kept.truncate(self.limit);
            self.horizon = self.kept.last().and_then(|last| last.location.span);
        }
    }
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
        self.at(self.head_span(span))
    }

    /// The span [`head`](Self::head) locates.
    fn head_span(&self, span: Span) -> Span {
        self.lines.first_line(span)
    }
}

#[cfg(test)]
mod tests;
