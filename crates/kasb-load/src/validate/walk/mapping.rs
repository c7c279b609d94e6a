//! A mapping against its schema: unknown fields (or fields indented into the wrong mapping),
//! missing fields, and the values of the known ones.

use std::collections::HashSet;

use super::{Frame, MappingShape, Missing, Walk};
use crate::rules;
use crate::rules::k115_wrong_indentation::Meant;
use crate::tree::{NodeId, Style, Tree, Value};
use crate::validate::schema::Others;

impl<'w> Walk<'w, '_, '_> {
    pub(super) fn mapping(
        &mut self,
        node: NodeId,
        complete: bool,
        shape: &MappingShape<'_>,
        frame: Frame<'w>,
        stack: &mut Vec<Frame<'w>>,
    ) {
        let tree = self.context.tree;
        if !complete {
            self.open.push((node, frame.shape));
        }
        let entries: Vec<(NodeId, NodeId)> = tree.entries(node).collect();
        let here = Some((node, frame.shape));
        let mut values = Vec::new();
        let mut names = HashSet::new();
        for (index, &(key, value)) in entries.iter().enumerate() {
            let Some(name) = tree.scalar(key) else {
                let at = self.context.head(tree.node(key).span);
                self.out
                    .push_with(at.span, || rules::k102_invalid_type::key_not_a_name(at));
                continue;
            };
            if let Value::Scalar { tag: Some(tag), .. } = &tree.node(tree.resolve(key)).value
                && &**tag != "str"
            {
                let at = self.context.at(self.with_tag(tree.node(key).span));
                let shown = super::tag_shown(tag);
                self.out.push_with(at.span, || {
                    rules::k102_invalid_type::tagged(at, &shown, None)
                });
                continue;
            }
            // A key given again is the repeated key's diagnostic (K106, K116), not a second
            // unknown field; its value is still checked.
            let first_time = names.insert(name);
            if is_merge_key(tree, key) {
                // `<<: *base` brings in the fields of `base`, checked where it is written.
                continue;
            }
            let field = shape.field(name).or(match shape.others {
                Others::Allowed(others) => Some(others),
                Others::Forbidden => None,
            });
            match field {
                Some(field) => values.push(Frame {
                    node: value,
                    shape: field,
                    field: Some(name),
                    parent: here,
                }),
                None if first_time => self.unknown(node, shape, &entries, index, name, frame),
                None => {}
            }
        }
        stack.extend(values.into_iter().rev());
        if complete {
            self.missing_fields(node, shape, &entries);
        }
    }

    /// A key the mapping does not have: indented into the wrong mapping (K115) when the
    /// mapping next to it has the field and lacks it, else an unknown field (K104).
    fn unknown(
        &mut self,
        node: NodeId,
        shape: &MappingShape<'_>,
        entries: &[(NodeId, NodeId)],
        index: usize,
        name: &str,
        frame: Frame<'w>,
    ) {
        let tree = self.context.tree;
        let key = entries[index].0;
        let at = self.context.at(tree.node(key).span);
        if let Some((child, column, line)) = self.child_above(shape, entries, index, name) {
            self.explained.insert((child, name.to_owned()));
            let first = self.context.lines.first_entry(line);
            let meant = Meant {
                line,
                column,
                first: &first,
            };
            let diagnostic = rules::k115_wrong_indentation::too_little(at, name, &meant);
            self.out.push(diagnostic);
            return;
        }
        if let Some((parent, column, line)) = self.parent_lacking(node, frame, name) {
            self.explained.insert((parent, name.to_owned()));
            let first = self.context.lines.first_entry(line);
            let meant = Meant {
                line,
                column,
                first: &first,
            };
            let diagnostic = rules::k115_wrong_indentation::too_much(at, name, &meant);
            self.out.push(diagnostic);
            return;
        }
        let known: Vec<&str> = shape
            .fields
            .iter()
            .map(|(field, _)| field.as_str())
            .collect();
        let suggestion = self.suggester.closest(name, known.iter().copied());
        // A misspelt field is one mistake: not also the missing field it was meant to be.
        if let Some(meant) = suggestion
            && tree.get(node, meant).is_none()
        {
            self.explained.insert((node, meant.to_owned()));
        }
        self.out.push_with(at.span, || {
            rules::k104_unknown_field::unknown(at, name, &known, suggestion)
        });
    }

