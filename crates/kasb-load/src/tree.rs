//! A YAML document parsed once into a compact located tree.
//!
//! The parser's events become one vector of nodes in document order (a node's descendants
//! follow it; `end` is the index after them), each with its span and, for scalars, its text and
//! style. Both the typed deserialiser and the validator that explains a broken document read
//! this tree, so a file is parsed once, and every problem the parse meets is kept rather than
//! the first: duplicate keys, the limits, and the syntax error that ends the parse (the nodes
//! before it stay, marked incomplete where their end was never seen).
//!
//! Every budget is enforced here, as the events arrive: nesting depth, node count, alias count
//! and how far aliases expand (nodes and bytes), so nothing downstream can be made to loop,
//! recurse or allocate without bound. An alias may only name a node that is complete, so the
//! tree has no cycles.

use std::borrow::Cow;
use std::collections::HashMap;

use granit_parser::{Event, Parser, ScalarStyle, ScanError, StrInput};
use kasb_diagnostics::{Position, Span};

use crate::LoadOptions;
use crate::source::to_u32;

/// The most text all values of one file may hold, aliases expanded: four times the default
/// file size, so only aliases can reach it.
pub(crate) const MAX_SCALAR_BYTES: u64 = 64 * 1024 * 1024;

/// A node's index in its [`Tree`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct NodeId(u32);

impl NodeId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

/// How a scalar was written: a plain scalar is the one YAML may read as a number, a boolean or
/// null; a quoted or block scalar is always text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `value`
    Plain,
    /// `'value'`
    SingleQuoted,
    /// `"value"`
    DoubleQuoted,
    /// `|` block
    Literal,
    /// `>` block
    Folded,
}

impl Style {
    fn from_parser(style: ScalarStyle) -> Style {
        match style {
            ScalarStyle::Plain => Style::Plain,
            ScalarStyle::SingleQuoted => Style::SingleQuoted,
            ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
            ScalarStyle::Literal => Style::Literal,
            ScalarStyle::Folded => Style::Folded,
        }
    }
}

/// What a node is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value<'a> {
    /// A scalar: its text after escapes, how it was written, and whether it carries an
    /// explicit tag (`!!str 0110` is text whatever it looks like).
    Scalar {
        /// The text.
        text: Cow<'a, str>,
        /// How it was written.
        style: Style,
        /// The tag's suffix when one was written (`str`, `int`, a local tag's name).
        tag: Option<Box<str>>,
    },
    /// A sequence; its items are the nodes up to `end`. Incomplete when the parse stopped
    /// inside it.
    Sequence {
        /// Whether its end was seen.
        complete: bool,
    },
    /// A mapping; its children alternate key, value. Incomplete when the parse stopped inside
    /// it (its last key may then lack a value).
    Mapping {
        /// Whether its end was seen.
        complete: bool,
    },
    /// An alias of an earlier, complete node.
    Alias(NodeId),
}

/// One node: what it is, where it is written, and where its descendants end.
#[derive(Clone, Debug)]
pub(crate) struct Node<'a> {
    /// The value.
    pub value: Value<'a>,
    /// Where it is written (for a collection, from its first to its last character).
    pub span: Span,
    /// The index after its last descendant.
    end: u32,
}

/// A problem met while building the tree.
#[derive(Debug)]
pub(crate) enum TreeProblem {
    /// The YAML is malformed here; the parse stopped.
    Syntax(ScanError),
    /// A mapping repeats a key: the repeated key and the first one.
    DuplicateKey {
        /// The repeated key.
        key: NodeId,
        /// Its first occurrence.
        first: NodeId,
    },
    /// A limit was exceeded here; the parse stopped.
    Limit {
        /// Which limit.
        limit: Limit,
        /// Where.
        at: Span,
    },
    /// A second document starts here (`---`); the parse stopped.
    SecondDocument {
        /// Where.
        at: Span,
    },
    /// An alias names a node that contains it; the alias is kept as an empty scalar.
    RecursiveAlias {
        /// Where.
        at: Span,
    },
}

/// The limits of [`LoadOptions`] a tree enforces, and the fixed one on expanded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Limit {
    /// Nesting deeper than `max_depth`.
    Depth,
    /// More than `max_nodes` nodes, aliases expanded.
    Nodes,
    /// More than `max_aliases` aliases.
    Aliases,
    /// More than [`MAX_SCALAR_BYTES`] of text, aliases expanded.
    ScalarBytes,
}

