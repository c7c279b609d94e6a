use std::path::Path;

use kasb_diagnostics::{Diagnostic, Location, Message, Position, Span};
use kasb_model::{Document, DocumentKind, TypedDeserializer};
use serde::de::DeserializeOwned;

use crate::LoadOptions;
use crate::de;
use crate::locate::SpanMap;
use crate::rules;
use crate::source::to_u32;
use crate::tree::{NodeId, Tree, TreeProblem, Value};
use crate::validate::{self, File};

/// Why a file gave no document: its diagnostics, in position order and capped, and the id it
/// declares (read from what parsed), so that references to it are not reported again.
#[derive(Debug)]
pub(crate) struct Failed {
    /// The diagnostics (at least one).
    pub diagnostics: Vec<Diagnostic>,
    /// The document's `id`, when the tree holds one.
    pub id: Option<String>,
}

/// A document read from a file, with where the file writes the values that name nodes.
#[derive(Debug)]
pub(crate) struct Parsed {
    /// The document.
    pub document: Document,
    /// The spans of its ids and references ([`SpanMap::of_naming_values`]).
    pub naming: SpanMap,
}

/// Parses `text` as one kasb document: the text is parsed once into a located tree, the
/// typed document is read from it, and when that fails every problem the tree shows is
/// reported.
pub(crate) fn parse(path: &Path, text: &str, options: &LoadOptions) -> Result<Parsed, Failed> {
    if only_comments(text) {
        return Err(Failed {
            diagnostics: vec![rules::k109_multiple_documents::empty(path)],
            id: None,
        });
    }
    let tree = Tree::parse(text, options);
    let file = File { path, text };
    let mut found: Vec<Diagnostic> = tree
        .problems
        .iter()
        .filter_map(|problem| own_problem(file, problem, options))
        .collect();
    let kind = document_kind(file, &tree).map_err(|diagnostic| found.extend(diagnostic));
    let kind = kind.ok();
    let limited = tree
        .problems
        .iter()
        .any(|problem| matches!(problem, TreeProblem::Limit { .. }));
    let mut failure = None;
    let mut unbuilt = 0;
    if let (Some(kind), Some(root)) = (kind, tree.root())
        && tree
            .problems
            .iter()
            .all(|problem| matches!(problem, TreeProblem::SecondDocument { .. }))
    {
        match kind.deserialize_with(FromTree { tree: &tree, root }) {
            Ok(document) if found.is_empty() => {
                let naming = SpanMap::of_naming_values(&tree);
                return Ok(Parsed { document, naming });
            }
            Ok(_) => {}
            Err(error) => failure = Some(error),
        }
    }
    if !limited {
        let explained = validate::diagnose(file, &tree, kind, build_limit(options));
        if explained.diagnostics.is_empty()
            && explained.unbuilt == 0
            && let Some(error) = &failure
        {
            found.push(deserialiser_error(file, &tree, error));
        }
        found.extend(explained.diagnostics);
        unbuilt = explained.unbuilt;
    }
    if found.is_empty() {
        // Unreachable by construction (every failure above reports itself); never an empty
        // error all the same.
        let start = Location::new(path, Span::point(Position::new(1, 1)));
        found.push(rules::k101_yaml_syntax::unreadable(
            start,
            Message::new("k101-unreadable-document"),
            Message::new("k101-unreadable-document-help"),
        ));
    }
    Err(Failed {
        diagnostics: capped(path, found, unbuilt, options),
        id: declared_id(&tree),
    })
}

/// How many diagnostics of a file the validator builds: the walk meets problems in about
/// document order, so a few times the cap is enough to hold the first ones by position.
fn build_limit(options: &LoadOptions) -> usize {
    options
        .max_problems_per_file
        .saturating_mul(4)
        .saturating_add(64)
}

