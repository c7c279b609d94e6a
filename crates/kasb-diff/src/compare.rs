//! The comparison of two sets of documents: documents by id, items by kind and id, renames by
//! similarity, fields by [`values`](crate::values), each change classified by its rule.

use std::collections::{BTreeMap, HashMap};

use kasb_model::{Document, NodeKind};
use rayon::prelude::*;
use serde_json::Value;

use crate::flat::{self, Flat, Key};
use crate::levels::Levels;
use crate::rules::{self, Class, Rule};
use crate::values::{self, Context, FieldChange};
use crate::{Change, ChangeKind, Diff, DiffConfig, Part, Reason};

/// Pairs of a removed and an added item scored for a rename, at most, per kind and parent:
/// past that, none of the group is a rename (scoring is quadratic).
const MOST_RENAME_PAIRS: usize = 40_000;

/// Compares two sets of documents (BASE's and HEAD's), with `frameworks` (the reference set,
/// unchanged frameworks) to say levels through the EQF. Documents are matched by id; the
/// first of a repeated id counts.
pub fn diff_documents(
    base: &[&Document],
    head: &[&Document],
    frameworks: &[&Document],
    config: &DiffConfig,
) -> Diff {
    let (base_ids, head_ids) = (by_id(base), by_id(head));
    let mut levels = (Levels::default(), Levels::default());
    levels
        .0
        .add(frameworks.iter().copied().chain(base.iter().copied()));
    levels
        .1
        .add(frameworks.iter().copied().chain(head.iter().copied()));
    let mut ids: Vec<&String> = base_ids.keys().chain(head_ids.keys()).collect();
    ids.sort_unstable();
    ids.dedup();
    // HEAD's id of each renamed document → BASE's id and the score.
    let renamed = document_renames(&base_ids, &head_ids, config.rename_threshold);
    let renamed_away: Vec<&str> = renamed.values().map(|(old, _)| *old).collect();
    // Documents are compared in parallel, each on its own, and collected in id order.
    let per_document: Vec<(Vec<Change>, bool)> = ids
        .par_iter()
        .map(|id| {
            let out = Out::new(config, id);
            let was = renamed.get(id.as_str());
            let changes = match (base_ids.get(*id), head_ids.get(*id), was) {
                (Some(old), Some(new), _) => compare_pair(old, new, &levels, out),
                (Some(_), None, _) if renamed_away.contains(&id.as_str()) => Vec::new(),
                (Some(old), None, _) => whole_document(old, &rules::DOCUMENT_REMOVED, out),
                (None, Some(new), Some(&(old_id, score))) => {
                    renamed_document(base_ids[old_id], new, score, &levels, out)
                }
                (None, Some(new), None) => whole_document(new, &rules::DOCUMENT_ADDED, out),
                (None, None, _) => Vec::new(),
            };
            let compared = base_ids.contains_key(*id) || was.is_some();
            let unversioned = match (compared, head_ids.get(*id)) {
                (true, Some(new)) => unversioned(&changes, new),
                _ => false,
            };
            (changes, unversioned)
        })
        .collect();
    let mut diff = Diff::default();
    for (id, (changes, unversioned)) in ids.into_iter().zip(per_document) {
        if unversioned {
            diff.unversioned.push(id.clone());
        }
        diff.changes.extend(changes);
    }
    diff
}

/// The documents renamed between the sides: for each document only in HEAD, the document only
/// in BASE of the same kind it is most like, when their words are alike at or above
/// `threshold` (best pairs first, each document in one pair at most).
fn document_renames<'a>(
    base: &'a BTreeMap<String, &'a Document>,
    head: &'a BTreeMap<String, &'a Document>,
    threshold: f64,
) -> HashMap<&'a str, (&'a str, f64)> {
    let only = |side: &'a BTreeMap<String, &'a Document>,
                other: &BTreeMap<String, &'a Document>| {
        side.iter()
            .filter(|(id, _)| !other.contains_key(*id))
            .map(|(id, document)| (id.as_str(), *document, document_signature(document)))
            .collect::<Vec<_>>()
    };
    let (removed, added) = (only(base, head), only(head, base));
    let mut pairs = Vec::new();
    if removed.len().saturating_mul(added.len()) <= MOST_RENAME_PAIRS {
        for (old_id, old, old_words) in &removed {
            for (new_id, new, new_words) in &added {
                let score = flat::similarity(old_words, new_words);
                if old.kind() == new.kind() && score >= threshold {
                    pairs.push((score, *old_id, *new_id));
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)).then(a.2.cmp(b.2)));
    let mut renamed: HashMap<&str, (&str, f64)> = HashMap::new();
    let mut taken = Vec::new();
    for (score, old_id, new_id) in pairs {
        if !taken.contains(&old_id) && !renamed.contains_key(new_id) {
            taken.push(old_id);
            renamed.insert(new_id, (old_id, score));
        }
    }
    renamed
}