/// A document parsed into located nodes, with every problem met on the way.
#[derive(Debug, Default)]
pub(crate) struct Tree<'a> {
    nodes: Vec<Node<'a>>,
    /// The problems, in the order met (a stopping problem is last).
    pub problems: Vec<TreeProblem>,
}

/// The expanded size of a node or of everything read so far: what aliases would cost a reader
/// that followed them.
#[derive(Clone, Copy, Debug, Default)]
struct Expanded {
    nodes: u64,
    bytes: u64,
}

/// A collection being read.
struct Open {
    id: NodeId,
    anchor: usize,
    /// The expanded size read before it started, to measure its own at its end.
    before: Expanded,
}

/// The state of one parse.
struct Builder<'a, 'o> {
    tree: Tree<'a>,
    open: Vec<Open>,
    anchors: HashMap<usize, (NodeId, Expanded)>,
    expanded: Expanded,
    aliases: usize,
    options: &'o LoadOptions,
}

impl<'a> Tree<'a> {
    /// Parses the first document of `text`, within the limits of `options`.
    pub fn parse(text: &'a str, options: &LoadOptions) -> Tree<'a> {
        let mut builder = Builder {
            tree: Tree::default(),
            open: Vec::new(),
            anchors: HashMap::new(),
            expanded: Expanded::default(),
            aliases: 0,
            options,
        };
        builder.run(text);
        builder.finish()
    }

    /// The document's root node, if it has one.
    pub fn root(&self) -> Option<NodeId> {
        (!self.nodes.is_empty()).then_some(NodeId(0))
    }

    /// The node `id`.
    pub fn node(&self, id: NodeId) -> &Node<'a> {
        &self.nodes[id.index()]
    }

    /// The node `id` names, following an alias.
    pub fn resolve(&self, id: NodeId) -> NodeId {
        match self.node(id).value {
            Value::Alias(target) => target,
            _ => id,
        }
    }

    /// The children of a collection in order (for a mapping: key, value, key, value…).
    pub fn children(&self, id: NodeId) -> Children<'_, 'a> {
        Children {
            tree: self,
            next: id.0 + 1,
            end: self.node(id).end,
        }
    }

    /// The entries of a mapping as (key, value) pairs; a last key without a value (a parse
    /// that stopped) is left out.
    pub fn entries(&self, id: NodeId) -> impl Iterator<Item = (NodeId, NodeId)> + '_ {
        let mut children = self.children(id);
        std::iter::from_fn(move || Some((children.next()?, children.next()?)))
    }

    /// The value of the key `key` in the mapping `id`, if the node is a mapping that has it.
    pub fn get(&self, id: NodeId, key: &str) -> Option<NodeId> {
        if !matches!(self.node(id).value, Value::Mapping { .. }) {
            return None;
        }
        self.entries(id)
            .find(|(k, _)| self.scalar(*k) == Some(key))
            .map(|(_, value)| value)
    }

    /// The text of a scalar node (following an alias), if it is one.
    pub fn scalar(&self, id: NodeId) -> Option<&str> {
        match &self.node(self.resolve(id)).value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// Whether the parse stopped early (a syntax error, a limit, a second document).
    pub fn stopped(&self) -> bool {
        self.problems.iter().any(|problem| {
            matches!(
                problem,
                TreeProblem::Syntax(_)
                    | TreeProblem::Limit { .. }
                    | TreeProblem::SecondDocument { .. }
            )
        })
    }
}

/// The children of a collection, in order.
pub(crate) struct Children<'t, 'a> {
    tree: &'t Tree<'a>,
    next: u32,
    end: u32,
}

impl Iterator for Children<'_, '_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = NodeId(self.next);
        self.next = self.tree.node(id).end;
        Some(id)
    }
}

/// A scan error, unless it is the parser's own nesting guard: the scanner reads flow
/// collections ahead of the events, so on deep flow nesting its guard is met before kasb's
/// depth limit, and it is that limit all the same.
fn syntax_or_depth(error: ScanError) -> TreeProblem {
    if matches!(
        error.kind(),
        granit_parser::ErrorKind::RecursionLimitExceeded
    ) {
        let at = position(*error.marker());
        TreeProblem::Limit {
            limit: Limit::Depth,
            at: Span::point(at),
        }
    } else {
        TreeProblem::Syntax(error)
    }
}

