//! A document as the diff sees it: its own fields, and each item its type declares (`Items`)
//! with its own fields, its parent and its kind, keyed by kind and id. Lists of items are
//! taken out of their parent's fields, so a parent changes only when its own fields do, and
//! items are matched by id wherever they are written: reordering them is nothing.

use std::collections::{HashMap, HashSet};

use kasb_model::{Document, FieldPath, NodeKind, PathSegment};
use serde_json::{Map, Value};

/// An item's identity within its document.
pub(crate) type Key = (NodeKind, String);

/// One item of a flattened document.
pub(crate) struct FlatItem {
    pub key: Key,
    /// The key under which the id is written (`id`, `level`, `code`), left out of comparisons.
    pub id_key: &'static str,
    /// Its parent, by its place in [`Flat::items`].
    pub parent: Option<usize>,
    /// Its fields without its lists of items.
    pub own: Value,
    /// How many items it holds, at any depth.
    pub descendants: usize,
}

/// A flattened document.
pub(crate) struct Flat {
    pub own: Value,
    pub items: Vec<FlatItem>,
    pub index: HashMap<Key, usize>,
    /// Each item's own items, by place.
    pub children: Vec<Vec<usize>>,
}

/// Where lists of items are written, as patterns without indices (`units[].criteria`): the
/// union of both sides, so a list that is empty on one side is left out there too.
pub(crate) fn item_lists(documents: &[&Document]) -> HashSet<String> {
    let mut lists = HashSet::new();
    for document in documents {
        document.items(&mut |item| {
            let path = item.path.to_field_path();
            let segments = path.segments();
            if let [parent @ .., PathSegment::Key(field), PathSegment::Index(_)] = segments {
                lists.insert(join_pattern(pattern(parent), field));
            }
        });
    }
    lists
}

fn pattern(segments: &[PathSegment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            PathSegment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            PathSegment::Index(_) => out.push_str("[]"),
        }
    }
    out
}

fn join_pattern(parent: String, field: &str) -> String {
    if parent.is_empty() {
        field.to_owned()
    } else {
        format!("{parent}.{field}")
    }
}

/// Flattens a document, leaving out the item lists named in `lists`.
pub(crate) fn flatten(document: &Document, lists: &HashSet<String>) -> Flat {
    let value = serde_json::to_value(document).unwrap_or(Value::Null);
    let mut items: Vec<FlatItem> = Vec::new();
    let mut index = HashMap::new();
    document.items(&mut |item| {
        let path = item.path.to_field_path();
        let own = own_fields(value_at(&value, &path), path.segments(), lists);
        let key = (item.kind, item.id.into_owned());
        index.entry(key.clone()).or_insert(items.len());
        items.push(FlatItem {
            key,
            id_key: item.id_key,
            parent: item.parent,
            own,
            descendants: 0,
        });
    });
    // Every item comes after its parent, so counting backwards adds each subtree once.
    let mut children = vec![Vec::new(); items.len()];
    for place in (0..items.len()).rev() {
        if let Some(parent) = items[place].parent {
            items[parent].descendants += items[place].descendants + 1;
            children[parent].push(place);
        }
    }
    children.iter_mut().for_each(|list| list.reverse());
    Flat {
        own: own_fields(Some(&value), &[], lists),
        items,
        index,
        children,
    }
}

fn value_at<'v>(value: &'v Value, path: &FieldPath) -> Option<&'v Value> {
    let mut at = value;
    for segment in path.segments() {
        at = match segment {
            PathSegment::Key(key) => at.get(key.as_ref())?,
            PathSegment::Index(index) => at.get(*index)?,
        };
    }
    Some(at)
}

/// The fields of the object at `segments`, without its lists of items.
fn own_fields(value: Option<&Value>, segments: &[PathSegment], lists: &HashSet<String>) -> Value {
    let Some(Value::Object(object)) = value else {
        return Value::Null;
    };
    let at = pattern(segments);
    let own: Map<String, Value> = object
        .iter()
        .filter(|(key, _)| !lists.contains(&join_pattern(at.clone(), key)))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    Value::Object(own)
}

/// The words of an item's fields (its id left out) and the ids of its own items: what two
/// items must share to be one item renamed.
pub(crate) fn signature(flat: &Flat, place: usize) -> Vec<String> {
    let item = &flat.items[place];
    let mut words = Vec::new();
    if let Value::Object(fields) = &item.own {
        for (key, value) in fields {
            if key != item.id_key {
                collect_words(value, &mut words);
            }
        }
    }
    for &child in &flat.children[place] {
        words.push(format!("#{}", flat.items[child].key.1));
    }
    words.sort_unstable();
    words
}

/// Appends the lower-cased words of every string, number and flag in `value` to `out`.
pub(crate) fn collect_words(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.extend(
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .map(str::to_lowercase),
        ),
        Value::Number(number) => out.push(number.to_string()),
        Value::Bool(flag) => out.push(flag.to_string()),
        Value::Array(values) => values.iter().for_each(|value| collect_words(value, out)),
        Value::Object(fields) => fields.values().for_each(|value| collect_words(value, out)),
        Value::Null => {}
    }
}

/// The share of words two sorted signatures have in common (multiset Jaccard); 0 when both
/// are empty, since nothing then says they are the same item.
pub(crate) fn similarity(a: &[String], b: &[String]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}
