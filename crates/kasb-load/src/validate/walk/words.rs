//! What a shape expects and what was written instead, in words, with an example taken from
//! the schema.

use kasb_diagnostics::{Arg, Message};

use super::Found;
use crate::validate::schema::{Alternative, Literal, Others, Schema, Shape, TextFormat};
use crate::validate::text::Reading;

/// What a field expects, for a K102.
pub(crate) struct Expectation<'a> {
    /// The field, when the value is one (not a list item or the document).
    pub field: Option<&'a str>,
    /// What it takes, in words: `a list`, `text`, `a whole number from 0 to 255`.
    pub expected: Message,
    /// How to write it, on one line.
    pub example: Message,
}

/// The alternatives of `shape` in words, `null` left out (an empty optional field is never
/// the problem), joined by "or".
pub(super) fn expected(schema: &Schema, shape: &Shape) -> Message {
    let mut words: Vec<Message> = Vec::new();
    for alternative in &shape.alternatives {
        let word = match alternative {
            Alternative::Null => continue,
            Alternative::Text(TextFormat::Date) => Message::new("k102-a-date"),
            Alternative::Text(TextFormat::DocumentId | TextFormat::ItemId) => {
                Message::new("k102-an-id")
            }
            Alternative::Text(TextFormat::Any) => Message::new("k102-text"),
            Alternative::Integer { min, max } => range("k102-a-whole-number", *min, *max),
            Alternative::Number { min, max } => range("k102-a-number", *min, *max),
            Alternative::Boolean => Message::new("k102-a-boolean"),
            Alternative::Literals(values) => one_of(values),
            Alternative::List(_) => Message::new("k102-a-list"),
            Alternative::Mapping { fields, others, .. } => mapping_words(schema, fields, *others),
        };
        if !words.contains(&word) {
            words.push(word);
        }
    }
    let mut words = words.into_iter();
    let Some(first) = words.next() else {
        return Message::new("k102-nothing");
    };
    words.fold(first, |first, last| {
        Message::new("list-or")
            .with("first", first)
            .with("last", last)
    })
}

/// A number's range in words (`a whole number from 0 to 255`), the bounds as Rust writes them.
fn range(id: &'static str, min: f64, max: f64) -> Message {
    Message::new(id)
        .with("min", min.to_string())
        .with("max", max.to_string())
}

fn mapping_words(
    schema: &Schema,
    fields: &[(String, crate::validate::schema::ShapeId)],
    others: Others,
) -> Message {
    match (fields.is_empty(), others) {
        (true, Others::Allowed(value))
            if expected(schema, schema.shape(value)) == Message::new("k102-text") =>
        {
            Message::new("k102-a-text-per-language")
        }
        _ => Message::new("k102-a-mapping"),
    }
}

/// One of the values a field allows, each as written (`` `approved` ``).
fn one_of(values: &[Literal]) -> Message {
    let names: Vec<String> = values
        .iter()
        .map(|value| match value {
            Literal::Text(text) => format!("`{text}`"),
            Literal::Number(number) => format!("`{number}`"),
        })
        .collect();
    match names.as_slice() {
        [one] => Message::new("k102-the-value").with("value", one),
        _ => Message::new("k102-one-of").with("values", names.join(", ")),
    }
}

/// What was written, in words.
pub(super) fn found(what: Found<'_>) -> Message {
    match what {
        Found::Mapping => Message::new("k102-a-mapping"),
        Found::List => Message::new("k102-a-list"),
        Found::Scalar(_, Reading::Null) => Message::new("k102-nothing"),
        Found::Scalar(text, Reading::Text) => {
            Message::new("k102-found-text").with("text", short(text))
        }
        Found::Scalar(text, reading) => Message::new("k102-found-read-as")
            .with("text", short(text))
            .with("reading", Arg::Word(reading.word())),
    }
}

/// How to write a value of `shape`, on one line (renderers show a message's line ends
/// escaped), with an example from the schema.
pub(super) fn example(schema: &Schema, shape: &Shape, field: Option<&str>) -> Message {
    let first = shape
        .alternatives
        .iter()
        .find(|alternative| !matches!(alternative, Alternative::Null));
    let key = field.unwrap_or("field");
    let example = |id: &'static str| Message::new(id).with("key", key);
    match first {
        Some(Alternative::List(items)) => {
            let item = items.map_or_else(
                || "…".to_owned(),
                |items| item_example(schema, schema.shape(items)),
            );
            example("k102-example-list").with("item", item)
        }
        Some(Alternative::Mapping { .. }) => {
            example("k102-example-mapping").with("fields", item_example(schema, shape))
        }
        Some(Alternative::Integer { min, .. }) => {
            example("k102-example-whole-number").with("number", min.max(1.0).to_string())
        }
        Some(Alternative::Number { min, .. }) => {
            example("k102-example-number").with("number", min.max(1.0).to_string())
        }
        Some(Alternative::Literals(values)) => {
            Message::new("k102-example-values").with("values", one_of(values))
        }
        _ => example("k102-example-text"),
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