/// The event parser kasb reads YAML with, nesting bounded by `max_depth`.
pub(crate) fn parser(text: &str, max_depth: usize) -> Parser<'_, StrInput<'_>> {
    // The parser's own guard on nesting, a little above kasb's so that kasb's located limit
    // is the one met.
    let mut options = granit_parser::options! {
        block_nesting_limit: max_depth.saturating_add(8),
        flow_nesting_limit: max_depth,
    };
    // Comments are validated all the same; as events they would cost a quarter of the parse,
    // and a long run of them could hit the parser's comment buffer limit.
    options.set_emit_comments(false);
    Parser::new_from_str_with_options(text, options)
}

pub(crate) fn position(marker: granit_parser::Marker) -> Position {
    Position::new(to_u32(marker.line()), to_u32(marker.col() + 1))
}

pub(crate) fn span(range: granit_parser::Span) -> Span {
    Span::new(position(range.start), position(range.end))
}

impl<'a> Builder<'a, '_> {
    fn run(&mut self, text: &'a str) {
        let mut parser = parser(text, self.options.max_depth);
        let mut documents = 0;
        while let Some(next) = parser.next_event() {
            let (event, range) = match next {
                Ok(pair) => pair,
                Err(error) => {
                    self.tree.problems.push(syntax_or_depth(error));
                    return;
                }
            };
            let at = span(range);
            let step = match event {
                Event::DocumentStart(..) => {
                    documents += 1;
                    if documents > 1 {
                        Err(TreeProblem::SecondDocument { at })
                    } else {
                        Ok(())
                    }
                }
                Event::Scalar(text, style, anchor, tag) => {
                    let tag = tag.map(|tag| Box::from(tag.suffix()));
                    let bytes = text.len() as u64;
                    let value = Value::Scalar {
                        text,
                        style: Style::from_parser(style),
                        tag,
                    };
                    self.leaf(value, at, anchor, bytes)
                }
                Event::Alias(anchor) => self.alias(anchor, at),
                Event::SequenceStart(_, anchor, _) => {
                    self.open(Value::Sequence { complete: false }, at, anchor)
                }
                Event::MappingStart(_, anchor, _) => {
                    self.open(Value::Mapping { complete: false }, at, anchor)
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    self.close(at);
                    Ok(())
                }
                Event::StreamEnd => return,
                _ => Ok(()),
            };
            if let Err(problem) = step {
                self.tree.problems.push(problem);
                return;
            }
        }
    }

    /// The tree, with the collections still open (a parse that stopped) ending at the last
    /// node read, and the keys their mappings repeat so far recorded before the stop.
    fn finish(mut self) -> Tree<'a> {
        let end = to_u32(self.tree.nodes.len());
        let stop = if self.open.is_empty() {
            None
        } else {
            self.tree.problems.pop()
        };
        while let Some(open) = self.open.pop() {
            self.tree.nodes[open.id.index()].end = end;
            if matches!(
                self.tree.nodes[open.id.index()].value,
                Value::Mapping { .. }
            ) {
                self.find_duplicate_keys(open.id);
            }
        }
        self.tree.problems.extend(stop);
        self.tree
    }

    fn push(&mut self, value: Value<'a>, at: Span) -> Result<NodeId, TreeProblem> {
        let id = NodeId(to_u32(self.tree.nodes.len()));
        self.expanded.nodes += 1;
        if self.expanded.nodes > self.options.max_nodes as u64 {
            return Err(TreeProblem::Limit {
                limit: Limit::Nodes,
                at,
            });
        }
        self.tree.nodes.push(Node {
            value,
            span: at,
            end: id.0 + 1,
        });
        Ok(id)
    }

    fn leaf(
        &mut self,
        value: Value<'a>,
        at: Span,
        anchor: usize,
        bytes: u64,
    ) -> Result<(), TreeProblem> {
        let before = self.expanded;
        let id = self.push(value, at)?;
        self.add_bytes(bytes, at)?;
        if anchor != 0 {
            self.anchors.insert(anchor, (id, self.since(before)));
        }
        Ok(())
    }

    fn alias(&mut self, anchor: usize, at: Span) -> Result<(), TreeProblem> {
        self.aliases += 1;
        if self.aliases > self.options.max_aliases {
            return Err(TreeProblem::Limit {
                limit: Limit::Aliases,
                at,
            });
        }
        let Some(&(target, size)) = self.anchors.get(&anchor) else {
            // Its anchor is on a collection still open: the alias would contain itself.
            self.tree.problems.push(TreeProblem::RecursiveAlias { at });
            let empty = Value::Scalar {
                text: Cow::Borrowed(""),
                style: Style::Plain,
                tag: None,
            };
            return self.leaf(empty, at, 0, 0);
        };
        self.push(Value::Alias(target), at)?;
        // The alias node itself is counted by `push`; the rest is what it expands to.
        self.expanded.nodes += size.nodes.saturating_sub(1);
        if self.expanded.nodes > self.options.max_nodes as u64 {
            return Err(TreeProblem::Limit {
                limit: Limit::Nodes,
                at,
            });
        }
        self.add_bytes(size.bytes, at)?;
        Ok(())
    }

    fn open(&mut self, value: Value<'a>, at: Span, anchor: usize) -> Result<(), TreeProblem> {
        if self.open.len() >= self.options.max_depth {
            return Err(TreeProblem::Limit {
                limit: Limit::Depth,
                at,
            });
        }
        let before = self.expanded;
        let id = self.push(value, at)?;
        self.open.push(Open { id, anchor, before });
        Ok(())
    }

    fn close(&mut self, at: Span) {
        let Some(open) = self.open.pop() else {
            return;
        };
        let end = to_u32(self.tree.nodes.len());
        let node = &mut self.tree.nodes[open.id.index()];
        node.end = end;
        node.span.end = at.end;
        match &mut node.value {
            Value::Sequence { complete } | Value::Mapping { complete } => *complete = true,
            _ => {}
        }
        if matches!(node.value, Value::Mapping { .. }) {
            self.find_duplicate_keys(open.id);
        }
        if open.anchor != 0 {
            let size = self.since(open.before);
            self.anchors.insert(open.anchor, (open.id, size));
        }
    }

    fn add_bytes(&mut self, bytes: u64, at: Span) -> Result<(), TreeProblem> {
        self.expanded.bytes = self.expanded.bytes.saturating_add(bytes);
        if self.expanded.bytes > MAX_SCALAR_BYTES {
            return Err(TreeProblem::Limit {
                limit: Limit::ScalarBytes,
                at,
            });
        }
        Ok(())
    }

    fn since(&self, before: Expanded) -> Expanded {
        Expanded {
            nodes: self.expanded.nodes - before.nodes,
            bytes: self.expanded.bytes - before.bytes,
        }
    }

    /// Records every key of the mapping `id` that repeats an earlier one, in order. Sorting
    /// the keys keeps a hostile mapping of many keys from costing their square.
    fn find_duplicate_keys(&mut self, id: NodeId) {
        let tree = &self.tree;
        // Nearly every mapping is small: compared pairwise, without allocating.
        if tree.entries(id).nth(SMALL_MAPPING).is_none() {
            let keys = || tree.entries(id).map(|(key, _)| key);
            let found: Vec<TreeProblem> = keys()
                .enumerate()
                .filter_map(|(index, key)| {
                    let text = tree.scalar(key)?;
                    let first = keys().take(index).find(|k| tree.scalar(*k) == Some(text))?;
                    Some(TreeProblem::DuplicateKey { key, first })
                })
                .collect();
            self.tree.problems.extend(found);
            return;
        }
        let mut keys: Vec<(&str, NodeId)> = tree
            .entries(id)
            .filter_map(|(key, _)| tree.scalar(key).map(|text| (text, key)))
            .collect();
        if keys.len() < 2 {
            return;
        }
        keys.sort();
        let mut found: Vec<TreeProblem> = keys
            .windows(2)
            .filter(|pair| pair[0].0 == pair[1].0)
            .map(|pair| TreeProblem::DuplicateKey {
                key: pair[1].1,
                first: first_of(&keys, pair[0].0),
            })
            .collect();
        found.sort_by_key(|problem| match problem {
            TreeProblem::DuplicateKey { key, .. } => *key,
            _ => NodeId(0),
        });
        self.tree.problems.extend(found);
    }
}

