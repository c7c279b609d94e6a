//! Field-level changes between the own fields of one document or item on both sides, walked
//! generically over their JSON form: objects by key (key order is nothing), texts per
//! language, lists as multisets (reordering is nothing), crosswalk alignments by their pair.

use std::collections::{HashMap, HashSet};

use kasb_model::DocumentKind;
use serde_json::{Map, Value};

use crate::rules::{self, Rule};
use crate::text;
use crate::{Part, Reason};

/// One field that changed.
pub(crate) struct FieldChange {
    pub field: String,
    pub rule: &'static Rule,
    pub from: Value,
    pub to: Value,
    pub why: Reason,
}

/// What the walk needs to know of the two sides.
pub(crate) struct Context<'a> {
    /// The language of plain strings in BASE and in HEAD.
    pub languages: (&'a str, &'a str),
    pub typo_distance: usize,
    /// The kind of the document (HEAD's), which decides what some field names mean.
    pub kind: DocumentKind,
}

/// Elements of a list shown in a reason, at most.
const SHOWN: usize = 10;

/// The changes between two objects' fields, `skip` (the id's key) left out.
pub(crate) fn diff_fields(
    base: &Value,
    head: &Value,
    skip: &str,
    cx: &Context,
) -> Vec<FieldChange> {
    let empty = Map::new();
    let (base, head) = (
        base.as_object().unwrap_or(&empty),
        head.as_object().unwrap_or(&empty),
    );
    let mut out = Vec::new();
    for key in union_keys(base, head) {
        if key != skip {
            diff_value(key, key, base.get(key), head.get(key), cx, &mut out);
        }
    }
    out
}

fn union_keys<'a>(base: &'a Map<String, Value>, head: &'a Map<String, Value>) -> Vec<&'a str> {
    let mut keys: Vec<&str> = base.keys().map(String::as_str).collect();
    keys.extend(
        head.keys()
            .map(String::as_str)
            .filter(|key| !base.contains_key(*key)),
    );
    keys
}

fn diff_value(
    path: &str,
    field: &str,
    a: Option<&Value>,
    b: Option<&Value>,
    cx: &Context,
    out: &mut Vec<FieldChange>,
) {
    if a == b {
        return;
    }
    if let (Some(a), Some(b)) = (a, b)
        && let (Some(old), Some(new)) = (as_text(a, cx.languages.0), as_text(b, cx.languages.1))
        && (rules::is_meaningful_text(field) || a.is_object() || b.is_object())
    {
        let plain = a.is_string() && b.is_string();
        return diff_text(path, field, plain, &old, &new, cx, out);
    }
    match (a, b) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            for key in union_keys(a, b) {
                let at = format!("{path}.{key}");
                diff_value(&at, key, a.get(key), b.get(key), cx, out);
            }
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) if field == "alignments" => {
            diff_keyed(
                path,
                field,
                &keyed_alignments(a),
                &keyed_alignments(b),
                cx,
                out,
            );
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) => diff_list(path, field, a, b, cx, out),
        _ => out.push(whole(path, field, a, b, cx)),
    }
}

/// A field added, removed or replaced as a whole.
fn whole(
    path: &str,
    field: &str,
    a: Option<&Value>,
    b: Option<&Value>,
    cx: &Context,
) -> FieldChange {
    let rule = if rules::is_meaningful_text(field) {
        &rules::WORDING_CHANGED
    } else {
        rules::for_field(cx.kind, field)
    };
    let why = match (a, b) {
        (None, _) => Reason::new("diff-why-field-added"),
        (_, None) => Reason::new("diff-why-field-removed"),
        _ => Reason::new("diff-why-field-changed"),
    }
    .with("field", Part::text(path));
    FieldChange {
        field: path.to_owned(),
        rule,
        from: a.cloned().unwrap_or(Value::Null),
        to: b.cloned().unwrap_or(Value::Null),
        why,
    }
}

/// A text as (language, text) pairs: a plain string in the side's language, or a map whose
/// keys are all language tags and whose values are all strings.
pub(crate) fn as_text(value: &Value, language: &str) -> Option<Vec<(String, String)>> {
    match value {
        Value::String(text) => Some(vec![(language.to_owned(), text.clone())]),
        Value::Object(map) if !map.is_empty() => map
            .iter()
            .map(|(tag, text)| {
                Some((tag.clone(), text.as_str()?.to_owned())).filter(|_| is_tag(tag))
            })
            .collect(),
        _ => None,
    }
}

