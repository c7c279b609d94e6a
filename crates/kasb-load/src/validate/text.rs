//! The file's lines, and how YAML reads a plain scalar.

use kasb_diagnostics::{Position, Span};

use crate::source::to_u32;
use crate::tree::Style;

/// The lines of a file, indexed once, addressed as the tree's positions are (1-based lines,
/// columns in characters).
pub(super) struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        Lines { text, starts }
    }

    /// The text of line `line` (1-based) without its line end; empty past the end.
    pub fn line(&self, line: u32) -> &'a str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(index) else {
            return "";
        };
        let end = self
            .starts
            .get(index + 1)
            .map_or(self.text.len(), |&next| next - 1);
        self.text[start..end].trim_end_matches('\r')
    }

    /// How many lines there are.
    pub fn count(&self) -> u32 {
        to_u32(self.starts.len())
    }

    /// The text of `at`'s line from `at` on.
    pub fn rest(&self, at: Position) -> &'a str {
        let line = self.line(at.line);
        let skip = at.column.saturating_sub(1) as usize;
        line.char_indices()
            .nth(skip)
            .map_or("", |(byte, _)| &line[byte..])
    }

    /// The text of `at`'s line before `at`.
    pub fn before(&self, at: Position) -> &'a str {
        let line = self.line(at.line);
        let rest = self.rest(at);
        &line[..line.len() - rest.len()]
    }

    /// `span` cut to the end of its first line (trailing spaces and comments left out).
    pub fn first_line(&self, span: Span) -> Span {
        if span.end.line == span.start.line && span.end.column > span.start.column {
            return span;
        }
        let token = token(self.rest(span.start));
        let width = to_u32(token.chars().count()).max(1);
        Span::new(
            span.start,
            Position::new(span.start.line, span.start.column + width),
        )
    }

    /// The span of the token at `at` (a key, a word, a quoted value up to the line's end).
    pub fn token_at(&self, at: Position) -> Span {
        let token = token(self.rest(at));
        let width = to_u32(token.chars().count()).max(1);
        Span::new(at, Position::new(at.line, at.column + width))
    }

    /// The position of the first character of line `line` that is not a space.
    pub fn content_start(&self, line: u32) -> Position {
        let text = self.line(line);
        let indent = text.chars().take_while(|c| *c == ' ').count();
        Position::new(line, to_u32(indent + 1))
    }

    /// The first entry written on line `line`, to name the mapping it starts: without its
    /// indentation, `- ` and comment, at most 40 characters (`id: U1.1`).
    pub fn first_entry(&self, line: u32) -> String {
        let mut text = self.line(line).trim_start();
        while let Some(rest) = text.strip_prefix("- ") {
            text = rest.trim_start();
        }
        let text = text[..text.find(" #").unwrap_or(text.len())].trim_end();
        match text.char_indices().nth(40) {
            Some((cut, _)) => format!("{}…", &text[..cut]),
            None => text.to_owned(),
        }
    }

    /// The next line at or after `line` that holds something besides spaces and a comment.
    pub fn next_content(&self, line: u32) -> Option<u32> {
        (line..=self.count()).find(|&number| !is_blank(self.line(number)))
    }
}

/// Whether a line holds nothing but spaces and a comment.
pub(super) fn is_blank(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// The token at the start of `rest`: up to the `: ` of a key, a ` #` comment or the line's end,
/// without trailing spaces; at most 80 characters.
fn token(rest: &str) -> &str {
    let mut end = rest.len();
    if let Some(colon) = rest.find(": ").filter(|&at| at > 0) {
        end = end.min(colon);
    }
    if let Some(comment) = rest.find(" #") {
        end = end.min(comment);
    }
    if rest[..end].ends_with(':') && end > 1 {
        end -= 1;
    }
    let token = rest[..end].trim_end();
    match token.char_indices().nth(80) {
        Some((cut, _)) => &token[..cut],
        None => token,
    }
}

/// What YAML makes of a scalar: text, or the other types a plain scalar may be read as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Reading {
    /// Text.
    Text,
    /// Nothing: empty, `~`, `null`.
    Null,
    /// `true`/`false`, and YAML 1.1's `yes`, `no`, `on`, `off`, `y`, `n`.
    Boolean,
    /// A whole number.
    Integer(f64),
    /// Any other number, `.inf` and `.nan` included.
    Float(f64),
}

