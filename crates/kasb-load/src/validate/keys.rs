//! Repeated keys: each one a K106 with the first as related location, or, in an item of a
//! list whose first key comes again, one K116 where the item without its `- ` starts.

use std::collections::{HashMap, HashSet};

use kasb_diagnostics::Diagnostic;

use super::{Bounded, Context};
use crate::rules;
use crate::tree::{NodeId, TreeProblem, Value};

/// The diagnostics of the tree's repeated keys, into `out`.
pub(super) fn diagnose(context: &Context<'_, '_>, out: &mut Bounded) {
    // Each repeated key and its first occurrence, as the tree found them.
    let repeated: HashMap<NodeId, NodeId> = context
        .tree
        .problems
        .iter()
        .filter_map(|problem| match problem {
            TreeProblem::DuplicateKey { key, first } => Some((*key, *first)),
            _ => None,
        })
        .collect();
    if repeated.is_empty() {
        return;
    }
    for (mapping, is_item) in mappings_with(context, &repeated) {
        if is_item {
            item(context, mapping, out);
        } else {
            mapping_keys(context, mapping, &repeated, out);
        }
    }
}

/// The mappings holding one of the `repeated` keys, each with whether it is a list item: one
/// walk of the tree with an explicit stack, aliases not followed.
fn mappings_with(
    context: &Context<'_, '_>,
    repeated: &HashMap<NodeId, NodeId>,
) -> Vec<(NodeId, bool)> {
    let tree = context.tree;
    let mut found = Vec::new();
    let mut stack: Vec<(NodeId, bool)> =
        tree.root().map(|root| (root, false)).into_iter().collect();
    while let Some((node, is_item)) = stack.pop() {
        match tree.node(node).value {
            Value::Mapping { .. } => {
                if tree
                    .children(node)
                    .any(|child| repeated.contains_key(&child))
                {
                    found.push((node, is_item));
                }
                stack.extend(tree.children(node).map(|child| (child, false)));
            }
            Value::Sequence { .. } => stack.extend(tree.children(node).map(|child| (child, true))),
            _ => {}
        }
    }
    found
}

/// Each repeated key of a mapping that is not a list item: K106, first one related.
fn mapping_keys(
    context: &Context<'_, '_>,
    mapping: NodeId,
    repeated: &HashMap<NodeId, NodeId>,
    out: &mut Bounded,
) {
    let tree = context.tree;
    for (key, _) in tree.entries(mapping) {
        if let (Some(&first), Some(name)) = (repeated.get(&key), tree.scalar(key)) {
            let at = Some(tree.node(key).span);
            out.push_with(at, || self::repeated(context, key, first, name));
        }
    }
}

/// A list item's keys in segments: the item's first key coming again, or any key when
/// several come again, starts what looks like a new item written without `- ` (K116);
/// another key given twice is a K106.
fn item(context: &Context<'_, '_>, mapping: NodeId, out: &mut Bounded) {
    let tree = context.tree;
    let keys: Vec<(NodeId, &str)> = tree
        .entries(mapping)
        .filter_map(|(key, _)| Some((key, tree.scalar(key)?)))
        .collect();
    let Some(&(_, leading)) = keys.first() else {
        return;
    };
    // Several keys given again: the fields of an item whose `- ` line is missing or lacks
    // its dash; one key given again (however often): a repeated key, unless it is the
    // item's first.
    let mut distinct = HashSet::new();
    let repeated_names: HashSet<&str> = keys
        .iter()
        .filter(|&&(_, name)| !distinct.insert(name))
        .map(|&(_, name)| name)
        .collect();
    let several = repeated_names.len() >= 2;
    let mut segment: HashMap<&str, NodeId> = HashMap::new();
    for &(key, name) in &keys {
        match segment.get(name).copied() {
            Some(_) if name == leading || several => {
                let at = Some(tree.node(key).span);
                out.push_with(at, || missing_dash(context, mapping, key));
                segment = HashMap::from([(name, key)]);
            }
            Some(first) => {
                let at = Some(tree.node(key).span);
                out.push_with(at, || repeated(context, key, first, name));
            }
            None => {
                segment.insert(name, key);
            }
        }
    }
}

/// The K116 of `key`, which starts an item of `mapping`'s list written without its `- `.
fn missing_dash(context: &Context<'_, '_>, mapping: NodeId, key: NodeId) -> Diagnostic {
    let tree = context.tree;
    let span = tree.node(key).span;
    let line = context.lines.line(span.start.line);
    let dash_column = tree
        .node(mapping)
        .span
        .start
        .column
        .saturating_sub(2)
        .max(1);
    rules::k116_missing_dash::diagnose(context.at(span), line.trim(), dash_column)
}

fn repeated(context: &Context<'_, '_>, key: NodeId, first: NodeId, name: &str) -> Diagnostic {
    let tree = context.tree;
    rules::k106_duplicate_key::repeated(
        context.at(tree.node(key).span),
        name,
        context.at(tree.node(first).span),
    )
}
