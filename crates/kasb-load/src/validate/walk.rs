//! The walk of a tree against its kind's schema: every node checked once, one diagnostic per
//! node at most, nothing looked into below a node of the wrong type.

use std::collections::HashSet;

use kasb_diagnostics::{Span, Suggester};

use super::schema::{Alternative, Others, Schema, ShapeId};
use super::text::Reading;
use super::{Bounded, Context};
use crate::rules;
use crate::source::to_u32;
use crate::tree::{NodeId, TreeProblem, Value};

/// What the walk found: its diagnostics, and the shape of every mapping and list the parse
/// never finished (where the line of a syntax error may belong).
pub(super) struct Walked {
    /// Whether a wrong type reported explains the syntax error (see `Walk`).
    pub explains_the_error: bool,
    missing: Vec<Missing>,
    explained: HashSet<(NodeId, String)>,
    pub open: Vec<(NodeId, ShapeId)>,
    pub schema: &'static Schema,
}

/// A node to check: its shape, the field it is the value of, and the mapping holding it.
#[derive(Clone, Copy)]
struct Frame<'t> {
    node: NodeId,
    shape: ShapeId,
    field: Option<&'t str>,
    parent: Option<(NodeId, ShapeId)>,
}

/// A missing field, kept apart until the walk ends: a field indented into the wrong mapping
/// explains it, and then it is not reported.
struct Missing {
    mapping: NodeId,
    field: String,
    /// Where it is reported: the mapping's first key.
    at: Span,
}

struct Walk<'w, 'c, 'a> {
    context: &'w Context<'c, 'a>,
    schema: &'static Schema,
    out: &'w mut Bounded,
    missing: Vec<Missing>,
    explained: HashSet<(NodeId, String)>,
    open: Vec<(NodeId, ShapeId)>,
    /// Did-you-mean for unknown fields and values, within one budget for the file.
    suggester: Suggester,
    /// The line of the syntax error that stopped the parse: a scalar that reaches it may be
    /// cut short or run into the next line, and is not judged.
    stopped_at: Option<u32>,
    /// The last line before it that holds something (0 when none does): a mapping that ends
    /// there may have its missing field on the broken line.
    last_before_error: u32,
    /// Whether a mapping written where a list is expected ends where the parse stopped:
    /// the parser met the next `- ` item after it, so the syntax error is this one's.
    explains_the_error: bool,
    /// Where an alias named a node containing it: the tree keeps an empty scalar there, and
    /// the caller reports the alias (K108), so the placeholder is not judged.
    recursive_aliases: HashSet<Span>,
}

/// Walks the document in `context` against `schema`.
pub(super) fn walk(
    context: &Context<'_, '_>,
    schema: &'static Schema,
    out: &mut Bounded,
) -> Walked {
    let stopped_at = context
        .tree
        .problems
        .iter()
        .find_map(|problem| match problem {
            TreeProblem::Syntax(error) => Some(to_u32(error.marker().line())),
            _ => None,
        });
    let last_before_error = stopped_at.map_or(0, |error_line| {
        (1..error_line)
            .rev()
            .find(|&line| !super::text::is_blank(context.lines.line(line)))
            .unwrap_or(0)
    });
    let mut walk = Walk {
        context,
        schema,
        out,
        missing: Vec::new(),
        explained: HashSet::new(),
        open: Vec::new(),
        suggester: Suggester::new(kasb_diagnostics::suggest::CALL_BUDGET),
        explains_the_error: false,
        recursive_aliases: context
            .tree
            .problems
            .iter()
            .filter_map(|problem| match problem {
                TreeProblem::RecursiveAlias { at } => Some(*at),
                _ => None,
            })
            .collect(),
        stopped_at,
        last_before_error,
    };
    if let Some(root) = context.tree.root() {
        walk.run(Frame {
            node: root,
            shape: schema.root(),
            field: None,
            parent: None,
        });
    }
    Walked {
        explains_the_error: walk.explains_the_error,
        missing: walk.missing,
        explained: walk.explained,
        open: walk.open,
        schema,
    }
}

impl Walked {
    /// Adds to `out` the missing fields that no misplaced key explains (`explained` adds
    /// those the syntax error's explanation found).
    pub fn finish(
        self,
        context: &Context<'_, '_>,
        explained: &[(NodeId, String)],
        out: &mut Bounded,
    ) {
        let Walked {
            missing,
            explained: mut found,
            ..
        } = self;
        found.extend(explained.iter().cloned());
        for missing in missing {
            if !found.contains(&(missing.mapping, missing.field.clone())) {
                out.push_with(Some(missing.at), || {
                    rules::k103_missing_field::missing(context.at(missing.at), &missing.field)
                });
            }
        }
    }
}

