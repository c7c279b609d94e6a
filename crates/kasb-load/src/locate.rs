//! Where a value of a file is written: the span of the value at a [`FieldPath`].
//!
//! Two ways, for two uses. A [`SpanMap`] maps every value of a file once, for a file asked
//! about again and again (a rule that locates each of many repeated ids). [`spans_of`] finds a
//! known set of paths in one pass over the parser's events that builds no tree and stops as
//! soon as the last of them has been read: the way diagnostics are located together after the
//! checks, so that a file with one broken reference is parsed only as far as that reference.
//! Both read paths the same way: a value's path is the keys and indices that lead to it, a
//! complex key's value and what is under it have none, an alias is where it is written, and a
//! path that is not in the file falls back to its nearest ancestor that is.

use std::collections::HashMap;

use granit_parser::Event;
use kasb_diagnostics::{Position, Span};
use kasb_model::{FieldPath, PathSegment};

use crate::LoadOptions;
use crate::tree::{self, Tree, Value};

/// The span of every value of a file, by the digest of its path ([`child_key`]), sorted by
/// digest: a path is kept as 8 bytes rather than as its segments, and the table holds nothing
/// else, since a file's map holds every value in it. (Two paths of one file with the same
/// 64-bit digest would share a span: a chance below one in 10^7 for a file of a million
/// values, the most a file may hold.)
#[derive(Debug, Default)]
pub(crate) struct SpanMap(Vec<(u64, Span)>);

impl SpanMap {
    /// Maps the path of every value in the first document of `text` to its span, from the same
    /// located tree the loader reads documents from (so lines and columns agree).
    pub(crate) fn of(text: &str) -> SpanMap {
        // The file loaded within its configured limits, which are at most these.
        let options = LoadOptions::default()
            .with_max_depth(LoadOptions::CEILING_DEPTH)
            .with_max_nodes(LoadOptions::CEILING_NODES)
            .with_max_aliases(LoadOptions::CEILING_ALIASES);
        Self::walk(&Tree::parse(text, &options), Keep::Every)
    }

    /// Maps the path of each value that names a node to its span: a scalar (or an alias)
    /// under a key of [`kasb_model::NAMING_KEYS`], or in a list under one. This is what the
    /// loader keeps of a file's tree, so that diagnostics about ids and references are located
    /// without reading the file again; each span is the one [`of`](Self::of) gives the path.
    /// (A collection under such a key is not kept whole: a standard's `units` holds units,
    /// an elective group's names them.)
    pub(crate) fn of_naming_values(tree: &Tree<'_>) -> SpanMap {
        Self::walk(tree, Keep::Naming)
    }

    /// The spans of the values of `tree` that `keep` keeps. The walk is iterative, so depth
    /// costs memory in proportion to the input, never stack.
    fn walk(tree: &Tree<'_>, keep: Keep) -> SpanMap {
        let mut spans = Vec::new();
        let Some(root) = tree.root() else {
            return SpanMap::default();
        };
        let every = keep == Keep::Every;
        // Each value with its path's key and whether it is named by a naming key.
        let mut pending = vec![(root, ROOT_KEY, false)];
        while let Some((id, path, named)) = pending.pop() {
            let leaf = match tree.node(id).value {
                Value::Mapping { .. } => {
                    for (key, value) in tree.entries(id) {
                        if let Some(text) = tree.scalar(key) {
                            let named = !every && is_naming_key(text);
                            if every || named || is_collection(tree, value) {
                                let path = child_key(path, Segment::Key(text));
                                pending.push((value, path, named));
                            }
                        }
                    }
                    false
                }
                Value::Sequence { .. } => {
                    for (index, item) in tree.children(id).enumerate() {
                        if every || named || is_collection(tree, item) {
                            let path = child_key(path, Segment::Index(index));
                            pending.push((item, path, named));
                        }
                    }
                    false
                }
                Value::Scalar { .. } | Value::Alias(_) => true,
            };
            if every || (named && leaf) {
                spans.push((path, tree.node(id).span));
            }
        }
        // The walk meets a mapping's entries last to first: reversed, a path met twice keeps
        // the span it has first in the file, as [`spans_of`] does (the loader refuses a file
        // that repeats a key, so only a refused file has such a path).
        spans.reverse();
        spans.sort_by_key(|&(key, _)| key);
        spans.dedup_by_key(|&mut (key, _)| key);
        spans.shrink_to_fit();
        SpanMap(spans)
    }