/// The words of a document's fields and items, its id left out, sorted.
fn document_signature(document: &Document) -> Vec<String> {
    let mut value = serde_json::to_value(document).unwrap_or(Value::Null);
    if let Value::Object(fields) = &mut value {
        fields.remove("id");
    }
    let mut words = Vec::new();
    flat::collect_words(&value, &mut words);
    words.sort_unstable();
    words
}

/// A document under a new id: one rename, then its content's changes.
fn renamed_document(
    old: &Document,
    new: &Document,
    score: f64,
    levels: &(Levels, Levels),
    mut out: Out,
) -> Vec<Change> {
    let why = renamed(document_word(new), score);
    let change = out.push(
        None,
        ChangeKind::Renamed,
        &rules::DOCUMENT_RENAMED,
        old.id().into(),
        new.id().into(),
        why,
    );
    change.score = Some((score * 100.0).round() / 100.0);
    compare_pair(old, new, levels, out)
}

fn by_id<'a>(documents: &[&'a Document]) -> BTreeMap<String, &'a Document> {
    let mut map = BTreeMap::new();
    for document in documents {
        map.entry(document.id().to_owned()).or_insert(*document);
    }
    map
}

/// Collects the changes of one document.
struct Out<'a> {
    config: &'a DiffConfig,
    document: &'a str,
    changes: Vec<Change>,
}

impl<'a> Out<'a> {
    fn new(config: &'a DiffConfig, document: &'a str) -> Self {
        Out {
            config,
            document,
            changes: Vec::new(),
        }
    }

    fn push(
        &mut self,
        item: Option<&Key>,
        change: ChangeKind,
        rule: &'static Rule,
        from: Value,
        to: Value,
        why: Reason,
    ) -> &mut Change {
        self.changes.push(Change {
            document: self.document.to_owned(),
            item: item.map(|key| key.1.clone()),
            item_kind: item.map(|key| key.0.as_str()),
            change,
            field: None,
            class: self.config.class_of(rule),
            rule: rule.code,
            from,
            to,
            why: why.english(),
            reason: why,
            score: None,
        });
        self.changes.last_mut().expect("just pushed")
    }

    fn field(&mut self, item: Option<&Key>, field: FieldChange) {
        let FieldChange {
            field,
            rule,
            from,
            to,
            why,
        } = field;
        self.push(item, ChangeKind::Modified, rule, from, to, why)
            .field = Some(field);
    }
}

/// `criterion added`, or `unit added, with 4 items inside`: `id` says which.
fn presence(id: &'static str, kind: NodeKind, inside: usize) -> Reason {
    Reason::new(id)
        .with("kind", item_word(kind))
        .with("inside", Part::number(inside))
}

/// `the same criterion under a new id (similarity 0.93)`.
fn renamed(kind: Part, score: f64) -> Reason {
    Reason::new("diff-why-renamed")
        .with("kind", kind)
        .with("score", Part::Decimal(score))
}

/// The word for an item's kind: `diff-kind-criterion`.
pub(crate) fn item_word(kind: NodeKind) -> Part {
    Part::Word(format!("diff-kind-{}", kind.as_str()))
}

/// The word for a document's kind: `diff-document-TrainingProgramme`.
fn document_word(document: &Document) -> Part {
    Part::Word(format!("diff-document-{}", document.kind()))
}

