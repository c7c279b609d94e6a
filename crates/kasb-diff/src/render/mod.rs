//! The outputs of a diff: [`human`] (a terminal, coloured only when asked), [`markdown`] (a
//! pull-request comment, within GitHub's limit), [`html`] (one self-contained page) and
//! [`json`] (the stable contract, `"version": 1`).

mod html;
mod human;
mod markdown;

use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use crate::{Change, Class, Diff};

pub use html::html;
pub use human::human;
pub use markdown::{COMMENT_LIMIT, markdown};

/// The JSON contract: `{"version":1,"base":…,"head":…,"summary":{"substantive":N,
/// "editorial":N},"changes":[…],"unversioned":[…],"problems":[…]}`, each change with
/// `document`, `item`, `item_kind`, `change`, `field`, `class`, `from`, `to`, `why`, `rule`
/// and, for a rename, `score`.
///
/// ```
/// let diff = kasb_diff::Diff::default();
/// let json: serde_json::Value = serde_json::from_str(&kasb_diff::render::json(&diff)).unwrap();
/// assert_eq!(json["version"], 1);
/// assert_eq!(json["summary"]["substantive"], 0);
/// ```
pub fn json(diff: &Diff) -> String {
    let report = serde_json::json!({
        "version": 1,
        "base": diff.base,
        "head": diff.head,
        "summary": {
            "substantive": diff.count(Class::Substantive),
            "editorial": diff.count(Class::Editorial),
        },
        "changes": diff.changes,
        "unversioned": diff.unversioned,
        "problems": diff.problems,
    });
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    kasb_diagnostics::safe_json(text) + "\n"
}

/// The documents of a diff in order, each with its changes.
pub(crate) fn by_document(diff: &Diff) -> Vec<(&str, Vec<&Change>)> {
    let mut documents: Vec<(&str, Vec<&Change>)> = Vec::new();
    for change in &diff.changes {
        match documents.last_mut() {
            Some((document, changes)) if *document == change.document => changes.push(change),
            _ => documents.push((&change.document, vec![change])),
        }
    }
    documents
}

/// How many changes of each class: (substantive, editorial).
pub(crate) fn counts(changes: &[&Change]) -> (usize, usize) {
    let substantive = changes
        .iter()
        .filter(|change| change.class == Class::Substantive)
        .count();
    (substantive, changes.len() - substantive)
}

/// What a change is about, in words: `criterion WLD-01.1 statement`, `the document`.
pub(crate) fn subject(change: &Change) -> String {
    let mut out = match (&change.item_kind, &change.item) {
        (Some(kind), Some(item)) => format!("{} {item}", kind.replace('_', " ")),
        _ => "the document".to_owned(),
    };
    if let Some(field) = &change.field {
        out.push(' ');
        out.push_str(field);
    }
    out
}

/// Characters of a value shown, at most.
const SHOWN_CHARS: usize = 300;

/// A value as short text: a string as itself, an item by its title or statement, a list
/// joined by commas, anything else as compact JSON; cut to a few hundred characters.
pub(crate) fn show(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Array(values) => values.iter().map(show).collect::<Vec<_>>().join(", "),
        Value::Object(fields) => ["title", "statement", "description"]
            .iter()
            .find_map(|key| fields.get(*key))
            .map_or_else(|| value.to_string(), show),
        other => other.to_string(),
    };
    cut(&text, SHOWN_CHARS)
}

fn cut(text: &str, most: usize) -> String {
    match text.char_indices().nth(most) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Longest texts given a word-level diff, in bytes (both sides): beyond, the old and the new
/// text are shown whole.
const LONGEST_WORD_DIFF: usize = 20_000;

/// One run of a word-level diff.
pub(crate) enum Run {
    Same(String),
    Removed(String),
    Added(String),
}

/// The word-level diff of two texts, when both are strings of reasonable length.
pub(crate) fn words(from: &Value, to: &Value) -> Option<Vec<Run>> {
    let (Value::String(old), Value::String(new)) = (from, to) else {
        return None;
    };
    if old.len() + new.len() > LONGEST_WORD_DIFF {
        return None;
    }
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_millis(50))
        .diff_words(old.as_str(), new.as_str());
    // Adjacent pieces of one kind become one run: `[-a b-]`, not `[-a-][- -][-b-]`.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_owned())),
        }
    }
    let runs = runs
        .into_iter()
        .map(|(tag, text)| match tag {
            ChangeTag::Equal => Run::Same(text),
            ChangeTag::Delete => Run::Removed(text),
            ChangeTag::Insert => Run::Added(text),
        })
        .collect();
    Some(runs)
}

/// An error and its causes on one line, each said once.
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": caused by: ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