    /// The span of the value at `path` if the map holds it (not an ancestor's).
    pub(crate) fn get(&self, path: &FieldPath) -> Option<Span> {
        let key =
            (path.segments().iter()).fold(ROOT_KEY, |key, segment| child_key(key, segment.into()));
        let found = self.0.binary_search_by_key(&key, |&(key, _)| key).ok()?;
        Some(self.0[found].1)
    }

    /// The span of the value at `path`, or of its nearest ancestor in the file.
    pub(crate) fn locate(&self, path: &FieldPath) -> Span {
        nearest(&key_chain(path), |key| {
            let found = self.0.binary_search_by_key(&key, |&(key, _)| key).ok()?;
            Some(self.0[found].1)
        })
    }
}

/// The spans of `paths` in the first document of `text`, each as [`SpanMap::locate`] gives it,
/// from one pass over the parser's events that stops once every path's value has been read
/// to its end.
pub(crate) fn spans_of(text: &str, paths: &[&FieldPath]) -> Vec<Span> {
    let chains: Vec<Vec<u64>> = paths.iter().map(|path| key_chain(path)).collect();
    let mut search = Search::new(&chains);
    search.run(text);
    chains
        .iter()
        .map(|chain| nearest(chain, |key| search.span_of(key)))
        .collect()
}

/// Which values a [`SpanMap`] keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// Every value.
    Every,
    /// The values that name nodes ([`SpanMap::of_naming_values`]).
    Naming,
}

/// Whether `id` is a mapping or a sequence (an alias is where it is written, a leaf).
fn is_collection(tree: &Tree<'_>, id: crate::tree::NodeId) -> bool {
    matches!(
        tree.node(id).value,
        Value::Mapping { .. } | Value::Sequence { .. }
    )
}

/// Whether `key` is one of [`kasb_model::NAMING_KEYS`]. Every key of every loaded file is
/// asked, so a table of (length, first byte) pairs rules most out before any text is compared.
fn is_naming_key(key: &str) -> bool {
    const SHORTEST_UNKNOWN: usize = 32;
    const FIRST_BYTES: [u64; SHORTEST_UNKNOWN] = {
        let mut table = [0u64; SHORTEST_UNKNOWN];
        let mut i = 0;
        while i < kasb_model::NAMING_KEYS.len() {
            let key = kasb_model::NAMING_KEYS[i].as_bytes();
            assert!(!key.is_empty() && key.len() < SHORTEST_UNKNOWN);
            table[key.len()] |= 1 << (key[0] & 63);
            i += 1;
        }
        table
    };
    let bytes = key.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    bytes.len() < SHORTEST_UNKNOWN
        && FIRST_BYTES[bytes.len()] & (1 << (first & 63)) != 0
        && kasb_model::NAMING_KEYS.contains(&key)
}

/// The key of the root path; [`child_key`] extends it one segment at a time, so values are
/// keyed without a path per value and looked up from a path's segments.
const ROOT_KEY: u64 = 0x9e37_79b9_7f4a_7c15;

/// The key of the path `parent` extended by `segment`.
fn child_key(parent: u64, segment: Segment<'_>) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(parent).hash_one(segment)
}

/// One step of a path, as [`child_key`] hashes it.
#[derive(Hash)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> From<&'a PathSegment> for Segment<'a> {
    fn from(segment: &'a PathSegment) -> Self {
        match segment {
            PathSegment::Key(key) => Segment::Key(key),
            PathSegment::Index(index) => Segment::Index(*index),
        }
    }
}

