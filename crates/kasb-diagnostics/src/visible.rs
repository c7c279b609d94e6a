//! Renders text that came from a user (file contents, file names, ids, titles) so that it can
//! neither steer a terminal nor a CI log reader.
//!
//! Three things are neutralised, whatever the output format:
//! - characters a terminal or an editor acts on instead of showing: C0 controls (newlines and
//!   tabs included: kasb lays out its own lines), DEL, C1 controls, the Unicode line and
//!   paragraph separators, the bidirectional embeddings, overrides, isolates and marks of
//!   "Trojan Source", and the noncharacters U+FFFE / U+FFFF (which XML cannot carry). They are
//!   written as `\n`, `\t`, `\r` or `\u{1b}`;
//! - `##[`, which the GitHub Actions runner reads as a command anywhere in a line: its second
//!   `#` is written in the format's own notation (`\u{23}`, `&#35;`, `\#`);
//! - `::` opening the text (after spaces), which the runner reads as a command at the start of a
//!   line: its first `:` is written in the format's notation too.
//!
//! Because no newline survives, user text can never start a line of output by itself.
//!
//! The runner looks for `::` and `##[` with culture-sensitive comparisons, which skip
//! "default ignorable" characters such as a soft hyphen or a zero-width space: `:\u{ad}:` may
//! read as `::`. Those characters are therefore looked through when finding the two patterns.

use std::borrow::Cow;
use std::fmt::Write as _;

/// How a format writes a `#` or `:` that must not be read as (part of) a runner command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Notation {
    /// Plain text for a terminal or a log: `\u{23}`, `\u{3a}`.
    Plain,
    /// XML, HTML, Graphviz: a character reference, `&#35;`, `&#58;`; reads as the same text.
    Entity,
    /// Markdown: a backslash escape, `\#`, `\:`; reads as the same text.
    Backslash,
}

impl Notation {
    fn write(self, c: char, out: &mut String) {
        let _ = match self {
            Notation::Plain => write!(out, "\\u{{{:x}}}", u32::from(c)),
            Notation::Entity => write!(out, "&#{};", u32::from(c)),
            Notation::Backslash => write!(out, "\\{c}"),
        };
    }
}

/// Whether `c` is shown escaped: it would act on a terminal or reorder text rather than show.
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{fffe}' | '\u{ffff}')
}

/// Whether `c` is a default-ignorable code point that is not [`is_hidden`]: invisible, and
/// skipped by culture-sensitive string comparison.
fn is_ignorable(c: char) -> bool {
    !c.is_ascii()
        && matches!(c,
        '\u{ad}'
        | '\u{34f}'
        | '\u{115f}' | '\u{1160}'
        | '\u{17b4}' | '\u{17b5}'
        | '\u{180b}'..='\u{180f}'
        | '\u{200b}'..='\u{200d}'
        | '\u{2060}'..='\u{206f}'
        | '\u{3164}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{feff}'
        | '\u{ffa0}'
        | '\u{fff0}'..='\u{fff8}'
        | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e0fff}')
        && !is_hidden(c)
}

/// `text` for plain-text output (terminal, CI log): hidden characters as `\n` or `\u{1b}`,
/// `##[` as `#\u{23}[`, a leading `::` as `\u{3a}:`. Borrows when nothing needs escaping.
///
/// ```
/// use kasb_diagnostics::visible;
/// assert_eq!(visible("x\n::error::forged"), "x\\n::error::forged");
/// assert_eq!(visible("a ##[error]b"), "a #\\u{23}[error]b");
/// assert_eq!(visible("  ::add-mask::x"), "  \\u{3a}:add-mask::x");
/// assert_eq!(visible("\u{1b}]0;title\u{7}"), "\\u{1b}]0;title\\u{7}");
/// assert_eq!(visible("Сварщик"), "Сварщик");
/// ```
pub fn visible(text: &str) -> Cow<'_, str> {
    visible_in(text, Notation::Plain)
}

/// `text` with hidden characters as `\n` or `\u{1b}`, and the `#` of `##[` and the `:` of a
/// leading `::` in `notation`. Escape the format's own syntax first (`&` → `&amp;`, …): this
/// adds `\`, `&#…;` and ASCII letters only.
pub fn visible_in(text: &str, notation: Notation) -> Cow<'_, str> {
    if !needs_escaping(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    escape(text, notation, &mut out, |_, _| {});
    Cow::Owned(out)
}

/// Like [`visible`], and moves each of `offsets` (byte offsets into `text`, at character
/// boundaries or at its end) to the same place in the result, so that a span of the original
/// can be marked in the escaped text.
pub fn visible_mapped(text: &str, offsets: &mut [usize]) -> String {
    let original: Vec<usize> = offsets.to_vec();
    let mut out = String::with_capacity(text.len() + 16);
    escape(text, Notation::Plain, &mut out, |from, to| {
        for (offset, &at) in offsets.iter_mut().zip(&original) {
            if at == from {
                *offset = to;
            }
        }
    });
    for (offset, &at) in offsets.iter_mut().zip(&original) {
        if at >= text.len() {
            *offset = out.len();
        }
    }
    out
}

/// Makes serialised JSON safe to print while it parses to the same values: characters
/// [`is_hidden`] finds (which `serde_json` writes raw unless they are C0) become `\uXXXX`, and
/// `##[` becomes `#\u0023[`. Outside strings JSON is ASCII punctuation, so this touches strings
/// only.
pub fn safe_json(json: String) -> String {
    let mut out = String::new();
    // Unchanged text is copied in runs from `copied` on.
    let (mut copied, mut changed) = (0, false);
    let mut previous = '\0';
    let mut chars = json.char_indices();
    while let Some((at, c)) = chars.next() {
        let hidden = !c.is_ascii() && is_hidden(c) || c == '\u{7f}';
        let breaks = c == '#' && previous == '#' && next_significant(chars.clone()) == Some('[');
        if hidden || breaks {
            out.push_str(&json[copied..at]);
            copied = at + c.len_utf8();
            changed = true;
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        }
        if !is_ignorable(c) {
            previous = c;
        }
    }
    if !changed {
        return json;
    }
    out.push_str(&json[copied..]);
    out
}

