use std::path::Path;

use kasb_diagnostics::{Diagnostic, Location, Position, Span};
use kasb_model::{Document, DocumentKind, TypedDeserializer};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_saphyr::{DuplicateKeyPolicy, Error};

use crate::LoadOptions;
use crate::rules;
use crate::source::to_u32;

/// The most text all values of one file may hold, aliases expanded: four times the default
/// file size, so only aliases can reach it.
pub(crate) const MAX_SCALAR_BYTES: usize = 64 * 1024 * 1024;

/// Parses `text` as one kasb document.
pub(crate) fn parse(
    path: &Path,
    text: &str,
    options: &LoadOptions,
) -> Result<Document, Vec<Diagnostic>> {
    if only_comments(text) {
        return Err(vec![rules::k109_multiple_documents::empty(path)]);
    }
    let kind = match find_kind(text) {
        Some(found) => found,
        None => probe_kind(path, text, options)?,
    };
    let (kind_text, kind_span) = kind;
    let Ok(kind) = kind_text.parse::<DocumentKind>() else {
        let at = Location::new(path, kind_span);
        return Err(vec![rules::k107_unknown_kind::unknown(at, &kind_text)]);
    };
    kind.deserialize_with(Saphyr { text, options })
        .map_err(|error| vec![diagnose(path, text, &error, options)])
}

fn saphyr_options(options: &LoadOptions) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = options.max_depth;
    budget.max_nodes = options.max_nodes;
    budget.max_events = options.max_nodes.saturating_mul(2);
    budget.max_aliases = options.max_aliases;
    budget.max_documents = 2;
    budget.max_total_scalar_bytes = MAX_SCALAR_BYTES;
    let mut saphyr = serde_saphyr::Options::default();
    saphyr.budget = Some(budget);
    saphyr.duplicate_keys = DuplicateKeyPolicy::Error;
    // Refuse plain scalars that YAML (1.2 or 1.1) would read as a number, boolean or null
    // where text is required: `0110`, `1.10`, `NO`.
    saphyr.no_schema = true;
    saphyr.strict_booleans = false;
    saphyr.with_snippet = false;
    saphyr.alias_limits.max_total_replayed_events = options.max_nodes;
    saphyr
}

fn typed<T: DeserializeOwned>(text: &str, options: &LoadOptions) -> Result<T, Error> {
    serde_saphyr::from_str_with_options(text, saphyr_options(options))
}

/// serde-saphyr with kasb's limits, as the model's parse dispatch takes it.
struct Saphyr<'a> {
    text: &'a str,
    options: &'a LoadOptions,
}

impl TypedDeserializer for Saphyr<'_> {
    type Error = Error;

    fn deserialize<T: DeserializeOwned>(self) -> Result<T, Error> {
        typed(self.text, self.options)
    }
}

/// The `kind:` line of a top-level block mapping, found without parsing.
fn find_kind(text: &str) -> Option<(String, Span)> {
    find_top_level(text, "kind:")
}

/// The `id` a file declares on a top-level line, read without parsing: for files that did not
/// load, so that references to them are not reported a second time.
pub(crate) fn declared_id(text: &str) -> Option<String> {
    find_top_level(text, "id:").map(|(id, _)| id)
}

/// The value of a top-level block-mapping key, read from its line.
fn find_top_level(text: &str, key: &str) -> Option<(String, Span)> {
    for (index, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix(key) else {
            continue;
        };
        let value = rest.split(" #").next().unwrap_or("").trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'');
        if value.is_empty() {
            return None;
        }
        let offset = line[key.len()..]
            .find(value)
            .map_or(key.len(), |at| at + key.len());
        let column = line[..offset].chars().count() + 1;
        let start = Position::new(to_u32(index + 1), to_u32(column));
        let end = Position::new(start.line, start.column + to_u32(value.chars().count()));
        return Some((value.to_owned(), Span::new(start, end)));
    }
    None
}

#[derive(Deserialize)]
struct KindProbe {
    kind: Option<String>,
}

/// Finds `kind` by parsing, for documents the line scan cannot read (flow style).
fn probe_kind(
    path: &Path,
    text: &str,
    options: &LoadOptions,
) -> Result<(String, Span), Vec<Diagnostic>> {
    let probe: KindProbe =
        typed(text, options).map_err(|error| vec![diagnose(path, text, &error, options)])?;
    match probe.kind {
        Some(kind) => Ok((kind, Span::point(Position::new(1, 1)))),
        None => Err(vec![rules::k107_unknown_kind::missing(path)]),
    }
}

/// Turns a deserialization error into one located diagnostic with a fix hint: a problem with a
/// field or key, a limit, a value, or else the YAML syntax; each rule's file builds its own.
fn diagnose(path: &Path, text: &str, error: &Error, options: &LoadOptions) -> Diagnostic {
    let error = error.without_snippet();
    let at = error_position(error);
    let found = Found {
        path,
        text,
        at,
        located: token_location(path, text, at),
    };
    // An error met while replaying an alias wraps the real one; the use site (above) is where
    // the reader looks, the inner error says what is wrong.
    let error = match error {
        Error::AliasError { error: inner, .. } => inner.without_snippet(),
        other => other,
    };
    // In this order: nesting limits are told apart by their message, which the errors before
    // them could contain too.
    rules::k104_unknown_field::diagnose(&found, error)
        .or_else(|| rules::k103_missing_field::diagnose(&found, error))
        .or_else(|| rules::k105_unquoted_scalar::diagnose(&found, error))
        .or_else(|| rules::k106_duplicate_key::diagnose(&found, error))
        .or_else(|| rules::k108_resource_limit::diagnose(&found, error, options))
        .or_else(|| rules::k109_multiple_documents::diagnose(&found, error))
        .or_else(|| rules::k112_invalid_date::from_load_error(&found, error))
        .or_else(|| rules::k102_invalid_type::diagnose(&found, error))
        .unwrap_or_else(|| rules::k101_yaml_syntax::diagnose(&found, error))
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

/// The engine's 1-based position of `error`, when it has one.
fn error_position(error: &Error) -> Option<Position> {
    error
        .location()
        .filter(|location| location.line() > 0)
        .map(|location| {
            Position::new(
                u32::try_from(location.line()).unwrap_or(u32::MAX),
                u32::try_from(location.column()).unwrap_or(u32::MAX).max(1),
            )
        })
}

/// The token at `at`, or the start of the file.
fn token_location(path: &Path, text: &str, at: Option<Position>) -> Location {
    match at {
        Some(at) => Location::new(path, token_span(text, at)),
        None => Location::new(path, Span::point(Position::new(1, 1))),
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

    #[test]
    fn finds_the_kind_line_without_parsing() {
        let (kind, span) = find_kind("# header\nkind: \"Qualification\" # comment\n").unwrap();
        assert_eq!(kind, "Qualification");
        assert_eq!(span.start, Position::new(2, 8));
        assert!(find_kind("{kind: Qualification}").is_none());
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