impl<'w, 'c, 'a> Walk<'w, 'c, 'a> {
    /// Checks every node from `first`, with an explicit stack: the tree's depth is bounded,
    /// but a walk over user data never recurses.
    fn run(&mut self, first: Frame<'w>) {
        let mut stack = vec![first];
        while let Some(frame) = stack.pop() {
            self.visit(frame, &mut stack);
        }
    }

    fn visit(&mut self, frame: Frame<'w>, stack: &mut Vec<Frame<'w>>) {
        let tree = self.context.tree;
        let node = tree.resolve(frame.node);
        let shape = self.schema.shape(frame.shape);
        if shape.alternatives.is_empty() {
            return;
        }
        match &tree.node(node).value {
            Value::Mapping { complete } => match shape.mapping() {
                Some(Alternative::Mapping {
                    fields,
                    required,
                    others,
                }) => {
                    let mapping = MappingShape {
                        fields,
                        required,
                        others: *others,
                    };
                    self.mapping(node, *complete, &mapping, frame, stack);
                }
                // Cut short by a syntax error: what it was meant to be is unknown.
                _ if !complete => {}
                _ => self.wrong_type(node, frame, Found::Mapping),
            },
            Value::Sequence { complete } => match shape.items() {
                Some(items) => {
                    if !complete {
                        self.open.push((node, frame.shape));
                    }
                    for item in tree.children(node).collect::<Vec<_>>().into_iter().rev() {
                        stack.push(Frame {
                            node: item,
                            shape: items,
                            field: frame.field,
                            // The mapping holding the list: where an item's key indented
                            // too far may belong.
                            parent: frame.parent,
                        });
                    }
                }
                None if !complete
                    || shape
                        .alternatives
                        .iter()
                        .any(|a| matches!(a, Alternative::List(_))) => {}
                None => self.wrong_type(node, frame, Found::List),
            },
            Value::Scalar { .. }
                if self
                    .stopped_at
                    .is_some_and(|line| tree.node(node).span.end.line >= line)
                    || self.recursive_aliases.contains(&tree.node(node).span) => {}
            Value::Scalar { text, style, tag } => {
                let reading = Reading::of(text, *style, tag.as_deref());
                match tag.as_deref() {
                    Some(tag) if tag != "str" && self.takes_text_only(frame.shape) => {
                        let at = self.context.at(self.with_tag(tree.node(node).span));
                        let shown = tag_shown(tag);
                        let diagnostic = rules::k102_invalid_type::tagged(at, &shown, frame.field);
                        self.out.push(diagnostic);
                    }
                    _ => self.scalar(node, text, reading, frame),
                }
            }
            Value::Alias(_) => {}
        }
    }
}

/// A mapping alternative's parts.
struct MappingShape<'s> {
    fields: &'s [(String, ShapeId)],
    required: &'s [String],
    others: Others,
}

impl MappingShape<'_> {
    fn field(&self, name: &str) -> Option<ShapeId> {
        self.fields
            .iter()
            .find(|(field, _)| field == name)
            .map(|&(_, id)| id)
    }
}

/// What was written where something else was expected.
#[derive(Clone, Copy)]
enum Found<'t> {
    Mapping,
    List,
    Scalar(&'t str, Reading),
}

mod mapping;
mod scalar;
pub(super) mod words;

impl Walk<'_, '_, '_> {
    /// `span` (a tagged node's, which the parser starts after the tag) from its tag on, when
    /// the tag is on the same line.
    pub(super) fn with_tag(&self, span: Span) -> Span {
        let before = self.context.lines.before(span.start);
        let trimmed = before.trim_end();
        let start = trimmed.rfind([' ', '[', '{', ',']).map_or(0, |at| at + 1);
        if !trimmed[start..].starts_with('!') {
            return span;
        }
        let column = to_u32(before[..start].chars().count() + 1);
        Span::new(
            kasb_diagnostics::Position::new(span.start.line, column),
            span.end,
        )
    }

    /// Whether the shape takes text and no number or boolean, so a type tag cannot fit it.
    fn takes_text_only(&self, shape: ShapeId) -> bool {
        let alternatives = &self.schema.shape(shape).alternatives;
        alternatives
            .iter()
            .any(|a| matches!(a, Alternative::Text(_)))
            && !alternatives.iter().any(|a| {
                matches!(
                    a,
                    Alternative::Integer { .. } | Alternative::Number { .. } | Alternative::Boolean
                )
            })
    }
}

/// A tag as written: `!int` for YAML's `!!int` (the parser gives the suffix after the
/// standard prefix), the local tag's name otherwise.
pub(super) fn tag_shown(tag: &str) -> String {
    match tag {
        "int" | "float" | "bool" | "null" | "map" | "seq" | "binary" | "timestamp" => {
            format!("!{tag}")
        }
        other => other.to_owned(),
    }
}
