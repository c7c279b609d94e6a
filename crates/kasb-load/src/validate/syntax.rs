//! The syntax error that stopped the parse, classified into what an author did and how to fix
//! it: a colon inside text (K113), a tab (K114), a line indented off (K115), an item without
//! its `- ` (K116); any other class in plain words with a fix (K101).
//!
//! The parser's error kind and position say where it gave up, which is often after the
//! mistake; the text around it and the tree read so far (the mappings and lists the parse
//! never finished) say what the author meant.

use granit_parser::{ErrorKind, ScanError};
use kasb_diagnostics::{Diagnostic, Message, Position, Span};

use super::Context;
use super::schema::Alternative;
use super::text::is_blank;
use super::walk::Walked;
use crate::rules;
use crate::rules::k115_wrong_indentation::Meant;
use crate::source::to_u32;
use crate::tree::{NodeId, Value};

/// A mapping and a field it lacks that a diagnostic explains (no K103 for it then).
pub(super) type Explains = Option<(NodeId, String)>;

/// The diagnostic of the syntax error `error`, and the missing field it explains, if any.
pub(super) fn diagnose(
    context: &Context<'_, '_>,
    error: &ScanError,
    walked: Option<&Walked>,
) -> (Diagnostic, Explains) {
    let marker = error.marker();
    let at = Position::new(to_u32(marker.line()), to_u32(marker.col() + 1));
    let kind = error.kind();
    if let Some(diagnostic) = top_level_indented(context, at) {
        return (diagnostic, None);
    }
    if let Some(explained) = match kind {
        ErrorKind::ExpectedBlockSequenceEntry | ErrorKind::ExpectedBlockMappingKey => {
            misplaced_line(context, at, walked)
        }
        _ => None,
    } {
        return explained;
    }
    let diagnostic = tab(context, at, kind)
        .or_else(|| unclosed_flow(context, at, kind))
        .or_else(|| unclosed_quote(context, at, kind))
        .or_else(|| match kind {
            ErrorKind::MappingValueNotAllowed => colon_in_text(context, at)
                .or_else(|| compact_item_without_dash(context, at))
                .or_else(|| indented_under_value(context, at)),
            _ => None,
        })
        .unwrap_or_else(|| other(context, at, kind));
    (diagnostic, None)
}

/// A quoted value whose closing quote is missing on its line: the parser reads on to the next
/// quote mark, lines later, and stops at what follows it. Named at the opening quote (K101).
fn unclosed_quote(context: &Context<'_, '_>, at: Position, kind: &ErrorKind) -> Option<Diagnostic> {
    if !matches!(
        kind,
        ErrorKind::InvalidTrailingSingleQuotedScalar
            | ErrorKind::InvalidTrailingDoubleQuotedScalar
            | ErrorKind::UnclosedQuotedScalar
    ) {
        return None;
    }
    let lines = &context.lines;
    // The quoted value started at most this many lines above (YAML text is rarely longer).
    let earliest = at.line.saturating_sub(200).max(1);
    let (line, column, quote) = (earliest..=at.line).rev().find_map(|line| {
        let (column, quote) = opening_quote(lines.line(line))?;
        Some((line, column, quote))
    })?;
    if line == at.line && !matches!(kind, ErrorKind::UnclosedQuotedScalar) {
        return None;
    }
    let start = Position::new(line, column);
    let span = Span::new(start, Position::new(line, column + 1));
    let quote = quote.to_string();
    let (problem, help) = if line == at.line {
        (
            Message::new("k101-unclosed-quote").with("quote", &quote),
            Message::new("k101-unclosed-quote-help").with("quote", quote),
        )
    } else {
        (
            Message::new("k101-unclosed-quote-on-line").with("quote", &quote),
            Message::new("k101-unclosed-quote-on-line-help")
                .with("quote", quote)
                .with("line", at.line),
        )
    };
    Some(rules::k101_yaml_syntax::unreadable(
        context.at(span),
        problem,
        help,
    ))
}