fn whole_document(document: &Document, rule: &'static Rule, mut out: Out) -> Vec<Change> {
    let mut items = 0usize;
    document.items(&mut |_| items += 1);
    let title = serde_json::to_value(document.title()).unwrap_or(Value::Null);
    let (from, to, verb) = if rule.code == rules::DOCUMENT_ADDED.code {
        (Value::Null, title, "added")
    } else {
        (title, Value::Null, "removed")
    };
    let why = Reason::new(if verb == "added" {
        "diff-why-document-added"
    } else {
        "diff-why-document-removed"
    })
    .with("kind", document_word(document))
    .with("items", Part::number(items));
    out.push(
        None,
        if verb == "added" {
            ChangeKind::Added
        } else {
            ChangeKind::Removed
        },
        rule,
        from,
        to,
        why,
    );
    out.changes
}

/// Whether a document changed substantively with neither a new `version` nor a `replaced_by`.
fn unversioned(changes: &[Change], head: &Document) -> bool {
    let substantive = changes
        .iter()
        .any(|change| change.class == Class::Substantive);
    let bumped = changes
        .iter()
        .any(|change| change.item.is_none() && change.field.as_deref() == Some("version"));
    let replaced = serde_json::to_value(head)
        .ok()
        .and_then(|value| value.get("replaced_by").cloned())
        .is_some_and(|value| !value.is_null());
    substantive && !bumped && !replaced
}

fn compare_pair(
    old: &Document,
    new: &Document,
    levels: &(Levels, Levels),
    mut out: Out,
) -> Vec<Change> {
    let lists = flat::item_lists(&[old, new]);
    let (base, head) = (flat::flatten(old, &lists), flat::flatten(new, &lists));
    let cx = Context {
        languages: (old.language(), new.language()),
        typo_distance: out.config.typo_distance,
        kind: new.kind(),
    };
    let frameworks = (framework_of(&base.own), framework_of(&head.own));
    let level_why = |mut change: FieldChange, own: (&Value, &Value)| {
        if change.rule.code == rules::LEVEL_CHANGED.code
            && matches!(change.field.as_str(), "level" | "framework")
        {
            let level = |own: &Value| {
                own.get("level")
                    .and_then(Value::as_u64)
                    .and_then(|level| u8::try_from(level).ok())
            };
            change.why = Reason::new("diff-why-level")
                .with(
                    "from",
                    Part::Said(Box::new(levels.0.describe(&frameworks.0, level(own.0)))),
                )
                .with(
                    "to",
                    Part::Said(Box::new(levels.1.describe(&frameworks.1, level(own.1)))),
                );
        }
        change
    };
    for change in values::diff_fields(&base.own, &head.own, "id", &cx) {
        out.field(None, level_why(change, (&base.own, &head.own)));
    }
    let matching = match_items(&base, &head, out.config.rename_threshold);
    for (place, item) in head.items.iter().enumerate() {
        let Some((from, score)) = matching.base_of_head[place] else {
            if item
                .parent
                .is_none_or(|parent| matching.base_of_head[parent].is_some())
            {
                let why = presence("diff-why-item-added", item.key.0, item.descendants);
                out.push(
                    Some(&item.key),
                    ChangeKind::Added,
                    &rules::ITEM_ADDED,
                    Value::Null,
                    item.own.clone(),
                    why,
                );
            }
            continue;
        };
        let before = &base.items[from];
        if before.key != item.key {
            let why = renamed(item_word(item.key.0), score);
            let change = out.push(
                Some(&item.key),
                ChangeKind::Renamed,
                &rules::ITEM_RENAMED,
                before.key.1.as_str().into(),
                item.key.1.as_str().into(),
                why,
            );
            change.score = Some((score * 100.0).round() / 100.0);
        }
        let parent_before = before
            .parent
            .and_then(|parent| matching.head_of_base[parent]);
        if parent_before != item.parent {
            let id = |flat: &Flat, place: Option<usize>| {
                place.map_or(Value::Null, |place| flat.items[place].key.1.as_str().into())
            };
            let why = Reason::new("diff-why-moved");
            out.push(
                Some(&item.key),
                ChangeKind::Moved,
                &rules::ITEM_MOVED,
                id(&base, before.parent),
                id(&head, item.parent),
                why,
            );
        }
        for change in values::diff_fields(&before.own, &item.own, item.id_key, &cx) {
            let own_levels = (&before.own, &item.own);
            out.field(Some(&item.key), level_why(change, own_levels));
        }
    }
    for (place, item) in base.items.iter().enumerate() {
        let parent_kept = item
            .parent
            .is_none_or(|parent| matching.head_of_base[parent].is_some());
        if matching.head_of_base[place].is_none() && parent_kept {
            let why = presence("diff-why-item-removed", item.key.0, item.descendants);
            out.push(
                Some(&item.key),
                ChangeKind::Removed,
                &rules::ITEM_REMOVED,
                item.own.clone(),
                Value::Null,
                why,
            );
        }
    }
    out.changes
}

