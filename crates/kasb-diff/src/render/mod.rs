//! The outputs of a diff: [`human`] (a terminal, coloured only when asked), [`markdown`] (a
//! pull-request comment, within GitHub's limit), [`html`] (one self-contained page) and
//! [`json`] (the stable contract, `"version": 1`).

mod html;
mod human;
mod markdown;

use kasb_i18n::{Lang, Messages};
use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use crate::{Change, Class, Diff, Part, Reason};

pub use html::html;
pub use human::human;
pub use markdown::{COMMENT_LIMIT, markdown};

/// The JSON contract: `{"version":1,"base":…,"head":…,"summary":{"substantive":N,
/// "editorial":N},"changes":[…],"unversioned":[…],"problems":[…]}`, each change with
/// `document`, `item`, `item_kind`, `change`, `field`, `class`, `from`, `to`, `why`, `rule`
/// and, for a rename, `score`. `why` and `problems` stay English whatever `lang` is; in
/// another language each change also has `why_localized` and the report
/// `problems_localized`, as `kasb check`'s JSON adds `message_localized`.
///
/// ```
/// use kasb_i18n::Lang;
/// let diff = kasb_diff::Diff::default();
/// let text = kasb_diff::render::json(&diff, Lang::ENGLISH);
/// let json: serde_json::Value = serde_json::from_str(&text).unwrap();
/// assert_eq!(json["version"], 1);
/// assert_eq!(json["summary"]["substantive"], 0);
/// ```
pub fn json(diff: &Diff, lang: Lang) -> String {
    let mut report = serde_json::json!({
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
    if lang != Lang::ENGLISH {
        localize_json(&mut report, diff, Messages::of(lang));
    }
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    kasb_diagnostics::safe_json(text) + "\n"
}

/// Adds `why_localized` to each change and `problems_localized` to the report.
fn localize_json(report: &mut Value, diff: &Diff, messages: &Messages) {
    if let Some(Value::Array(changes)) = report.get_mut("changes") {
        for (json, change) in changes.iter_mut().zip(&diff.changes) {
            if let Value::Object(fields) = json {
                let said = change.reason.say(messages);
                fields.insert("why_localized".to_owned(), said.into());
            }
        }
    }
    let problems: Vec<Value> = diff
        .problems
        .iter()
        .map(|problem| problem.say(messages).into())
        .collect();
    if let Value::Object(fields) = report {
        fields.insert("problems_localized".to_owned(), Value::Array(problems));
    }
}

/// `kasb diff: base → head`, the sides escaped by `escape`.
pub(crate) fn title(diff: &Diff, messages: &Messages, escape: fn(&str) -> String) -> String {
    let args = kasb_i18n::Args::new()
        .with("base", escape(&diff.base))
        .with("head", escape(&diff.head));
    messages.format("diff-title", &args)
}

/// The two halves of the summary: `15 substantive` and the editorial count.
pub(crate) fn summary_parts(diff: &Diff, messages: &Messages) -> [String; 2] {
    let args = kasb_i18n::Args::new().with("count", diff.count(Class::Substantive));
    [
        messages.format("diff-count-substantive", &args),
        diff.count(Class::Editorial).to_string(),
    ]
}

/// The message of a kind of change as the Markdown and HTML reports name it (`modified`).
pub(crate) fn change_word(change: crate::ChangeKind) -> &'static str {
    match change {
        crate::ChangeKind::Added => "diff-change-added",
        crate::ChangeKind::Removed => "diff-change-removed",
        crate::ChangeKind::Renamed => "diff-change-renamed",
        crate::ChangeKind::Moved => "diff-change-moved",
        crate::ChangeKind::Modified => "diff-change-modified",
    }
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
pub(crate) fn subject(change: &Change, messages: &Messages) -> String {
    let out = match (&change.item_kind, &change.item) {
        (Some(kind), Some(item)) => Reason::new("diff-subject-item")
            .with("kind", Part::Word(format!("diff-kind-{kind}")))
            .with("item", Part::text(item))
            .say(messages),
        _ => messages.text("diff-subject-document"),
    };
    match &change.field {
        Some(field) => Reason::new("diff-subject-field")
            .with("subject", Part::Text(out))
            .with("field", Part::text(field))
            .say(messages),
        None => out,
    }
}

/// Characters of a value shown, at most.
const SHOWN_CHARS: usize = 300;

/// A value as short text: a string as itself, a text in several languages in `lang` (else
/// in its first language, marked `[ky]`), an item by its title or statement, a list joined by
/// commas, anything else as compact JSON; cut to a few hundred characters.
pub(crate) fn show(value: &Value, lang: Lang) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Array(values) => values
            .iter()
            .map(|value| show(value, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(fields) => match in_language(fields, lang) {
            Some(text) => text,
            None => ["title", "statement", "description"]
                .iter()
                .find_map(|key| fields.get(*key))
                .map_or_else(|| value.to_string(), |value| show(value, lang)),
        },
        other => other.to_string(),
    };
    cut(&text, SHOWN_CHARS)
}

/// A text in several languages (every key a language tag, every value a string) in `lang`,
/// else in its first language, marked.
fn in_language(fields: &serde_json::Map<String, Value>, lang: Lang) -> Option<String> {
    let text = crate::values::as_text(&Value::Object(fields.clone()), "")?;
    Some(crate::reason::said_in(&text, lang))
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