/// The keys of `path` and of each of its ancestors, the root first.
fn key_chain(path: &FieldPath) -> Vec<u64> {
    let keys = path.segments().iter().scan(ROOT_KEY, |key, segment| {
        *key = child_key(*key, segment.into());
        Some(*key)
    });
    std::iter::once(ROOT_KEY).chain(keys).collect()
}

/// The span of the deepest key of `chain` that `span_of` knows; the start of the file when it
/// knows none.
fn nearest(chain: &[u64], span_of: impl Fn(u64) -> Option<Span>) -> Span {
    chain
        .iter()
        .rev()
        .find_map(|&key| span_of(key))
        .unwrap_or(Span::point(Position::new(1, 1)))
}

/// A value's path key seen so far, for [`spans_of`].
#[derive(Clone, Copy)]
struct Found {
    span: Span,
    /// Whether its end was read (a collection's end comes after everything in it).
    complete: bool,
}

/// The state of one [`spans_of`] pass.
struct Search {
    /// Every key of every chain, with its span once read.
    wanted: HashMap<u64, Option<Found>>,
    /// The paths' own keys, not their ancestors': the pass ends when all are complete.
    targets: Vec<u64>,
    /// How many targets are not complete yet.
    missing: usize,
    open: Vec<Frame>,
    root_read: bool,
    /// What each anchor names, for an alias used as a key: a scalar's text, or `None` for a
    /// collection (once complete; an alias of one still open reads as empty, as in the tree).
    anchors: HashMap<usize, Option<String>>,
}

/// A collection being read.
struct Frame {
    /// Its path's key; `None` under a complex key, where values have no path.
    key: Option<u64>,
    kind: Kind,
    /// Whether its span is wanted, to be completed at its end.
    recorded: bool,
    anchor: usize,
}

enum Kind {
    /// A mapping, expecting a key or the value of the key just read (with its path's key).
    Mapping(Option<Option<u64>>),
    /// A sequence, with the index of its next item.
    Sequence(usize),
}

/// What the node starting now is to its parent.
enum Role {
    /// A mapping's key.
    Key,
    /// A value, with its path's key (`None` where values have no path).
    Value(Option<u64>),
}

impl Search {
    fn new(chains: &[Vec<u64>]) -> Self {
        let wanted: HashMap<u64, Option<Found>> =
            chains.iter().flatten().map(|&key| (key, None)).collect();
        let mut targets: Vec<u64> = chains.iter().filter_map(|c| c.last().copied()).collect();
        targets.sort_unstable();
        targets.dedup();
        Self {
            wanted,
            missing: targets.len(),
            targets,
            open: Vec::new(),
            root_read: false,
            anchors: HashMap::new(),
        }
    }

    fn span_of(&self, key: u64) -> Option<Span> {
        self.wanted
            .get(&key)
            .copied()
            .flatten()
            .map(|found| found.span)
    }

    fn run(&mut self, text: &str) {
        let mut parser = tree::parser(text, LoadOptions::CEILING_DEPTH);
        let mut documents = 0;
        // A syntax error ends the pass where the loader's tree ends too.
        while self.missing > 0
            && let Some(Ok((event, range))) = parser.next_event()
        {
            let at = tree::span(range);
            match event {
                Event::DocumentStart(..) => {
                    documents += 1;
                    if documents > 1 {
                        return;
                    }
                }
                Event::Scalar(text, _, anchor, _) => {
                    if anchor != 0 {
                        self.anchors.insert(anchor, Some(text.to_string()));
                    }
                    self.leaf(Some(&text), at);
                }
                Event::Alias(anchor) => {
                    let text = match self.anchors.get(&anchor) {
                        Some(text) => text.clone(),
                        None => Some(String::new()),
                    };
                    self.leaf(text.as_deref(), at);
                }
                Event::SequenceStart(_, anchor, _) => self.start(Kind::Sequence(0), at, anchor),
                Event::MappingStart(_, anchor, _) => self.start(Kind::Mapping(None), at, anchor),
                Event::SequenceEnd | Event::MappingEnd => self.end(at),
                Event::StreamEnd => return,
                _ => {}
            }
        }
    }