    /// The mapping just above entry `index` (its value, or the last item of its list) when
    /// it has the field `name` and lacks it: its node, its keys' column and its first line.
    fn child_above(
        &self,
        shape: &MappingShape<'_>,
        entries: &[(NodeId, NodeId)],
        index: usize,
        name: &str,
    ) -> Option<(NodeId, u32, u32)> {
        let tree = self.context.tree;
        let &(previous_key, previous) = entries.get(index.checked_sub(1)?)?;
        let previous_name = tree.scalar(previous_key)?;
        let mut field = self.schema.shape(shape.field(previous_name)?);
        let mut child = tree.resolve(previous);
        if matches!(tree.node(child).value, Value::Sequence { .. }) {
            child = tree.resolve(tree.children(child).last()?);
            field = self.schema.shape(field.items()?);
        }
        field.field(name)?;
        self.lacks(child, name)
    }

    /// The mapping holding this one, when it has the field `name` and lacks it.
    fn parent_lacking(
        &self,
        node: NodeId,
        frame: Frame<'w>,
        name: &str,
    ) -> Option<(NodeId, u32, u32)> {
        let (parent, parent_shape) = frame.parent?;
        self.schema.shape(parent_shape).field(name)?;
        let found = self.lacks(parent, name)?;
        // Only a mapping written on its own lines can have a key indented into it.
        let first = self.first_key(node)?;
        (self.context.tree.node(first).span.start.line
            > self.context.tree.node(parent).span.start.line)
            .then_some(found)
    }

    /// `mapping`'s node, first key column and line, when it is a mapping without `name`.
    fn lacks(&self, mapping: NodeId, name: &str) -> Option<(NodeId, u32, u32)> {
        let tree = self.context.tree;
        if !matches!(tree.node(mapping).value, Value::Mapping { .. }) {
            return None;
        }
        if tree.get(mapping, name).is_some() {
            return None;
        }
        let first = self.first_key(mapping)?;
        let start = tree.node(first).span.start;
        Some((mapping, start.column, start.line))
    }

    fn first_key(&self, mapping: NodeId) -> Option<NodeId> {
        self.context.tree.children(mapping).next()
    }

    /// Whether the mapping ends on the last line before the syntax error: the parser closes
    /// a mapping when a line is indented less, and the broken line may hold its missing field.
    pub(super) fn ends_at_the_error(&self, node: NodeId) -> bool {
        self.stopped_at.is_some()
            && self.context.tree.node(node).span.end.line >= self.last_before_error
    }

    /// Each required field the mapping lacks, at its first key.
    fn missing_fields(
        &mut self,
        node: NodeId,
        shape: &MappingShape<'_>,
        entries: &[(NodeId, NodeId)],
    ) {
        let tree = self.context.tree;
        if self.ends_at_the_error(node) {
            return;
        }
        let span = match entries.first() {
            Some(&(key, _)) => tree.node(key).span,
            None => tree.node(node).span,
        };
        let at = self.context.head_span(span);
        let merged = merged_keys(tree, entries);
        for field in shape.required {
            let given = entries
                .iter()
                .any(|&(key, _)| tree.scalar(key) == Some(field.as_str()))
                || merged.contains(field.as_str());
            if !given {
                self.missing.push(Missing {
                    mapping: node,
                    field: field.clone(),
                    at,
                });
            }
        }
    }
}

/// Whether `key` is YAML's merge key: a plain `<<` (quoted, it is an ordinary key).
fn is_merge_key(tree: &Tree<'_>, key: NodeId) -> bool {
    matches!(
        &tree.node(key).value,
        Value::Scalar { text, style: Style::Plain, tag: None } if text == "<<"
    )
}

/// The keys the mapping's merge keys bring in: those of the mapping (or each mapping of the
/// list) a `<<` names.
fn merged_keys<'t>(tree: &'t Tree<'_>, entries: &[(NodeId, NodeId)]) -> HashSet<&'t str> {
    let mut keys = HashSet::new();
    for &(key, value) in entries {
        if !is_merge_key(tree, key) {
            continue;
        }
        let value = tree.resolve(value);
        let sources: Vec<NodeId> = match tree.node(value).value {
            Value::Sequence { .. } => tree
                .children(value)
                .map(|item| tree.resolve(item))
                .collect(),
            _ => vec![value],
        };
        for source in sources {
            if matches!(tree.node(source).value, Value::Mapping { .. }) {
                keys.extend(tree.entries(source).filter_map(|(key, _)| tree.scalar(key)));
            }
        }
    }
    keys
}