impl Reading {
    /// How `text`, written in `style` with `tag`, is read.
    pub fn of(text: &str, style: Style, tag: Option<&str>) -> Reading {
        match tag {
            Some("str") => return Reading::Text,
            Some(_) | None if style != Style::Plain => return Reading::Text,
            _ => {}
        }
        let lower = text.to_ascii_lowercase();
        match lower.as_str() {
            "" | "~" | "null" => Reading::Null,
            "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" => Reading::Boolean,
            ".inf" | "+.inf" => Reading::Float(f64::INFINITY),
            "-.inf" => Reading::Float(f64::NEG_INFINITY),
            ".nan" => Reading::Float(f64::NAN),
            _ => number(&lower),
        }
    }

    /// What YAML reads, as a word of the messages (`word-yaml-boolean`: `a boolean`).
    pub fn word(self) -> &'static str {
        match self {
            Reading::Text => "yaml-text",
            Reading::Null => "yaml-null",
            Reading::Boolean => "yaml-boolean",
            Reading::Integer(_) | Reading::Float(_) => "yaml-number",
        }
    }

    /// The name of the reading in the diagnostic's data.
    pub fn name(self) -> &'static str {
        match self {
            Reading::Text => "text",
            Reading::Null => "null",
            Reading::Boolean => "boolean",
            Reading::Integer(_) | Reading::Float(_) => "number",
        }
    }
}

/// A plain scalar read as a number (YAML 1.1 and 1.2: decimal, `0x`, `0o`, with `_` in 1.1),
/// or text.
fn number(lower: &str) -> Reading {
    let digits = lower.strip_prefix(['-', '+']).unwrap_or(lower);
    if digits.is_empty() {
        return Reading::Text;
    }
    let plain: String = digits.chars().filter(|c| *c != '_').collect();
    if let Some(hex) = plain.strip_prefix("0x") {
        return radix(hex, 16);
    }
    if let Some(octal) = plain.strip_prefix("0o") {
        return radix(octal, 8);
    }
    if !plain.is_empty() && plain.bytes().all(|b| b.is_ascii_digit()) {
        let value: f64 = lower.replace('_', "").parse().unwrap_or(f64::MAX);
        return Reading::Integer(value);
    }
    let is_float = plain.bytes().any(|b| b.is_ascii_digit())
        && plain
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'-' | b'+'));
    match lower.replace('_', "").parse::<f64>() {
        Ok(value) if is_float => Reading::Float(value),
        _ => Reading::Text,
    }
}

fn radix(digits: &str, radix: u32) -> Reading {
    match u64::from_str_radix(digits, radix) {
        Ok(value) => Reading::Integer(value as f64),
        Err(_) => Reading::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Reading {
        Reading::of(text, Style::Plain, None)
    }

    #[test]
    fn reads_plain_scalars_as_yaml_1_1_and_1_2_do() {
        assert_eq!(plain("0110"), Reading::Integer(110.0));
        assert_eq!(plain("1.10"), Reading::Float(1.1));
        assert_eq!(plain("Yes"), Reading::Boolean);
        assert_eq!(plain("OFF"), Reading::Boolean);
        assert_eq!(plain("~"), Reading::Null);
        assert_eq!(plain(""), Reading::Null);
        assert_eq!(plain("0x1F"), Reading::Integer(31.0));
        assert!(matches!(plain(".NaN"), Reading::Float(value) if value.is_nan()));
        for text in [
            "four",
            "2026-01-01",
            "01.01.2026",
            "e",
            ".",
            "-",
            "1.2.3",
            "A/01.3",
        ] {
            assert_eq!(plain(text), Reading::Text, "{text}");
        }
        assert_eq!(
            Reading::of("0110", Style::DoubleQuoted, None),
            Reading::Text
        );
        assert_eq!(
            Reading::of("0110", Style::Plain, Some("str")),
            Reading::Text
        );
    }

    #[test]
    fn lines_are_addressed_by_line_and_character() {
        let lines = Lines::new("a: 1\nтитул: Сварщик # c\n");
        assert_eq!(lines.line(2), "титул: Сварщик # c");
        assert_eq!(lines.rest(Position::new(2, 8)), "Сварщик # c");
        assert_eq!(lines.before(Position::new(2, 8)), "титул: ");
        let span = lines.token_at(Position::new(2, 1));
        assert_eq!(span.end, Position::new(2, 6));
        assert_eq!(lines.line(9), "");
    }
}