    /// A scalar or an alias (`text`: what it reads as a key, if anything).
    fn leaf(&mut self, text: Option<&str>, at: Span) {
        match self.role() {
            Role::Key => self.key_read(text),
            Role::Value(key) => {
                self.record(key, at, true);
            }
        }
    }

    fn start(&mut self, kind: Kind, at: Span, anchor: usize) {
        let key = match self.role() {
            Role::Key => {
                // A complex key: neither it nor its value has a path.
                self.key_read(None);
                None
            }
            Role::Value(key) => key,
        };
        let recorded = self.record(key, at, false);
        self.open.push(Frame {
            key,
            kind,
            recorded,
            anchor,
        });
    }

    fn end(&mut self, at: Span) {
        let Some(frame) = self.open.pop() else {
            return;
        };
        if frame.anchor != 0 {
            self.anchors.insert(frame.anchor, None);
        }
        if let (true, Some(key)) = (frame.recorded, frame.key) {
            if let Some(Some(found)) = self.wanted.get_mut(&key) {
                found.span.end = at.end;
                found.complete = true;
            }
            self.count_if_target(key);
        }
    }

    /// The role of the node starting now, moving its parent on to what comes next.
    fn role(&mut self) -> Role {
        let Some(frame) = self.open.last_mut() else {
            let first = !std::mem::replace(&mut self.root_read, true);
            return Role::Value(first.then_some(ROOT_KEY));
        };
        match &mut frame.kind {
            Kind::Sequence(next) => {
                let index = *next;
                *next += 1;
                Role::Value(frame.key.map(|key| child_key(key, Segment::Index(index))))
            }
            Kind::Mapping(expected) => match expected.take() {
                Some(value) => Role::Value(value),
                None => Role::Key,
            },
        }
    }

    /// The open mapping read a key: its next node is that key's value.
    fn key_read(&mut self, text: Option<&str>) {
        if let Some(frame) = self.open.last_mut()
            && let Kind::Mapping(expected) = &mut frame.kind
        {
            let key = frame.key.zip(text);
            *expected = Some(key.map(|(parent, text)| child_key(parent, Segment::Key(text))));
        }
    }

    /// Records the span of the value at `key` when it is wanted and not read before; whether it
    /// was recorded. A collection is complete only at its end.
    fn record(&mut self, key: Option<u64>, at: Span, complete: bool) -> bool {
        let Some(key) = key else {
            return false;
        };
        match self.wanted.get_mut(&key) {
            Some(slot @ None) => {
                *slot = Some(Found { span: at, complete });
                if complete {
                    self.count_if_target(key);
                }
                true
            }
            _ => false,
        }
    }

