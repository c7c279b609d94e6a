//! What a shape expects and what was written instead, in words, with an example taken from
//! the schema.

use super::Found;
use crate::validate::schema::{Alternative, Literal, Others, Schema, Shape, TextFormat};
use crate::validate::text::Reading;

/// What a field expects, for a K102.
pub(crate) struct Expectation<'a> {
    /// The field, when the value is one (not a list item or the document).
    pub field: Option<&'a str>,
    /// What it takes, in words: `a list`, `text`, `a whole number from 0 to 255`.
    pub expected: String,
    /// How to write it, on one or a few lines.
    pub example: String,
}

/// The alternatives of `shape` in words, `null` left out (an empty optional field is never
/// the problem).
pub(super) fn expected(schema: &Schema, shape: &Shape) -> String {
    let mut words: Vec<String> = Vec::new();
    for alternative in &shape.alternatives {
        let word = match alternative {
            Alternative::Null => continue,
            Alternative::Text(TextFormat::Date) => "a date written YYYY-MM-DD".to_owned(),
            Alternative::Text(TextFormat::DocumentId | TextFormat::ItemId) => "an id".to_owned(),
            Alternative::Text(TextFormat::Any) => "text".to_owned(),
            Alternative::Integer { min, max } => format!("a whole number from {min} to {max}"),
            Alternative::Number { min, max } => format!("a number from {min} to {max}"),
            Alternative::Boolean => "`true` or `false`".to_owned(),
            Alternative::Literals(values) => one_of(values),
            Alternative::List(_) => "a list".to_owned(),
            Alternative::Mapping { fields, others, .. } => mapping_words(schema, fields, *others),
        };
        if !words.contains(&word) {
            words.push(word);
        }
    }
    match words.len() {
        0 => "nothing".to_owned(),
        _ => words.join(" or "),
    }
}

fn mapping_words(
    schema: &Schema,
    fields: &[(String, crate::validate::schema::ShapeId)],
    others: Others,
) -> String {
    match (fields.is_empty(), others) {
        (true, Others::Allowed(value)) if expected(schema, schema.shape(value)) == "text" => {
            "a mapping from language tag to text".to_owned()
        }
        _ => "a mapping of `key: value` fields".to_owned(),
    }
}

fn one_of(values: &[Literal]) -> String {
    let names: Vec<String> = values
        .iter()
        .map(|value| match value {
            Literal::Text(text) => format!("`{text}`"),
            Literal::Number(number) => format!("`{number}`"),
        })
        .collect();
    match names.as_slice() {
        [one] => one.clone(),
        _ => format!("one of {}", names.join(", ")),
    }
}

/// What was written, in words.
pub(super) fn found(what: Found<'_>) -> String {
    match what {
        Found::Mapping => "a mapping of `key: value` fields".to_owned(),
        Found::List => "a list".to_owned(),
        Found::Scalar(_, Reading::Null) => "nothing".to_owned(),
        Found::Scalar(text, Reading::Text) => format!("the text `{}`", short(text)),
        Found::Scalar(text, reading) => {
            format!("`{}`, which YAML reads as {}", short(text), reading.words())
        }
    }
}

/// How to write a value of `shape`, on one line (renderers show a message's line ends
/// escaped), with an example from the schema.
pub(super) fn example(schema: &Schema, shape: &Shape, field: Option<&str>) -> String {
    let first = shape
        .alternatives
        .iter()
        .find(|alternative| !matches!(alternative, Alternative::Null));
    let key = field.unwrap_or("field");
    match first {
        Some(Alternative::List(items)) => {
            let item = items.map_or_else(
                || "…".to_owned(),
                |items| item_example(schema, schema.shape(items)),
            );
            format!(
                "write each item on its own line starting with `- `, indented under `{key}:`, for example `- {item}`"
            )
        }
        Some(Alternative::Mapping { .. }) => {
            let fields = item_example(schema, shape);
            format!(
                "write the fields on their own lines indented under `{key}:`, one `key: value` per line, for example `{fields}`"
            )
        }
        Some(Alternative::Integer { min, .. }) => {
            format!(
                "write a whole number without quotes, for example `{key}: {}`",
                min.max(1.0)
            )
        }
        Some(Alternative::Number { min, .. }) => {
            format!(
                "write a number without quotes, for example `{key}: {}`",
                min.max(1.0)
            )
        }
        Some(Alternative::Literals(values)) => format!("write {}", one_of(values)),
        _ => format!(
            "write the text after `{key}: `, in quotes if it holds `: ` or starts with a sign such as `[` or `-`"
        ),
    }
}

/// One line of a mapping's example: its first required field (or first field), `: …`.
fn item_example(schema: &Schema, shape: &Shape) -> String {
    match shape.mapping() {
        Some(Alternative::Mapping {
            fields, required, ..
        }) => {
            let name = required
                .first()
                .or_else(|| fields.first().map(|(name, _)| name))
                .map_or("key", String::as_str);
            format!("{name}: …")
        }
        _ => {
            let _ = schema;
            "…".to_owned()
        }
    }
}

/// At most 40 characters of a value, for a message.
fn short(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