fn needs_escaping(text: &str) -> bool {
    text.chars().any(is_hidden) || leading_colons(text).is_some() || has_command_prefix(text)
}

/// Whether `text` holds `##[`, looking through ignorable characters.
fn has_command_prefix(text: &str) -> bool {
    let mut chars = text.chars();
    while chars.any(|c| c == '#') {
        if opens_command(chars.clone()) {
            return true;
        }
    }
    false
}

/// Whether the characters after a `#` are `#[`, looking through ignorable characters.
fn opens_command(after: impl Iterator<Item = char>) -> bool {
    let mut significant = after.filter(|&c| !is_ignorable(c));
    significant.next() == Some('#') && significant.next() == Some('[')
}

/// The next character of `rest` that is not ignorable.
fn next_significant(mut rest: std::str::CharIndices<'_>) -> Option<char> {
    rest.find(|&(_, c)| !is_ignorable(c)).map(|(_, c)| c)
}

/// The byte offset of a `::` that opens `text` after whitespace a reader would trim.
fn leading_colons(text: &str) -> Option<usize> {
    let start = text.len() - text.trim_start_matches(is_trimmed).len();
    let mut significant = text[start..].chars().filter(|&c| !is_ignorable(c));
    (significant.next() == Some(':') && significant.next() == Some(':')).then_some(start)
}

/// What the runner trims or skips before looking for `::`, and that stays as it is in the
/// output.
fn is_trimmed(c: char) -> bool {
    (c.is_whitespace() || is_ignorable(c)) && !is_hidden(c)
}

/// Writes the escaped `text` to `out`, calling `moved(from, to)` with the byte offset of each
/// character in `text` and where it lands in `out`.
fn escape(text: &str, notation: Notation, out: &mut String, mut moved: impl FnMut(usize, usize)) {
    let colon = leading_colons(text);
    // The last character that is not ignorable: the `#` before this one, for `##[`.
    let mut previous = '\0';
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        moved(at, out.len());
        if is_hidden(c) {
            push_hidden(c, out);
        } else if Some(at) == colon
            || (c == '#' && previous == '#' && next_significant(chars.clone()) == Some('['))
        {
            notation.write(c, out);
        } else {
            out.push(c);
        }
        if !is_ignorable(c) {
            previous = c;
        }
    }
}

fn push_hidden(c: char, out: &mut String) {
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        c => write!(out, "\\u{{{:x}}}", u32::from(c)),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_controls_c1_and_bidi() {
        assert_eq!(visible("a\tb\r\n"), "a\\tb\\r\\n");
        assert_eq!(visible("\u{85}\u{9b}\u{7f}"), "\\u{85}\\u{9b}\\u{7f}");
        assert_eq!(visible("x\u{202e}y\u{2066}z"), "x\\u{202e}y\\u{2066}z");
        assert_eq!(visible("\u{2028}\u{fffe}"), "\\u{2028}\\u{fffe}");
        assert!(matches!(visible("plain: text # [x]"), Cow::Borrowed(_)));
    }

    #[test]
    fn breaks_runner_commands_in_each_notation() {
        assert_eq!(visible("###[x]"), "##\\u{23}[x]");
        assert_eq!(visible_in("a##[b", Notation::Entity), "a#&#35;[b");
        assert_eq!(visible_in("a##[b", Notation::Backslash), "a#\\#[b");
        assert_eq!(visible_in("\u{a0}::x", Notation::Entity), "\u{a0}&#58;:x");
        assert_eq!(visible("a ::b"), "a ::b");
        // An escaped tab is text, so the `::` after it no longer opens a line.
        assert_eq!(visible("\t::x"), "\\t::x");
        assert_eq!(visible("#\u{1b}#[x"), "#\\u{1b}#[x");
    }

    #[test]
    fn looks_through_ignorable_characters() {
        assert_eq!(visible("#\u{ad}#[x"), "#\u{ad}\\u{23}[x");
        assert_eq!(
            visible("#\u{200b}#\u{feff}[x"),
            "#\u{200b}\\u{23}\u{feff}[x"
        );
        assert_eq!(visible("\u{ad}:\u{200b}:x"), "\u{ad}\\u{3a}\u{200b}:x");
        assert_eq!(visible(" \u{2060}::x"), " \u{2060}\\u{3a}:x");
        assert!(matches!(visible("a\u{ad}b # [x]"), Cow::Borrowed(_)));
    }

    #[test]
    fn maps_offsets_into_the_escaped_text() {
        let text = "a\u{1b}bc";
        let mut offsets = [2, 3, 4];
        let out = visible_mapped(text, &mut offsets);
        assert_eq!(out, "a\\u{1b}bc");
        assert_eq!(&out[offsets[0]..offsets[1]], "b");
        assert_eq!(offsets[2], out.len());
    }

    #[test]
    fn json_stays_the_same_value() {
        let json = serde_json_like("x\u{85}##[error]\u{202e}");
        let safe = safe_json(json);
        assert_eq!(safe, "\"x\\u0085#\\u0023[error]\\u202e\"");
        assert!(!safe.contains("##["));
    }

    fn serde_json_like(text: &str) -> String {
        format!("\"{text}\"")
    }
}