fn framework_of(own: &Value) -> String {
    own.get("framework")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_owned()
}

/// Which base item each head item is, and how similar (1 for the same id).
struct Matching {
    head_of_base: Vec<Option<usize>>,
    base_of_head: Vec<Option<(usize, f64)>>,
}

fn match_items(base: &Flat, head: &Flat, threshold: f64) -> Matching {
    let mut matching = Matching {
        head_of_base: vec![None; base.items.len()],
        base_of_head: vec![None; head.items.len()],
    };
    for (place, item) in base.items.iter().enumerate() {
        if let Some(&other) = head.index.get(&item.key)
            && matching.base_of_head[other].is_none()
        {
            matching.head_of_base[place] = Some(other);
            matching.base_of_head[other] = Some((place, 1.0));
        }
    }
    // Parents before children: a child's parent must be matched (or renamed) first.
    let depth = depths(base);
    let deepest = depth.iter().copied().max().unwrap_or(0);
    for level in 0..=deepest {
        find_renames(base, head, threshold, &mut matching, |place| {
            depth[place] == level
        });
    }
    matching
}

fn depths(flat: &Flat) -> Vec<usize> {
    let mut depth = vec![0; flat.items.len()];
    for place in 0..flat.items.len() {
        if let Some(parent) = flat.items[place].parent {
            depth[place] = depth[parent] + 1;
        }
    }
    depth
}

/// Pairs removed and added items of the same kind under the same parent, best score first,
/// at or above `threshold`.
fn find_renames(
    base: &Flat,
    head: &Flat,
    threshold: f64,
    matching: &mut Matching,
    at_level: impl Fn(usize) -> bool,
) {
    type Group = (NodeKind, Option<usize>);
    let mut removed: HashMap<Group, Vec<usize>> = HashMap::new();
    for (place, item) in base.items.iter().enumerate() {
        if !at_level(place) || matching.head_of_base[place].is_some() {
            continue;
        }
        let parent = match item.parent {
            None => None,
            Some(parent) => match matching.head_of_base[parent] {
                Some(mapped) => Some(mapped),
                None => continue,
            },
        };
        removed.entry((item.key.0, parent)).or_default().push(place);
    }
    let mut groups: Vec<(Group, Vec<usize>)> = removed.into_iter().collect();
    groups.sort_unstable_by_key(|(_, places)| places[0]);
    // The unmatched head items by kind and parent, once: each is in one group only.
    let mut unmatched: HashMap<Group, Vec<usize>> = HashMap::new();
    for (place, item) in head.items.iter().enumerate() {
        if matching.base_of_head[place].is_none() {
            unmatched
                .entry((item.key.0, item.parent))
                .or_default()
                .push(place);
        }
    }
    for (group, places) in groups {
        let added = unmatched.remove(&group).unwrap_or_default();
        if added.is_empty() || places.len().saturating_mul(added.len()) > MOST_RENAME_PAIRS {
            continue;
        }
        let signatures: Vec<Vec<String>> = added
            .iter()
            .map(|&place| flat::signature(head, place))
            .collect();
        let mut pairs = Vec::new();
        for &from in &places {
            let signature = flat::signature(base, from);
            for (to, other) in added.iter().zip(&signatures) {
                let score = flat::similarity(&signature, other);
                if score >= threshold {
                    pairs.push((score, from, *to));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (score, from, to) in pairs {
            if matching.head_of_base[from].is_none() && matching.base_of_head[to].is_none() {
                matching.head_of_base[from] = Some(to);
                matching.base_of_head[to] = Some((from, score));
            }
        }
    }
}