/// The column and mark of a quote that opens a value (after `key: ` or `- `) and is not
/// closed on the same line.
fn opening_quote(line: &str) -> Option<(u32, char)> {
    let content = line.trim_start();
    let content = content.strip_prefix("- ").unwrap_or(content);
    let value = match content.find(": ") {
        Some(colon) => content[colon + 2..].trim_start(),
        None => content,
    };
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let body = &value[1..];
    let closed = match quote {
        '"' => body.replace("\\\\", "").replace("\\\"", "").contains('"'),
        _ => body.replace("''", "").contains('\''),
    };
    if closed {
        return None;
    }
    let offset = line.len() - value.len();
    Some((to_u32(line[..offset].chars().count() + 1), quote))
}

/// A tab in the indentation of the error's line or the next (K114), at the tab.
fn tab(context: &Context<'_, '_>, at: Position, kind: &ErrorKind) -> Option<Diagnostic> {
    let about_tabs = matches!(
        kind,
        ErrorKind::TabInBlockIndentation
            | ErrorKind::TabInIndentation
            | ErrorKind::TabNotAllowed
            | ErrorKind::TabInPlainScalar
            | ErrorKind::TabAtBlockScalarStart
    );
    let lines = &context.lines;
    (at.line..=at.line.saturating_add(1)).find_map(|line| {
        let text = lines.line(line);
        let indent: String = text
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let column = indent.chars().position(|c| c == '\t')?;
        // A tab inside a value is fine; one in the indentation is the problem, named when
        // the parser's error is about tabs or the tab's line is where it stopped.
        (about_tabs || line == at.line).then(|| {
            let position = Position::new(line, to_u32(column + 1));
            let span = Span::new(position, Position::new(line, position.column + 1));
            rules::k114_tab_indentation::diagnose(context.at(span))
        })
    })
}

/// A `[` or `{` never closed (K101 at the bracket): the parser meets the problem lines later.
fn unclosed_flow(context: &Context<'_, '_>, at: Position, kind: &ErrorKind) -> Option<Diagnostic> {
    let flow_kind = matches!(
        kind,
        ErrorKind::UnclosedFlowCollection { .. }
            | ErrorKind::InvalidColonPlacement
            | ErrorKind::UnexpectedEofFlowSequence
            | ErrorKind::UnexpectedEofFlowMapping
            | ErrorKind::UnexpectedEofImplicitFlowMapping
            | ErrorKind::ExpectedFlowSequenceSeparator
            | ErrorKind::ExpectedFlowMappingSeparator
            | ErrorKind::MappingValueNotAllowed
            | ErrorKind::ExpectedBlockMappingKey
            | ErrorKind::SimpleKeyExpected
    );
    if !flow_kind {
        return None;
    }
    let tree = context.tree;
    let open = open_chain(context).into_iter().rev().find(|&node| {
        let start = tree.node(node).span.start;
        matches!(context.lines.rest(start).chars().next(), Some('[' | '{'))
    });
    let bracket_at = match (open, kind) {
        (Some(node), _) => tree.node(node).span.start,
        (None, ErrorKind::UnclosedFlowCollection { .. }) => at,
        _ => return None,
    };
    // Still open on an earlier line: the author forgot to close it there.
    if open.is_some()
        && bracket_at.line == at.line
        && !matches!(kind, ErrorKind::UnclosedFlowCollection { .. })
    {
        return None;
    }
    let bracket = context.lines.rest(bracket_at).chars().next().unwrap_or('[');
    let span = Span::new(
        bracket_at,
        Position::new(bracket_at.line, bracket_at.column + 1),
    );
    Some(rules::k101_yaml_syntax::unclosed_bracket(
        context.at(span),
        bracket,
    ))
}