/// The diagnostics of one file in position order, at most `max_problems_per_file` of them and
/// then one that says how many more there are (with the `unbuilt` ones the validator only
/// counted).
fn capped(
    path: &Path,
    mut found: Vec<Diagnostic>,
    unbuilt: usize,
    options: &LoadOptions,
) -> Vec<Diagnostic> {
    found.sort_by(|a, b| {
        (a.location.span, a.rule.code, &a.message).cmp(&(b.location.span, b.rule.code, &b.message))
    });
    found.dedup();
    let cap = options.max_problems_per_file.max(1);
    if found.len() + unbuilt > cap {
        let hidden = found.len().saturating_sub(cap) + unbuilt;
        found.truncate(cap);
        found.push(rules::k108_resource_limit::too_many_problems(
            path, hidden, options,
        ));
    }
    found
}

/// The diagnostic of a problem of the tree this module reports itself: limits, a second
/// document, a recursive alias (syntax errors and repeated keys are the validator's).
fn own_problem(file: File<'_>, problem: &TreeProblem, options: &LoadOptions) -> Option<Diagnostic> {
    let at = |span: &Span| Location::new(file.path, *span);
    Some(match problem {
        TreeProblem::Limit { limit, at: span } => {
            rules::k108_resource_limit::diagnose(at(span), *limit, options)
        }
        TreeProblem::SecondDocument { at: span } => {
            rules::k109_multiple_documents::diagnose(at(span))
        }
        TreeProblem::RecursiveAlias { at: span } => {
            rules::k108_resource_limit::recursive_alias(at(span))
        }
        TreeProblem::Syntax(_) | TreeProblem::DuplicateKey { .. } => return None,
    })
}

/// The document's kind, from its root mapping's `kind`; or the diagnostics of a missing or
/// unknown kind (none when the parse stopped before it could be read: the stop explains).
fn document_kind(file: File<'_>, tree: &Tree<'_>) -> Result<DocumentKind, Vec<Diagnostic>> {
    let Some(root) = tree.root() else {
        return Err(if tree.problems.is_empty() {
            vec![rules::k109_multiple_documents::empty(file.path)]
        } else {
            Vec::new()
        });
    };
    let node = tree.node(root);
    let complete = match node.value {
        Value::Mapping { complete } => complete,
        _ if tree.stopped() => return Err(Vec::new()),
        Value::Sequence { .. } => return Err(vec![not_a_mapping(file, tree, root, "k102-a-list")]),
        _ => return Err(vec![not_a_mapping(file, tree, root, "k107-a-single-value")]),
    };
    let Some(value) = tree.get(root, "kind") else {
        return Err(if complete {
            vec![rules::k107_unknown_kind::missing(file.path)]
        } else {
            Vec::new()
        });
    };
    let text = tree.scalar(value).unwrap_or("");
    text.parse::<DocumentKind>().map_err(|_| {
        let at = Location::new(file.path, tree.node(value).span);
        vec![rules::k107_unknown_kind::unknown(at, text)]
    })
}

/// The K107 of a document that is `found` (the message saying what it is) rather than a mapping.
fn not_a_mapping(file: File<'_>, tree: &Tree<'_>, root: NodeId, found: &'static str) -> Diagnostic {
    let at = token_span(file.text, tree.node(root).span.start);
    rules::k107_unknown_kind::not_a_mapping(Location::new(file.path, at), Message::new(found))
}