/// A BCP 47 tag's shape: a primary subtag of two or three lower-case letters, then subtags.
fn is_tag(key: &str) -> bool {
    let mut parts = key.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

fn diff_text(
    path: &str,
    field: &str,
    plain: bool,
    old: &[(String, String)],
    new: &[(String, String)],
    cx: &Context,
    out: &mut Vec<FieldChange>,
) {
    // Looked up by tag: a hostile text may have many languages.
    let new_by_tag: HashMap<&str, &String> =
        new.iter().map(|(tag, text)| (tag.as_str(), text)).collect();
    let old_tags: HashSet<&str> = old.iter().map(|(tag, _)| tag.as_str()).collect();
    for (language, before) in old {
        let at = if plain {
            path.to_owned()
        } else {
            format!("{path}.{language}")
        };
        match new_by_tag.get(language.as_str()) {
            Some(after) if *after == before => {}
            Some(after) => {
                let verdict = text::classify(before, after, language, cx.typo_distance);
                let rule = if rules::is_meaningful_text(field) {
                    verdict.rule
                } else {
                    rules::for_field(cx.kind, field)
                };
                out.push(FieldChange {
                    field: at,
                    rule,
                    from: before.as_str().into(),
                    to: after.as_str().into(),
                    why: verdict.why,
                });
            }
            None => out.push(FieldChange {
                field: at,
                rule: &rules::TRANSLATION_REMOVED,
                from: before.as_str().into(),
                to: Value::Null,
                why: Reason::new("diff-why-translation-removed")
                    .with("language", Part::text(language)),
            }),
        }
    }
    for (language, after) in new
        .iter()
        .filter(|(tag, _)| !old_tags.contains(tag.as_str()))
    {
        out.push(FieldChange {
            field: format!("{path}.{language}"),
            rule: &rules::TRANSLATION_ADDED,
            from: Value::Null,
            to: after.as_str().into(),
            why: Reason::new("diff-why-translation-added").with("language", Part::text(language)),
        });
    }
}

/// Alignments keyed by `source → target`; the first of a repeated pair wins (K-rules report
/// the repetition).
fn keyed_alignments(list: &[Value]) -> Map<String, Value> {
    let mut keyed = Map::new();
    for alignment in list {
        let end = |key: &str| {
            alignment
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_owned()
        };
        keyed
            .entry(format!("{} → {}", end("source"), end("target")))
            .or_insert_with(|| alignment.clone());
    }
    keyed
}

fn diff_keyed(
    path: &str,
    field: &str,
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    cx: &Context,
    out: &mut Vec<FieldChange>,
) {
    for key in union_keys(a, b) {
        let at = format!("{path}[{key}]");
        match (a.get(key), b.get(key)) {
            (Some(before), Some(after)) => {
                for mut change in diff_fields(before, after, "", cx) {
                    change.field = format!("{at}.{}", change.field);
                    out.push(change);
                }
            }
            (before, after) => out.push(whole(&at, field, before, after, cx)),
        }
    }
}

/// A list compared as a multiset: the same elements in another order are nothing.
fn diff_list(
    path: &str,
    field: &str,
    a: &[Value],
    b: &[Value],
    cx: &Context,
    out: &mut Vec<FieldChange>,
) {
    // Strings as themselves, for the reason; the typed model never mixes `"1"` and `1`.
    let canonical = |list: &[Value]| -> Vec<String> {
        list.iter()
            .map(|value| match value {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            })
            .collect()
    };
    let (old, new) = (canonical(a), canonical(b));
    let (removed, added) = multiset_difference(&old, &new);
    if removed.is_empty() && added.is_empty() {
        return;
    }
    // A text in a list (an entry requirement) is kept with its languages, so the report shows
    // it in the reader's; anything else as written.
    let readable = |canonical: &str| -> Vec<(String, String)> {
        let plain = |text: &str| vec![(String::new(), text.to_owned())];
        let Ok(map) = serde_json::from_str::<Map<String, Value>>(canonical) else {
            return plain(canonical);
        };
        let first = map.values().find_map(Value::as_str).map(str::to_owned);
        // Another mapping by its first text (a code by its code).
        as_text(&Value::Object(map), "")
            .unwrap_or_else(|| plain(first.as_deref().unwrap_or(canonical)))
    };
    let show = |list: &[&str]| -> Part {
        let shown: Vec<_> = list.iter().take(SHOWN).map(|item| readable(item)).collect();
        match list.len().saturating_sub(SHOWN) {
            _ if shown.is_empty() => Part::Word("diff-none".to_owned()),
            0 => Part::Texts(shown),
            more => Part::Said(Box::new(
                Reason::new("diff-list-more")
                    .with("items", Part::Texts(shown))
                    .with("more", Part::number(more)),
            )),
        }
    };
    let id = if field == "assesses" {
        "diff-why-coverage"
    } else {
        "diff-why-list"
    };
    out.push(FieldChange {
        field: path.to_owned(),
        rule: rules::for_field(cx.kind, field),
        from: Value::Array(a.to_vec()),
        to: Value::Array(b.to_vec()),
        why: Reason::new(id)
            .with("added", show(&added))
            .with("removed", show(&removed)),
    });
}

fn multiset_difference<'a>(old: &'a [String], new: &'a [String]) -> (Vec<&'a str>, Vec<&'a str>) {
    let mut old_sorted: Vec<&str> = old.iter().map(String::as_str).collect();
    let mut new_sorted: Vec<&str> = new.iter().map(String::as_str).collect();
    old_sorted.sort_unstable();
    new_sorted.sort_unstable();
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < old_sorted.len() || j < new_sorted.len() {
        match (old_sorted.get(i), new_sorted.get(j)) {
            (Some(x), Some(y)) if x == y => (i, j) = (i + 1, j + 1),
            (Some(x), Some(y)) if x < y => (removed.push(*x), i += 1).1,
            (Some(x), None) => (removed.push(*x), i += 1).1,
            (_, Some(y)) => (added.push(*y), j += 1).1,
            (None, None) => break,
        }
    }
    (removed, added)
}