/// `statement: Note: use gloves`: the parser stops at the second `: ` of a line whose value
/// is plain text (K113).
fn colon_in_text(context: &Context<'_, '_>, at: Position) -> Option<Diagnostic> {
    let before = context.lines.before(at);
    let content = before.trim_start();
    let content = content.strip_prefix("- ").unwrap_or(content);
    let colon = content.find(": ")?;
    let value = content[colon + 2..].trim_start();
    let starts_plain =
        !value.is_empty() && !value.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!']);
    if !starts_plain || content[..colon].contains(['"', '\'', '[', '{']) {
        return None;
    }
    let key_end = before.len() - content.len() + colon + 2;
    let value_offset = key_end + (content[colon + 2..].len() - value.len());
    let value_column = to_u32(before[..value_offset.min(before.len())].chars().count() + 1);
    let start = Position::new(at.line, value_column);
    let whole = context.lines.rest(start);
    let whole = whole[..whole.find(" #").unwrap_or(whole.len())].trim_end();
    let end = Position::new(at.line, start.column + to_u32(whole.chars().count()));
    let key = &before[..key_end];
    Some(rules::k113_colon_in_text::diagnose(
        context.at(Span::new(start, end)),
        key,
        whole,
    ))
}

/// `a: 1` then `  b: 2`: a key indented under a key that already has its value on its own
/// line (K115), at the key.
fn indented_under_value(context: &Context<'_, '_>, at: Position) -> Option<Diagnostic> {
    let lines = &context.lines;
    let start = lines.content_start(at.line);
    let key = lines.token_at(start);
    let name = lines.rest(start);
    let name = &name[..name.find(':')?];
    let above = (1..at.line)
        .rev()
        .find(|&line| !is_blank(lines.line(line)))?;
    let above_start = key_start(lines.line(above), above);
    if above_start.column >= start.column {
        return None;
    }
    Some(rules::k115_wrong_indentation::under_value(
        context.at(key),
        name.trim_start_matches("- "),
        above,
        above_start.column,
    ))
}

/// The document's first key indented (` kind: …`), and the error on a later line at column 1
/// (K115, at the first key).
fn top_level_indented(context: &Context<'_, '_>, at: Position) -> Option<Diagnostic> {
    let tree = context.tree;
    let root = tree.root()?;
    if !matches!(tree.node(root).value, Value::Mapping { .. }) {
        return None;
    }
    let first = tree.children(root).next()?;
    let start = tree.node(first).span.start;
    let line = context.lines.next_content(at.line)?;
    let error_column = context.lines.content_start(line).column;
    if start.column <= 1 || error_column >= start.column || line <= start.line {
        return None;
    }
    let key = tree.scalar(first)?;
    let location = context.at(tree.node(first).span);
    Some(rules::k115_wrong_indentation::top_level(
        location,
        key,
        start.column - 1,
    ))
}

/// A `- ` item at a column no open list has its dashes at: K115 naming the nearest list, or,
/// with no list open, K101 for a list that lacks its key.
fn list_item_off(
    context: &Context<'_, '_>,
    start: Position,
    chain: &[NodeId],
    walked: Option<&Walked>,
) -> Diagnostic {
    let tree = context.tree;
    let dash = context.at(Span::new(
        start,
        Position::new(start.line, start.column + 1),
    ));
    // The lists still open, and a list the parser just closed: the last value of the
    // innermost open mapping (a list at its key's column ends at a line indented more).
    let just_closed = chain
        .iter()
        .rev()
        .find(|&&node| matches!(tree.node(node).value, Value::Mapping { .. }))
        .and_then(|&mapping| tree.children(mapping).last());
    let nearest = chain
        .iter()
        .copied()
        .chain(just_closed)
        .filter(|&node| matches!(tree.node(node).value, Value::Sequence { .. }))
        .map(|node| (node, dash_of(context, tree.node(node).span.start)))
        .rev()
        .min_by_key(|&(_, list)| list.column.abs_diff(start.column));
    if let Some((_, list)) = nearest.filter(|&(_, list)| list.column != start.column) {
        return rules::k115_wrong_indentation::dash_off(dash, list.line, list.column, start.column);
    }
    rules::k101_yaml_syntax::list_without_key(dash, missing_list(context, chain, walked))
}

/// A required list field an open mapping lacks (the innermost first), by its schema.
fn missing_list<'s>(
    context: &Context<'_, '_>,
    chain: &[NodeId],
    walked: Option<&'s Walked>,
) -> Option<&'s str> {
    let walked = walked?;
    chain
        .iter()
        .rev()
        .find_map(|&node| required_list(context, walked, node))
}

