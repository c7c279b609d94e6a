use std::path::Path;

use crate::rules;
use kasb_diagnostics::{Diagnostic, Location, Position, Span, closest};
use kasb_model::{Document, DocumentKind, TypedDeserializer};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_saphyr::{DuplicateKeyPolicy, Error};

use crate::LoadOptions;
use crate::source::to_u32;

/// The most text all values of one file may hold, aliases expanded: four times the default
/// file size, so only aliases can reach it.
const MAX_SCALAR_BYTES: usize = 64 * 1024 * 1024;

/// Parses `text` as one kasb document.
pub(crate) fn parse(
    path: &Path,
    text: &str,
    options: &LoadOptions,
) -> Result<Document, Vec<Diagnostic>> {
    if only_comments(text) {
        return Err(vec![
            Diagnostic::new(
                &rules::MULTIPLE_DOCUMENTS,
                Location::new(path, Span::point(Position::new(1, 1))),
                "the file is empty",
            )
            .with_help("write one document in it, starting with `kind:`, or delete it"),
        ]);
    }
    let kind = match find_kind(text) {
        Some(found) => found,
        None => probe_kind(path, text, options)?,
    };
    let (kind_text, kind_span) = kind;
    let Ok(kind) = kind_text.parse::<DocumentKind>() else {
        let names = Document::KINDS.map(DocumentKind::as_str);
        let help = match closest(&kind_text, names) {
            Some(name) => format!("did you mean `{name}`?"),
            None => format!("use one of: {}", names.join(", ")),
        };
        return Err(vec![
            Diagnostic::new(
                &rules::UNKNOWN_KIND,
                Location::new(path, kind_span),
                format!("unknown document kind `{kind_text}`"),
            )
            .with_help(help),
        ]);
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
        None => Err(vec![
            Diagnostic::new(
                &rules::UNKNOWN_KIND,
                Location::new(path, Span::point(Position::new(1, 1))),
                "the document has no `kind`",
            )
            .with_help(format!(
                "start it with `kind: ` and one of: {}",
                Document::KINDS.map(DocumentKind::as_str).join(", ")
            )),
        ]),
    }
}

/// Turns a deserialization error into one located diagnostic with a fix hint: a problem with a
/// field or key, a limit, a value, or else the YAML syntax.
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
    field_problem(&found, error)
        .or_else(|| limit_problem(&found, error, options))
        .or_else(|| value_problem(&found, error))
        .unwrap_or_else(|| {
            Diagnostic::new(&rules::YAML_SYNTAX, found.located, syntax_message(error))
                .with_help("fix the YAML syntax here: indentation, brackets, quotes")
        })
}

/// Where a deserialization error was met: the file, its text, the engine's position (if it
/// gave one) and the token there.
struct Found<'a> {
    path: &'a Path,
    text: &'a str,
    at: Option<Position>,
    located: Location,
}

impl Found<'_> {
    /// The value after the key at the error's position (type errors point at the key).
    fn value(&self) -> Location {
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

/// An unknown or missing field, an unquoted scalar, a duplicate key (K104, K103, K105, K106).
fn field_problem(found: &Found<'_>, error: &Error) -> Option<Diagnostic> {
    let located = found.located.clone();
    Some(match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let help = match closest(field, expected.iter().copied()) {
                Some(name) => format!("did you mean `{name}`?"),
                None if expected.is_empty() => "remove it".to_owned(),
                None => format!("the fields here are: {}", expected.join(", ")),
            };
            Diagnostic::new(
                &rules::UNKNOWN_FIELD,
                located,
                format!("unknown field `{field}`"),
            )
            .with_help(help)
        }
        Error::SerdeMissingField { field, .. } => {
            // The engine reports the mapping's last key; point at the mapping itself.
            let mapping = found
                .at
                .and_then(|at| crate::source::enclosing_node(found.text, at));
            let location = match mapping {
                Some(start) => Location::new(found.path, token_span(found.text, start)),
                None => located,
            };
            Diagnostic::new(
                &rules::MISSING_FIELD,
                location,
                format!("missing field `{field}`"),
            )
            .with_help(format!("add `{field}:` to this mapping"))
        }
        Error::QuotingRequired { value, .. } => Diagnostic::new(
            &rules::UNQUOTED_SCALAR,
            located,
            format!(
                "`{value}` must be quoted: YAML reads it as {}, but text is required here",
                scalar_reading(value)
            ),
        )
        .with_help(format!("quote it: \"{value}\"")),
        Error::DuplicateMappingKey { key, .. } => Diagnostic::new(
            &rules::DUPLICATE_KEY,
            located,
            match key {
                Some(key) => format!("the key `{key}` is given twice in this mapping"),
                None => "a key is given twice in this mapping".to_owned(),
            },
        )
        .with_help("keep one; other YAML tools would silently drop the first value"),
        _ => return None,
    })
}