/// The `id` the root mapping declares, if it has a scalar one: for files that did not load, so
/// that references to them are not reported a second time.
fn declared_id(tree: &Tree<'_>) -> Option<String> {
    let id = tree.get(tree.root()?, "id")?;
    tree.scalar(id)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

/// The typed deserialiser over a parsed tree, as the model's parse dispatch takes it.
struct FromTree<'t, 'a> {
    tree: &'t Tree<'a>,
    root: NodeId,
}

impl TypedDeserializer for FromTree<'_, '_> {
    type Error = de::Error;

    fn deserialize<T: DeserializeOwned>(self) -> Result<T, de::Error> {
        de::from_tree(self.tree, self.root)
    }
}

/// The diagnostic of a deserialiser error the validator found nothing to say about (the
/// schema is looser than the types in a way it does not know): the error as it is, at its node.
fn deserialiser_error(file: File<'_>, tree: &Tree<'_>, error: &de::Error) -> Diagnostic {
    let span = error
        .node()
        .or(tree.root())
        .map_or(Span::point(Position::new(1, 1)), |node| {
            let span = tree.node(node).span;
            if span.start.line == span.end.line {
                span
            } else {
                Span::point(span.start)
            }
        });
    let location = Location::new(file.path, span);
    match error.cause() {
        de::Cause::MissingField { field } => rules::k103_missing_field::missing(location, field),
        _ => rules::k102_invalid_type::unreadable(location, error.to_string()),
    }
}

fn only_comments(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// The text of `at`'s line from `at` on.
fn rest_of_line(text: &str, at: Position) -> String {
    let line = text
        .lines()
        .nth(at.line.saturating_sub(1) as usize)
        .unwrap_or("");
    line.chars()
        .skip(at.column.saturating_sub(1) as usize)
        .collect()
}

/// The span of the token that starts at `at`: to the end of a key (`:`), a flow item, or the
/// line, without trailing spaces.
pub(crate) fn token_span(text: &str, at: Position) -> Span {
    let rest = rest_of_line(text, at);
    let mut length = 0;
    let mut previous = ' ';
    for c in rest.chars() {
        let ends_token = matches!(c, ':' | ',' | ']' | '}') || (c == '#' && previous == ' ');
        if ends_token && length > 0 && previous != '\\' {
            break;
        }
        previous = c;
        length += 1;
    }
    // Long enough for any key or code, short enough to keep a runaway line readable.
    let length = length.min(80);
    let token = rest.chars().take(length).collect::<String>();
    let trimmed = to_u32(token.trim_end().chars().count());
    Span::new(at, Position::new(at.line, at.column + trimmed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(text: &str) -> Result<DocumentKind, Vec<Diagnostic>> {
        let tree = Tree::parse(text, &LoadOptions::default());
        let file = File {
            path: Path::new("x.yaml"),
            text,
        };
        document_kind(file, &tree)
    }

    #[test]
    fn finds_the_kind_in_the_tree_in_any_style() {
        let text = "# header\nkind: \"Qualifcation\" # comment\n";
        let error = kind_of(text).unwrap_err();
        assert_eq!(error[0].rule.code, "K107");
        assert_eq!(
            (error[0].location.line(), error[0].location.column()),
            (2, 7)
        );
        assert_eq!(
            kind_of("{id: x, kind: Qualification}").unwrap(),
            DocumentKind::Qualification
        );
        assert_eq!(kind_of("- kind: X\n").unwrap_err()[0].rule.code, "K107");
        assert_eq!(kind_of("id: x\n").unwrap_err()[0].rule.code, "K107");
        // The parse stopped before the kind: the syntax error explains, not a missing kind.
        assert!(kind_of("id: [x\n").unwrap_err().is_empty());
        assert!(kind_of("]\n").unwrap_err().is_empty());
    }

    #[test]
    fn the_unknown_kind_rule_names_every_kind() {
        // The rule's explanation is static text in kasb-diagnostics, upstream of the model.
        for kind in Document::KINDS {
            assert!(
                rules::UNKNOWN_KIND.explanation.contains(kind.as_str()),
                "add `{kind}` to the explanation of {}",
                rules::UNKNOWN_KIND.code
            );
        }
    }

    #[test]
    fn token_spans_stop_at_keys_and_flow_punctuation() {
        let text = "a:\n  titel: x\n  b: [one, two]\n";
        assert_eq!(
            token_span(text, Position::new(2, 3)).end,
            Position::new(2, 8)
        );
        assert_eq!(
            token_span(text, Position::new(3, 7)).end,
            Position::new(3, 10)
        );
    }
}