/// A required list field the open mapping `mapping` lacks.
fn required_list<'s>(
    context: &Context<'_, '_>,
    walked: &'s Walked,
    mapping: NodeId,
) -> Option<&'s str> {
    let tree = context.tree;
    let &(_, shape) = walked.open.iter().find(|(node, _)| *node == mapping)?;
    let Some(Alternative::Mapping {
        fields, required, ..
    }) = walked.schema.shape(shape).mapping()
    else {
        return None;
    };
    let is_list = |field: &str| {
        fields
            .iter()
            .any(|(name, shape)| name == field && walked.schema.shape(*shape).items().is_some())
    };
    required
        .iter()
        .map(String::as_str)
        .find(|field| is_list(field) && tree.get(mapping, field).is_none())
}

/// `units:` with its items at its own column (`- id: U1`), then an item without its dash:
/// its first key (`id: U2`) lands in the outer mapping and the parser stops at the next line.
/// K116 at that key, when the list's last item starts with the same key.
fn compact_item_without_dash(context: &Context<'_, '_>, at: Position) -> Option<Diagnostic> {
    let tree = context.tree;
    let chain = open_chain(context);
    let &mapping = chain
        .iter()
        .rev()
        .find(|&&node| matches!(tree.node(node).value, Value::Mapping { .. }))?;
    // Key, value, key, value… and, when the parse stopped inside the last value, a last key
    // without one.
    let children: Vec<NodeId> = tree.children(mapping).collect();
    let (list, key) = match children.len() % 2 {
        1 => (children.len().checked_sub(2)?, children.len() - 1),
        _ => (children.len().checked_sub(3)?, children.len() - 2),
    };
    let (list, key) = (tree.resolve(children[list]), children[key]);
    let key_start = tree.node(key).span.start;
    let list_start = dash_of(context, tree.node(list).span.start);
    let item = tree.children(list).last()?;
    let first_key = tree.children(item).next()?;
    let same_key = tree.scalar(first_key).is_some() && tree.scalar(first_key) == tree.scalar(key);
    let aligned = matches!(tree.node(list).value, Value::Sequence { .. })
        && list_start.column == key_start.column
        && key_start.line < at.line;
    (same_key && aligned).then(|| {
        let line = context.lines.line(key_start.line).trim();
        rules::k116_missing_dash::diagnose(context.at(tree.node(key).span), line, list_start.column)
    })
}

/// Where the `-` of a block list's first item is: the parser places the list at the item's
/// content, after its `- `.
fn dash_of(context: &Context<'_, '_>, start: Position) -> Position {
    let before = context.lines.before(start).trim_end();
    match before.strip_suffix('-') {
        Some(rest) => Position::new(start.line, to_u32(rest.chars().count() + 1)),
        None => start,
    }
}

/// Where the key of a line starts, after its indentation and any `- `.
fn key_start(line: &str, number: u32) -> Position {
    let indent = line.chars().take_while(|c| *c == ' ').count();
    let mut rest = &line[indent..];
    let mut column = indent;
    while let Some(after) = rest.strip_prefix("- ") {
        let spaces = after.chars().take_while(|c| *c == ' ').count();
        column += 2 + spaces;
        rest = &after[spaces..];
    }
    Position::new(number, to_u32(column + 1))
}