/// The most keys a mapping may have to be checked for repeats pairwise rather than sorted.
const SMALL_MAPPING: usize = 16;

/// The first key (in document order) with this text, in a sorted list of keys.
fn first_of(keys: &[(&str, NodeId)], text: &str) -> NodeId {
    let start = keys.partition_point(|(key, _)| *key < text);
    keys[start].1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Tree<'_> {
        Tree::parse(text, &LoadOptions::default())
    }

    #[test]
    fn reads_mappings_sequences_and_scalars_with_their_spans() {
        let tree = parse("kind: X\nunits:\n  - id: U1\n    title: 'Один'\n");
        let root = tree.root().unwrap();
        assert_eq!(tree.scalar(tree.get(root, "kind").unwrap()), Some("X"));
        let units = tree.get(root, "units").unwrap();
        let unit = tree.children(units).next().unwrap();
        let title = tree.get(unit, "title").unwrap();
        assert_eq!(tree.scalar(title), Some("Один"));
        let node = tree.node(title);
        assert!(matches!(
            node.value,
            Value::Scalar {
                style: Style::SingleQuoted,
                ..
            }
        ));
        assert_eq!(node.span.start, Position::new(4, 12));
        assert!(tree.problems.is_empty());
    }

    #[test]
    fn reports_every_duplicate_key_in_order() {
        let tree = parse("a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\nb: 4\n");
        let lines: Vec<u32> = tree
            .problems
            .iter()
            .map(|problem| match problem {
                TreeProblem::DuplicateKey { key, .. } => tree.node(*key).span.start.line,
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        // The inner mapping closes first; each mapping's duplicates are in order.
        assert_eq!(lines, [6, 3, 7]);
    }

    #[test]
    fn finds_repeats_in_large_mappings_too() {
        let mut text: String = (0..40).map(|i| format!("k{i}: 1\n")).collect();
        text.push_str("k3: 2\nk3: 3\nk39: 4\n");
        let tree = parse(&text);
        let found: Vec<(u32, u32)> = tree
            .problems
            .iter()
            .map(|problem| match problem {
                TreeProblem::DuplicateKey { key, first } => (
                    tree.node(*key).span.start.line,
                    tree.node(*first).span.start.line,
                ),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(found, [(41, 4), (42, 4), (43, 40)]);
    }

    #[test]
    fn keeps_what_precedes_a_syntax_error() {
        let tree = parse("kind: X\nid: a\nid: b\ntitle: Note: use gloves\n");
        assert!(tree.stopped());
        // The key repeated before the stop is found all the same, and the stop stays last.
        assert!(matches!(tree.problems[0], TreeProblem::DuplicateKey { .. }));
        assert_eq!(tree.problems.len(), 2);
        assert!(matches!(tree.problems.last(), Some(TreeProblem::Syntax(_))));
        let root = tree.root().unwrap();
        assert_eq!(tree.scalar(tree.get(root, "id").unwrap()), Some("a"));
        assert!(matches!(
            tree.node(root).value,
            Value::Mapping { complete: false }
        ));
    }

    #[test]
    fn bounds_alias_expansion_and_depth() {
        let bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        let tree = parse(bomb);
        assert!(matches!(
            tree.problems.last(),
            Some(TreeProblem::Limit {
                limit: Limit::Nodes,
                ..
            })
        ));
        let deep = "[".repeat(100) + &"]".repeat(100);
        let tree = parse(&deep);
        assert!(matches!(
            tree.problems.last(),
            Some(TreeProblem::Limit {
                limit: Limit::Depth,
                ..
            })
        ));
    }

    #[test]
    fn an_alias_cannot_contain_itself() {
        let tree = parse("a: &a [1, *a]\n");
        assert!(
            tree.problems
                .iter()
                .any(|problem| matches!(problem, TreeProblem::RecursiveAlias { .. }))
        );
    }

    #[test]
    fn stops_at_a_second_document() {
        let tree = parse("a: 1\n---\nb: 2\n");
        assert!(matches!(
            tree.problems.last(),
            Some(TreeProblem::SecondDocument { .. })
        ));
    }
}
