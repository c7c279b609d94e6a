//! A scalar against its schema, and a node of the wrong type.

use kasb_model::id::{IdKind, check_id};

use super::words::{Expectation, example, expected, found};
use super::{Found, Frame, Walk};
use crate::rules;
use crate::tree::{NodeId, Value};
use crate::validate::schema::{Alternative, Literal, TextFormat};
use crate::validate::text::Reading;

impl Walk<'_, '_, '_> {
    /// Checks a scalar: the first alternative it fits ends the check; otherwise the one
    /// problem that explains it best.
    pub(super) fn scalar(&mut self, node: NodeId, text: &str, reading: Reading, frame: Frame<'_>) {
        let shape = self.schema.shape(frame.shape);
        let alternatives = &shape.alternatives;
        let accepts_text = alternatives
            .iter()
            .find_map(|alternative| match alternative {
                Alternative::Text(format) => Some(*format),
                _ => None,
            });
        let literals = alternatives
            .iter()
            .find_map(|alternative| match alternative {
                Alternative::Literals(values) => Some(values.as_slice()),
                _ => None,
            });
        if let Some(values) = literals
            && literal_matches(values, text, reading)
        {
            return;
        }
        let fits = alternatives.iter().any(|alternative| {
            matches!(
                (alternative, reading),
                (Alternative::Null, Reading::Null)
                    | (Alternative::Boolean, Reading::Boolean)
                    | (
                        Alternative::Integer { .. } | Alternative::Number { .. },
                        Reading::Integer(_)
                    )
                    | (Alternative::Number { .. }, Reading::Float(_))
            )
        });
        let at = self.context.at(self.context.tree.node(node).span);
        if fits {
            if let Some(diagnostic) = self.out_of_range(alternatives, reading, text, at.clone()) {
                self.out.push(diagnostic);
            }
            return;
        }
        let diagnostic = match (accepts_text, reading) {
            (Some(format), Reading::Text) => match self.text_format(format, text, at) {
                Some(diagnostic) => diagnostic,
                None => return,
            },
            (Some(_), Reading::Null) if self.is_empty(node) => {
                let at = self.context.at(self.context.tree.node(node).span);
                rules::k102_invalid_type::empty(at, frame.field)
            }
            // A date written as a number (`20260101`) is a date problem first: its help says
            // how to write the date, which quoting alone would not fix.
            (Some(TextFormat::Date), _) => match date_problem(at.clone(), text) {
                Some(diagnostic) => diagnostic,
                None => rules::k105_unquoted_scalar::unquoted(at, text, reading),
            },
            (Some(_), _) => rules::k105_unquoted_scalar::unquoted(at, text, reading),
            (None, _) if literals.is_some() => {
                let values = literal_texts(literals.unwrap_or_default());
                let names: Vec<&str> = values.iter().map(String::as_str).collect();
                let suggestion = self.suggester.closest(text, names.iter().copied());
                rules::k102_invalid_type::not_a_value(at, text, &names, suggestion)
            }
            _ => return self.wrong_type(node, frame, Found::Scalar(text, reading)),
        };
        self.out.push(diagnostic);
    }

    /// The number's bounds, when it fits a number alternative's type but not its range.
    fn out_of_range(
        &self,
        alternatives: &[Alternative],
        reading: Reading,
        text: &str,
        at: kasb_diagnostics::Location,
    ) -> Option<kasb_diagnostics::Diagnostic> {
        let value = match reading {
            Reading::Integer(value) | Reading::Float(value) => value,
            _ => return None,
        };
        let (min, max, whole) = alternatives
            .iter()
            .find_map(|alternative| match *alternative {
                Alternative::Integer { min, max } if matches!(reading, Reading::Integer(_)) => {
                    Some((min, max, true))
                }
                Alternative::Number { min, max } => Some((min, max, false)),
                _ => None,
            })?;
        let inside = value.is_finite() && value >= min && value <= max;
        (!inside)
            .then(|| rules::k102_invalid_type::out_of_range(at, text, value, (min, max), whole))
    }

    /// The problem of a text value with a format, if any.
    fn text_format(
        &self,
        format: TextFormat,
        text: &str,
        at: kasb_diagnostics::Location,
    ) -> Option<kasb_diagnostics::Diagnostic> {
        match format {
            TextFormat::Any => None,
            TextFormat::Date => date_problem(at, text),
            TextFormat::DocumentId => self.id_problem(IdKind::Document, text, at),
            TextFormat::ItemId => self.id_problem(IdKind::Item, text, at),
        }
    }

    /// The K111 of an id outside the grammar, at its offending character when the file
    /// holds the id verbatim.
    fn id_problem(
        &self,
        kind: IdKind,
        text: &str,
        at: kasb_diagnostics::Location,
    ) -> Option<kasb_diagnostics::Diagnostic> {
        let error = check_id(text, kind).err()?;
        let span = at.span?;
        let index = error.position.saturating_sub(1);
        let span =
            crate::source::char_span(self.context.file.text, span, text, index).unwrap_or(span);
        Some(rules::k111_invalid_id::diagnose(
            self.context.at(span),
            text,
            &error,
        ))
    }

    /// Whether nothing is written for the value (the parser reads it as `~`, at no width).
    fn is_empty(&self, node: NodeId) -> bool {
        let span = self.context.tree.node(node).span;
        span.start == span.end
    }

    /// A node of another type than the field's: one diagnostic saying what is expected here,
    /// with an example from the schema; nothing below it is looked at.
    pub(super) fn wrong_type(&mut self, node: NodeId, frame: Frame<'_>, what: Found<'_>) {
        let tree = self.context.tree;
        let shape = self.schema.shape(frame.shape);
        let at = self.context.head(tree.node(node).span);
        if matches!(what, Found::Mapping) && self.ends_at_the_error(node) {
            self.explains_the_error = true;
        }
        if let Some(diagnostic) = self.colon_in_text(node, shape.alternatives.as_slice(), what) {
            self.out.push(diagnostic);
            return;
        }
        let expectation = Expectation {
            field: frame.field,
            expected: expected(self.schema, shape),
            example: example(self.schema, shape, frame.field),
        };
        let written = match what {
            Found::Mapping => "a mapping",
            Found::List => "a list",
            Found::Scalar(text, _) => text,
        };
        self.out.push_with(at.span, || {
            rules::k102_invalid_type::wrong_type(at, &expectation, found(what), written)
        });
    }

    /// A one-line mapping `Note: use gloves` where text is expected: the author's text holds
    /// `: `, and YAML read it as a key and a value (K113).
    fn colon_in_text(
        &self,
        node: NodeId,
        alternatives: &[Alternative],
        what: Found<'_>,
    ) -> Option<kasb_diagnostics::Diagnostic> {
        let tree = self.context.tree;
        if !matches!(what, Found::Mapping)
            || !alternatives
                .iter()
                .any(|a| matches!(a, Alternative::Text(_)))
        {
            return None;
        }
        let mut entries = tree.entries(node);
        let (key, value) = entries.next()?;
        if entries.next().is_some() {
            return None;
        }
        let (key_span, value_span) = (tree.node(key).span, tree.node(value).span);
        let plain = |id| {
            matches!(
                tree.node(id).value,
                Value::Scalar {
                    style: crate::tree::Style::Plain,
                    ..
                }
            )
        };
        if !plain(key) || !plain(value) || key_span.start.line != value_span.end.line {
            return None;
        }
        // The text as written: from the key to the end of the value, on their one line.
        let rest = self.context.lines.rest(key_span.start);
        let width = value_span.end.column.saturating_sub(key_span.start.column) as usize;
        let written = rest
            .char_indices()
            .nth(width)
            .map_or(rest, |(end, _)| &rest[..end]);
        let before = self.context.lines.before(key_span.start);
        let at = self
            .context
            .at(kasb_diagnostics::Span::new(key_span.start, value_span.end));
        Some(rules::k113_colon_in_text::diagnose(
            at,
            before,
            written.trim_end(),
        ))
    }
}

/// The K112 of a date written otherwise than as a calendar date `YYYY-MM-DD`.
fn date_problem(
    at: kasb_diagnostics::Location,
    text: &str,
) -> Option<kasb_diagnostics::Diagnostic> {
    let error = text.parse::<kasb_model::Date>().err()?;
    Some(rules::k112_invalid_date::diagnose(at, text, &error))
}

fn literal_matches(values: &[Literal], text: &str, reading: Reading) -> bool {
    values.iter().any(|value| match (value, reading) {
        (Literal::Text(expected), Reading::Text) => expected == text,
        (Literal::Number(expected), Reading::Integer(found) | Reading::Float(found)) => {
            expected == &found
        }
        _ => false,
    })
}

fn literal_texts(values: &[Literal]) -> Vec<String> {
    values
        .iter()
        .map(|value| match value {
            Literal::Text(text) => text.clone(),
            Literal::Number(number) => number.to_string(),
        })
        .collect()
}