/// A line whose indentation matches none of the mappings and lists it could belong to:
/// at a list's `-` column with a key, an item without its dash (K116); otherwise a line
/// indented off (K115), naming the mapping it seems meant for.
fn misplaced_line(
    context: &Context<'_, '_>,
    at: Position,
    walked: Option<&Walked>,
) -> Option<(Diagnostic, Explains)> {
    let lines = &context.lines;
    let line = lines.next_content(at.line)?;
    let start = lines.content_start(line);
    let rest = lines.rest(start);
    let chain = open_chain(context);
    if rest.starts_with("- ") || rest == "-" {
        return Some((list_item_off(context, start, &chain, walked), None));
    }
    let name = &rest[..rest.find(':')?];
    let tree = context.tree;
    let list = chain
        .iter()
        .rev()
        .find(|&&node| matches!(tree.node(node).value, Value::Sequence { .. }));
    if let Some(&list) = list
        && dash_of(context, tree.node(list).span.start).column == start.column
        && item_has(list, name, walked)
    {
        let key = lines.token_at(start);
        let diagnostic =
            rules::k116_missing_dash::diagnose(context.at(key), rest.trim_end(), start.column);
        return Some((diagnostic, None));
    }
    let (mapping, column) = meant_for(context, &chain, start.column, name, walked)?;
    let first_line = tree.node(mapping).span.start.line;
    let meant = Meant {
        line: first_line,
        column,
        first: &lines.first_entry(first_line),
    };
    let at = context.at(lines.token_at(start));
    let diagnostic = rules::k115_wrong_indentation::off(at, name, &meant, start.column);
    let lacks = tree.get(mapping, name).is_none();
    Some((diagnostic, lacks.then(|| (mapping, name.to_owned()))))
}

/// Whether the items of `list` take the field `name` (always, when the schema is not known).
fn item_has(list: NodeId, name: &str, walked: Option<&Walked>) -> bool {
    let Some(walked) = walked else {
        return true;
    };
    walked
        .open
        .iter()
        .find(|(node, _)| *node == list)
        .and_then(|&(_, shape)| walked.schema.shape(shape).items())
        .is_none_or(|items| walked.schema.shape(items).field(name).is_some())
}

/// The mapping a key at `column` seems meant for: among the mappings the parse never
/// finished and the last item of the innermost list, one whose schema has the field (when
/// known), nearest by column; the innermost on a tie. Its node and the column of its keys.
fn meant_for(
    context: &Context<'_, '_>,
    chain: &[NodeId],
    column: u32,
    name: &str,
    walked: Option<&Walked>,
) -> Option<(NodeId, u32)> {
    let tree = context.tree;
    let mut mappings: Vec<NodeId> = chain
        .iter()
        .copied()
        .filter(|&node| matches!(tree.node(node).value, Value::Mapping { .. }))
        .collect();
    let last_item = chain.last().and_then(|&innermost| {
        matches!(tree.node(innermost).value, Value::Sequence { .. })
            .then(|| tree.children(innermost).last())
            .flatten()
    });
    if let Some(item) =
        last_item.filter(|&item| matches!(tree.node(item).value, Value::Mapping { .. }))
    {
        mappings.push(item);
    }
    let knows =
        |node: NodeId| walked.is_none_or(|walked| shape_has(context, walked, chain, node, name));
    let known: Vec<NodeId> = mappings
        .iter()
        .copied()
        .filter(|&node| knows(node))
        .collect();
    let candidates = if known.is_empty() { mappings } else { known };
    candidates
        .into_iter()
        .map(|node| (node, tree.node(node).span.start.column))
        .rev()
        .min_by_key(|&(_, keys)| keys.abs_diff(column))
        .filter(|&(_, keys)| keys != column)
}

/// Whether the schema of `node` (an open mapping, or the last item of the innermost open
/// list) has the field `name`.
fn shape_has(
    context: &Context<'_, '_>,
    walked: &Walked,
    chain: &[NodeId],
    node: NodeId,
    name: &str,
) -> bool {
    let shape_of = |node: NodeId| {
        walked
            .open
            .iter()
            .find(|(open, _)| *open == node)
            .map(|&(_, shape)| shape)
    };
    let shape = shape_of(node).or_else(|| {
        let &list = chain.last()?;
        (context.tree.children(list).last() == Some(node))
            .then(|| walked.schema.shape(shape_of(list)?).items())
            .flatten()
    });
    shape.is_some_and(|shape| walked.schema.shape(shape).field(name).is_some())
}

/// The collections the parse never finished, outermost first: each is the last child of the
/// one before.
fn open_chain(context: &Context<'_, '_>) -> Vec<NodeId> {
    let tree = context.tree;
    let mut chain = Vec::new();
    let mut next = tree.root();
    while let Some(node) = next {
        let open = matches!(
            tree.node(node).value,
            Value::Mapping { complete: false } | Value::Sequence { complete: false }
        );
        if !open {
            break;
        }
        chain.push(node);
        next = tree.children(node).last();
    }
    chain
}