/// A budget, alias expansion or nesting limit (K108), or several documents in one file (K109).
fn limit_problem(found: &Found<'_>, error: &Error, options: &LoadOptions) -> Option<Diagnostic> {
    let located = found.located.clone();
    Some(match error {
        Error::Budget { breach, .. } => Diagnostic::new(
            &rules::RESOURCE_LIMIT,
            located,
            format!("the file exceeds a limit: {}", describe_breach(breach)),
        )
        .with_help(breach_help(breach, options)),
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => Diagnostic::new(
            &rules::RESOURCE_LIMIT,
            located,
            "aliases expand beyond the limit (an alias bomb?)",
        )
        .with_help("write the values out, or use fewer nested aliases"),
        Error::MultipleDocuments { .. } => Diagnostic::new(
            &rules::MULTIPLE_DOCUMENTS,
            located,
            "the file holds more than one YAML document",
        )
        .with_help("put each document in a file of its own"),
        other if is_nesting_limit(other) => Diagnostic::new(
            &rules::RESOURCE_LIMIT,
            located,
            "the file nests deeper than the YAML parser allows",
        )
        .with_help("flatten the structure: no kasb document nests more than a few levels"),
        _ => return None,
    })
}

/// A value of the wrong type or out of its range (K102).
fn value_problem(found: &Found<'_>, error: &Error) -> Option<Diagnostic> {
    let located = found.located.clone();
    let invalid =
        |location, message: String| Diagnostic::new(&rules::INVALID_TYPE, location, message);
    Some(match error {
        Error::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let help = match closest(variant, expected.iter().copied()) {
                Some(name) => format!("did you mean `{name}`?"),
                None => format!("use one of: {}", expected.join(", ")),
            };
            invalid(located, format!("unknown value `{variant}`")).with_help(help)
        }
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => invalid(
            found.value(),
            format!("expected {expected}, found {unexpected}"),
        )
        .with_help(type_help(expected)),
        Error::Message { msg, .. } => {
            invalid(located, msg.clone()).with_help(if msg.contains("is a finite number from") {
                "write a number within the range, without quotes"
            } else {
                "see the field's description in the JSON Schema under schemas/"
            })
        }
        Error::InvalidScalar { ty, .. } => {
            invalid(located, format!("expected {}", describe_type(ty))).with_help(type_help(ty))
        }
        Error::Unexpected { expected, .. } => {
            invalid(found.value(), format!("expected {expected}"))
                .with_help("check the indentation and brackets, and the field's type in schemas/")
        }
        Error::NullIntoString { .. } => invalid(
            located,
            "this value is empty, but text is required".to_owned(),
        )
        .with_help("write the text, or remove the field if it is optional"),
        _ => return None,
    })
}

