use std::path::Path;

use kasb_diagnostics::{Diagnostic, Location, Position, Span};
use kasb_model::{Document, DocumentKind, TypedDeserializer};
use serde::de::DeserializeOwned;

use crate::LoadOptions;
use crate::de;
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

/// Parses `text` as one kasb document: the text is parsed once into a located tree, the
/// typed document is read from it, and when that fails every problem the tree shows is
/// reported.
pub(crate) fn parse(path: &Path, text: &str, options: &LoadOptions) -> Result<Document, Failed> {
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
    if let (Some(kind), Some(root)) = (kind, tree.root())
        && tree
            .problems
            .iter()
            .all(|problem| matches!(problem, TreeProblem::SecondDocument { .. }))
    {
        match kind.deserialize_with(FromTree { tree: &tree, root }) {
            Ok(document) if found.is_empty() => return Ok(document),
            Ok(_) => {}
            Err(error) => failure = Some(error),
        }
    }
    if !limited {
        let explained = validate::diagnose(file, &tree, kind);
        if explained.is_empty() {
            found.extend(first_error::diagnose(file, &tree, failure.as_ref()));
        } else {
            found.extend(explained);
        }
    }
    if found.is_empty() {
        // Unreachable by construction (every failure above reports itself); never an empty
        // error all the same.
        found.extend(first_error::syntax_fallback(file));
    }
    Err(Failed {
        diagnostics: capped(path, found, options),
        id: declared_id(&tree),
    })
}