/// Any other class, in plain words (K101).
fn other(context: &Context<'_, '_>, at: Position, kind: &ErrorKind) -> Diagnostic {
    let lines = &context.lines;
    let span = if lines.rest(at).is_empty() {
        Span::point(at)
    } else {
        lines.token_at(at)
    };
    let (problem, help) = words(kind, lines.rest(at));
    rules::k101_yaml_syntax::unreadable(context.at(span), problem, help)
}

/// What went wrong and how to fix it, for each class of error the parser meets.
fn words(kind: &ErrorKind, rest: &str) -> (Message, Message) {
    let first = rest.chars().next().unwrap_or(' ').to_string();
    let class = |id: &'static str| Message::new(id);
    let help = |id: &'static str| Message::new(id);
    match kind {
        ErrorKind::UnclosedQuotedScalar => (
            class("k101-unclosed-quote").with("quote", first),
            help("k101-unclosed-quote-any-help"),
        ),
        ErrorKind::InvalidTrailingSingleQuotedScalar
        | ErrorKind::InvalidTrailingDoubleQuotedScalar => {
            (class("k101-after-quote"), help("k101-after-quote-help"))
        }
        ErrorKind::UnknownQuotedScalarEscape
        | ErrorKind::InvalidQuotedScalarHexEscape
        | ErrorKind::InvalidUnicodeEscape
        | ErrorKind::InvalidLowSurrogate
        | ErrorKind::InvalidLowSurrogateHexEscape
        | ErrorKind::MissingLowSurrogate
        | ErrorKind::UnpairedLowSurrogate => (class("k101-escape"), help("k101-escape-help")),
        ErrorKind::UnexpectedCharacter { character: '`' } => {
            (class("k101-backquote"), help("k101-quote-the-value"))
        }
        // A control character anywhere in a value, which no quoting admits.
        ErrorKind::UnexpectedCharacter { character } if character.is_control() => (
            class("k101-control").with("code", format!("U+{:04X}", u32::from(*character))),
            help("k101-control-help"),
        ),
        ErrorKind::UnexpectedCharacter { character } => (
            class("k101-reserved").with("character", character.to_string()),
            help("k101-quote-the-value"),
        ),
        ErrorKind::UnknownAnchor | ErrorKind::MissingAnchorOrAliasName => {
            (class("k101-anchor"), help("k101-anchor-help"))
        }
        ErrorKind::MisplacedFlowCollectionEnd | ErrorKind::MismatchedFlowCollectionEnd { .. } => (
            class("k101-closes-nothing").with("bracket", first),
            help("k101-closes-nothing-help"),
        ),
        ErrorKind::SimpleKeyExpected => {
            (class("k101-not-key-value"), help("k101-not-key-value-help"))
        }
        ErrorKind::CommentInterceptedScalar => (class("k101-comment"), help("k101-comment-help")),
        ErrorKind::ExpectedBlockMappingKey | ErrorKind::ExpectedBlockSequenceEntry => {
            (class("k101-indentation"), help("k101-indentation-help"))
        }
        ErrorKind::BlockSequenceEntryNotAllowed | ErrorKind::BlockEntryInFlowCollection => {
            (class("k101-dash"), help("k101-dash-help"))
        }
        ErrorKind::InvalidBlockScalarHeader
        | ErrorKind::InvalidBlockScalarIndent
        | ErrorKind::ZeroBlockScalarIndent => (class("k101-block"), help("k101-block-help")),
        ErrorKind::MappingValueNotAllowed | ErrorKind::InvalidColonPlacement => {
            (class("k101-colon"), help("k101-colon-help"))
        }
        ErrorKind::UnexpectedEof
        | ErrorKind::UnexpectedEofBlockMapping
        | ErrorKind::UnexpectedEofBlockSequence => (class("k101-eof"), help("k101-eof-help")),
        _ => (class("k101-other"), help("k101-other-help")),
    }
}