    fn count_if_target(&mut self, key: u64) {
        if self.targets.binary_search(&key).is_ok() {
            self.missing -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paths of every value of `text`, as the map reads them, with a few that are not there.
    fn paths_of(text: &str) -> Vec<FieldPath> {
        let options = LoadOptions::default();
        let tree = Tree::parse(text, &options);
        let mut paths = vec![FieldPath::root().key("nowhere")];
        let Some(root) = tree.root() else {
            return paths;
        };
        let mut pending = vec![(root, FieldPath::root())];
        while let Some((id, path)) = pending.pop() {
            match tree.node(id).value {
                Value::Mapping { .. } => {
                    for (key, value) in tree.entries(id) {
                        if let Some(text) = tree.scalar(key) {
                            pending.push((value, path.clone().key(text.to_string())));
                        }
                    }
                }
                Value::Sequence { .. } => {
                    for (index, item) in tree.children(id).enumerate() {
                        pending.push((item, path.clone().index(index)));
                    }
                }
                _ => {}
            }
            paths.push(path.clone().key("missing").index(3));
            paths.push(path);
        }
        paths
    }

    /// Every path of `text` located one at a time, and all at once, by both ways.
    fn assert_both_ways_agree(text: &str) {
        let map = SpanMap::of(text);
        let paths = paths_of(text);
        let all: Vec<&FieldPath> = paths.iter().collect();
        let expected: Vec<Span> = paths.iter().map(|path| map.locate(path)).collect();
        assert_eq!(spans_of(text, &all), expected, "{text}");
        for (path, span) in paths.iter().zip(&expected) {
            assert_eq!(spans_of(text, &[path]), vec![*span], "{path} in {text}");
        }
    }

    /// Every value the naming walk keeps has the span the full map gives its path.
    fn assert_naming_spans_are_the_maps(text: &str) -> usize {
        let naming = SpanMap::of_naming_values(&Tree::parse(text, &LoadOptions::default()));
        let map = SpanMap::of(text);
        for &(key, span) in &naming.0 {
            let found = map.0.binary_search_by_key(&key, |&(key, _)| key);
            assert_eq!(found.map(|i| map.0[i].1), Ok(span), "{text}");
        }
        naming.0.len()
    }

    #[test]
    fn keeps_the_spans_of_ids_and_references_only() {
        let text = "kind: X\nid: s\nunits:\n  - id: U1\n    title: T\n    prerequisites: [U0, U2]\n    knowledge: {id: K1}\n";
        assert_eq!(assert_naming_spans_are_the_maps(text), 5);
        let naming = SpanMap::of_naming_values(&Tree::parse(text, &LoadOptions::default()));
        let unit = FieldPath::root().key("units").index(0);
        let second = unit.key("prerequisites").index(1);
        let span = naming.get(&second).map(|span| (span.start, span.end));
        assert_eq!(span, Some((Position::new(6, 25), Position::new(6, 27))));
        assert_eq!(naming.get(&unit.key("title")), None);
        assert_eq!(naming.get(&unit), None, "a unit is not a naming value");
    }

    #[test]
    fn finds_what_the_map_finds() {
        for text in [
            "kind: X\nunits:\n  - id: U1\n    title: Один\n  - id: U2\n",
            "a: &x {b: [1, 2, {c: d}]}\ne: *x\n*x : f\n? [g, h]\n: {i: j}\nk: &y l\n*y : m\n",
            "- [a, b]\n- - c\n  - d: e\n- {}\n- []\n",
            "a: {b: [c, d]\nnever: closed\n",
            "a: 1\n---\nb: 2\n",
            "a: 1\nb: [2]\na: {c: 3}\nb: 4\n",
            "plain",
            "",
        ] {
            assert_both_ways_agree(text);
        }
    }

    proptest::proptest! {
        /// Lines of keys, dashes, flow collections, anchors, aliases, complex keys, block
        /// scalars and stray document marks, well formed or not.
        #[test]
        fn finds_what_the_map_finds_in_any_text(
            lines in proptest::collection::vec(
                (0usize..5, proptest::sample::select(vec![
                    "- ", "a: ", "b: ", "- a: ", "? ", ": ", "&x ", "*x", "*x : ", "[1, *x]",
                    "id: ", "- id: ", "core: ",
                    "{c: d, e: [f]}", "g", "'q: r'", "|\n  s", "---", "# c", "a: &x", "]", "{",
                ]), proptest::sample::select(vec!["", "h", "a: i", "- j", "[k]", "*x"])),
                0..12,
            )
        ) {
            let text: String = lines
                .iter()
                .map(|(indent, head, tail)| format!("{}{head}{tail}\n", " ".repeat(*indent)))
                .collect();
            assert_both_ways_agree(&text);
            assert_naming_spans_are_the_maps(&text);
        }
    }

    #[test]
    fn a_collection_spans_to_its_end_and_an_absent_path_falls_back() {
        let text = "kind: X\nunits:\n  - id: U1\n    title: Один\n  - id: U2\nlast: z\n";
        let units = FieldPath::root().key("units");
        let level = units.clone().index(1).key("level");
        let spans = spans_of(text, &[&units, &level]);
        assert_eq!(
            spans[0],
            Span::new(Position::new(3, 3), Position::new(6, 1))
        );
        assert_eq!(spans[1].start, Position::new(5, 5));
    }
}