/// The diagnostics of one file in position order, at most `max_problems_per_file` of them and
/// then one that says how many more there are.
fn capped(path: &Path, mut found: Vec<Diagnostic>, options: &LoadOptions) -> Vec<Diagnostic> {
    found.sort_by(|a, b| {
        (a.location.span, a.rule.code, &a.message).cmp(&(b.location.span, b.rule.code, &b.message))
    });
    found.dedup();
    let cap = options.max_problems_per_file.max(1);
    if found.len() > cap {
        let hidden = found.len() - cap;
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
        Value::Sequence { .. } => return Err(vec![not_a_mapping(file, tree, root, "a list")]),
        _ => return Err(vec![not_a_mapping(file, tree, root, "a single value")]),
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

fn not_a_mapping(file: File<'_>, tree: &Tree<'_>, root: NodeId, found: &str) -> Diagnostic {
    let at = token_span(file.text, tree.node(root).span.start);
    rules::k107_unknown_kind::not_a_mapping(Location::new(file.path, at), found)
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

/// TEMPORARY ADAPTER (issue 11): until the validator (`validate::diagnose`) is merged it
/// reports nothing, and this module keeps today's first-error behaviour by turning the tree's
/// syntax error and repeated keys, and the deserialiser's error, into the existing rules
/// K101–K106 with today's words (their rule files still read serde-saphyr's error type, so
/// the error is restated in it). After the merge only the deserialiser's error remains here,
/// for a document the validator finds nothing wrong with; replace this module then.
mod first_error {
    use kasb_diagnostics::{Diagnostic, Location, Position};
    use serde_saphyr::Error;
    use serde_saphyr::Location as Unknown;

    use super::{Found, token_span};
    use crate::de::{self, Cause};
    use crate::rules;
    use crate::tree::{NodeId, Tree, TreeProblem, Value};
    use crate::validate::File;

    /// Today's diagnostics: the syntax error and every repeated key, else the deserialiser's
    /// error.
    pub(super) fn diagnose(
        file: File<'_>,
        tree: &Tree<'_>,
        failure: Option<&de::Error>,
    ) -> Vec<Diagnostic> {
        let from_tree: Vec<Diagnostic> = tree
            .problems
            .iter()
            .filter_map(|problem| match problem {
                TreeProblem::Syntax(error) => Some(syntax(file, error)),
                TreeProblem::DuplicateKey { key, .. } => Some(duplicate(file, tree, *key)),
                _ => None,
            })
            .collect();
        if !from_tree.is_empty() {
            return from_tree;
        }
        failure
            .map(|error| deserialisation(file, tree, error))
            .into_iter()
            .collect()
    }

    /// A K101 at the start of the file, for an error with nothing else to say.
    pub(super) fn syntax_fallback(file: File<'_>) -> Option<Diagnostic> {
        let at = Position::new(1, 1);
        let error = Error::Message {
            msg: "the document cannot be read".to_owned(),
            location: Unknown::UNKNOWN,
        };
        Some(rules::k101_yaml_syntax::diagnose(&found(file, at), &error))
    }

    fn found<'f>(file: File<'f>, at: Position) -> Found<'f> {
        Found {
            path: file.path,
            text: file.text,
            at: Some(at),
            located: Location::new(file.path, token_span(file.text, at)),
        }
    }

    /// Where the error about `node` points: a one-line node itself, else the token it starts
    /// with.
    fn found_at<'f>(file: File<'f>, tree: &Tree<'_>, node: NodeId) -> Found<'f> {
        let span = tree.node(node).span;
        let mut found = found(file, span.start);
        if span.start.line == span.end.line && span.end.column > span.start.column {
            found.located = Location::new(file.path, span);
        }
        if !matches!(tree.node(node).value, Value::Scalar { .. }) {
            // A collection starts at its first key or item: the rules' search for the value
            // after a key would land inside it.
            found.at = None;
        }
        found
    }

    fn syntax(file: File<'_>, error: &granit_parser::ScanError) -> Diagnostic {
        let marker = error.marker();
        let at = Position::new(
            crate::source::to_u32(marker.line()).max(1),
            crate::source::to_u32(marker.col() + 1),
        );
        let error = Error::Message {
            msg: error.info(),
            location: Unknown::UNKNOWN,
        };
        rules::k101_yaml_syntax::diagnose(&found(file, at), &error)
    }

    fn duplicate(file: File<'_>, tree: &Tree<'_>, key: NodeId) -> Diagnostic {
        let error = Error::DuplicateMappingKey {
            key: tree.scalar(key).map(str::to_owned),
            location: Unknown::UNKNOWN,
        };
        let found = found_at(file, tree, key);
        rules::k106_duplicate_key::diagnose(&found, &error)
            .unwrap_or_else(|| rules::k101_yaml_syntax::diagnose(&found, &error))
    }

    fn deserialisation(file: File<'_>, tree: &Tree<'_>, error: &de::Error) -> Diagnostic {
        let found = match error.node().or(tree.root()) {
            Some(node) => found_at(file, tree, node),
            None => found(file, Position::new(1, 1)),
        };
        let location = Unknown::UNKNOWN;
        let error = match error.cause().clone() {
            Cause::InvalidType { expected, found } => Error::SerdeInvalidType {
                unexpected: found.to_string(),
                expected,
                location,
            },
            Cause::Unquoted { value } => Error::QuotingRequired { value, location },
            Cause::NullIntoText => Error::NullIntoString { location },
            Cause::InvalidScalar { ty } => Error::InvalidScalar { ty, location },
            Cause::UnknownVariant { variant, expected } => Error::SerdeUnknownVariant {
                variant,
                expected: expected.to_vec(),
                location,
            },
            Cause::UnknownField { field, expected } => Error::SerdeUnknownField {
                field,
                expected: expected.to_vec(),
                location,
            },
            Cause::MissingField { field } => Error::SerdeMissingField { field, location },
            Cause::Custom(msg) => Error::Message { msg, location },
        };
        rules::k104_unknown_field::diagnose(&found, &error)
            .or_else(|| rules::k103_missing_field::diagnose(&found, &error))
            .or_else(|| rules::k105_unquoted_scalar::diagnose(&found, &error))
            .or_else(|| rules::k102_invalid_type::diagnose(&found, &error))
            .unwrap_or_else(|| rules::k101_yaml_syntax::diagnose(&found, &error))
    }
}

/// Where a deserialization error was met: the file, its text, the engine's position (if it
/// gave one) and the token there.
pub(crate) struct Found<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub at: Option<Position>,
    pub located: Location,
}

impl Found<'_> {
    /// The value after the key at the error's position (type errors point at the key).
    pub fn value(&self) -> Location {
        self.at.map_or(self.located.clone(), |at| {
            Location::new(
                self.path,
                token_span(self.text, value_after_key(self.text, at)),
            )
        })
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

/// When `at` is a key with its value on the same line (`title: [x]`), the value's position;
/// otherwise `at`. Type errors are about values, and some are reported at their key.
fn value_after_key(text: &str, at: Position) -> Position {
    let rest = rest_of_line(text, at);
    let Some(colon) = rest.find(": ") else {
        return at;
    };
    let key = &rest[..colon];
    let is_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    let value = rest[colon + 2..].trim_start();
    if !is_key || value.is_empty() || value.starts_with('#') {
        return at;
    }
    let offset = rest.len() - value.len();
    Position::new(at.line, at.column + to_u32(rest[..offset].chars().count()))
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