/// A budget breach in words.
fn describe_breach(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach;
    match breach {
        BudgetBreach::Nodes { nodes } => {
            format!("more than {} YAML nodes", nodes.saturating_sub(1))
        }
        BudgetBreach::Events { events } => {
            format!("more than {} parser events", events.saturating_sub(1))
        }
        BudgetBreach::Aliases { aliases } => {
            format!("more than {} aliases", aliases.saturating_sub(1))
        }
        BudgetBreach::Anchors { anchors } => {
            format!("more than {} anchors", anchors.saturating_sub(1))
        }
        BudgetBreach::Depth { depth } => format!("nesting {depth} deep"),
        BudgetBreach::Documents { .. } => "more than one document".to_owned(),
        BudgetBreach::ScalarBytes { total_scalar_bytes } => format!(
            "more than {MAX_SCALAR_BYTES} bytes of text in its values ({total_scalar_bytes} bytes \
             with aliases expanded)"
        ),
        other => format!("{other:?}"),
    }
}

/// Which limit a breach hit, its value, and how to change it.
fn breach_help(breach: &serde_saphyr::budget::BudgetBreach, options: &LoadOptions) -> String {
    use serde_saphyr::budget::BudgetBreach;
    let raise = |what: &str, value: usize, key: &str| {
        format!(
            "kasb allows {value} {what} per file; simplify or split the file, or raise \
             `{key}` under `[limits]` in kasb.toml"
        )
    };
    match breach {
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
            raise("YAML nodes", options.max_nodes, "max-nodes")
        }
        BudgetBreach::Aliases { .. } | BudgetBreach::Anchors { .. } => {
            raise("aliases", options.max_aliases, "max-aliases")
        }
        BudgetBreach::Depth { .. } => raise("levels of nesting", options.max_depth, "max-depth"),
        BudgetBreach::ScalarBytes { .. } => format!(
            "kasb allows {} MiB of text in a file's values, aliases expanded (a fixed limit); \
             write long values once instead of repeating them through aliases",
            MAX_SCALAR_BYTES / (1024 * 1024)
        ),
        _ => "simplify the file: real standards stay far below kasb's limits".to_owned(),
    }
}

/// The scanner reports runaway flow nesting as a plain message.
fn is_nesting_limit(error: &Error) -> bool {
    let message = error.to_string();
    message.contains("recursion limit") || message.contains("nesting limit")
}

fn syntax_message(error: &Error) -> String {
    let message = error.to_string();
    // The crate appends "at line L, column C"; the location is shown separately.
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

fn only_comments(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

/// What YAML reads a plain scalar as, for the "must be quoted" message.
fn scalar_reading(value: &str) -> &'static str {
    let lower = value.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        "a boolean"
    } else if matches!(lower.as_str(), "null" | "~" | "") {
        "null"
    } else {
        "a number"
    }
}

/// Words for a Rust scalar type, as a standards officer would say them.
fn describe_type(ty: &str) -> String {
    match ty {
        "u8" => "a whole number from 0 to 255".to_owned(),
        "u16" | "u32" | "u64" | "usize" => "a whole number, 0 or more".to_owned(),
        "i8" | "i16" | "i32" | "i64" => "a whole number".to_owned(),
        "f32" | "f64" => "a number".to_owned(),
        "bool" => "true or false".to_owned(),
        other => format!("a valid {other}"),
    }
}

fn type_help(expected: &str) -> String {
    if expected.contains("u8") || expected.contains("u32") || expected.contains("integer") {
        "write a whole number, without quotes".to_owned()
    } else if expected.contains("f64") || expected.contains("float") {
        "write a number, without quotes".to_owned()
    } else if expected.contains("sequence") {
        "write a list: `- item` lines or `[a, b]`".to_owned()
    } else if expected.contains("map") || expected.contains("struct") {
        "write a mapping of `key: value` lines".to_owned()
    } else {
        "see the field's type in the JSON Schema under schemas/".to_owned()
    }
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
fn token_span(text: &str, at: Position) -> Span {
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
