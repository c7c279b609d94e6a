//! The source lines a diagnostic points at, found through an index built once per file and
//! cut to a bounded window, so rendering costs the same whatever the file size.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use kasb_diagnostics::{Position, SourceText, Span, visible_mapped};

/// Most lines of a multi-line span shown; the annotation stops at the last one shown.
const SHOWN_SPAN_LINES: u32 = 12;
/// Most bytes of one source line shown, around the annotation.
const SHOWN_LINE_BYTES: usize = 480;
/// Bytes shown before the annotation when a line is cut.
const CONTEXT_BYTES: usize = 160;
/// A char offset is recorded every this many characters of a file.
const CHARS_PER_MARK: usize = 256;

/// The lines and character offsets of one file.
pub(crate) struct FileIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// Byte offset of every `CHARS_PER_MARK`-th character.
    char_marks: Vec<usize>,
}

impl<'a> FileIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        let mut char_marks = Vec::with_capacity(text.len() / CHARS_PER_MARK + 1);
        let mut chars = 0usize;
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            if byte & 0xC0 != 0x80 {
                if chars.is_multiple_of(CHARS_PER_MARK) {
                    char_marks.push(at);
                }
                chars += 1;
            }
            if byte == b'\n' {
                line_starts.push(at + 1);
            }
        }
        Self {
            text,
            line_starts,
            char_marks,
        }
    }

    /// The byte range of 1-based `line` without its line break, clamped to the last line.
    fn line(&self, line: u32) -> Range<usize> {
        let index = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        let start = self.line_starts[index];
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(self.text.len(), |next| next - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end
    }

    /// The byte offset of a position (1-based line, column in characters), clamped to its line.
    fn offset(&self, at: Position) -> usize {
        let line = self.line(at.line);
        let first = self.char_number(line.start);
        let target = first + (at.column.max(1) as usize - 1);
        self.char_offset(target).min(line.end)
    }

    /// How many characters come before byte `offset` (a character boundary).
    fn char_number(&self, offset: usize) -> usize {
        let mark = self.char_marks.partition_point(|&at| at <= offset).max(1) - 1;
        let from = self.char_marks.get(mark).copied().unwrap_or(0);
        mark * CHARS_PER_MARK + self.text[from..offset].chars().count()
    }

    /// The byte offset of the `number`-th character (from 0), or the text's end.
    fn char_offset(&self, number: usize) -> usize {
        let mark = number / CHARS_PER_MARK;
        let Some(&from) = self.char_marks.get(mark) else {
            return self.text.len();
        };
        self.text[from..]
            .char_indices()
            .nth(number % CHARS_PER_MARK)
            .map_or(self.text.len(), |(at, _)| from + at)
    }
}

/// The indexes of the files diagnostics point into, each built on first use.
pub(crate) struct Sources<'a> {
    sources: &'a dyn SourceText,
    indexes: HashMap<&'a Path, Option<FileIndex<'a>>>,
}

impl<'a> Sources<'a> {
    pub(crate) fn new(sources: &'a dyn SourceText) -> Self {
        Self {
            sources,
            indexes: HashMap::new(),
        }
    }

    /// The lines of `span` in `file`, escaped and cut to a window, or `None` when the file's
    /// text is not at hand.
    pub(crate) fn window(&mut self, file: &'a Path, span: Span) -> Option<Window> {
        let sources = self.sources;
        let index = self
            .indexes
            .entry(file)
            .or_insert_with(|| sources.text(file).map(FileIndex::new))
            .as_ref()?;
        Some(Window::new(index, span))
    }
}

/// Source lines ready for a snippet: escaped, each cut around the span, with the span's byte
/// range in them.
pub(crate) struct Window {
    /// The lines, joined by `\n`.
    pub(crate) source: String,
    /// The 1-based number of the first line.
    pub(crate) first_line: usize,
    /// The span in `source`.
    pub(crate) range: Range<usize>,
}

impl Window {
    fn new(index: &FileIndex<'_>, span: Span) -> Self {
        let line_count = index.line_starts.len() as u32;
        let first = span.start.line.clamp(1, line_count);
        let last = span
            .end
            .line
            .clamp(first, first.saturating_add(SHOWN_SPAN_LINES - 1))
            .min(line_count);
        let start = index.offset(Position::new(first, span.start.column));
        let end = if span.end.line > last {
            index.line(last).end
        } else {
            index.offset(span.end)
        }
        .max(start);
        let mut window = Window {
            source: String::new(),
            first_line: first as usize,
            range: 0..0,
        };
        for line in first..=last {
            window.push_line(index, index.line(line), start..end);
        }
        window
    }

    /// Appends one line, cut to at most `SHOWN_LINE_BYTES` around the span's part in it.
    fn push_line(&mut self, index: &FileIndex<'_>, line: Range<usize>, span: Range<usize>) {
        if !self.source.is_empty() {
            self.source.push('\n');
        }
        let anchor = span.start.clamp(line.start, line.end);
        let from = if span.start >= line.start {
            floor_boundary(
                index.text,
                anchor.saturating_sub(CONTEXT_BYTES).max(line.start),
            )
        } else {
            line.start
        };
        let to = floor_boundary(index.text, (from + SHOWN_LINE_BYTES).min(line.end));
        if from > line.start {
            self.source.push('…');
        }
        let base = self.source.len();
        let mut marks = [
            span.start.clamp(from, to) - from,
            span.end.clamp(from, to) - from,
        ];
        self.source
            .push_str(&visible_mapped(&index.text[from..to], &mut marks));
        if to < line.end {
            self.source.push('…');
        }
        if (line.start..=line.end).contains(&span.start) {
            self.range.start = base + marks[0];
        }
        if (line.start..=line.end).contains(&span.end) {
            self.range.end = base + marks[1];
        }
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offset(text: &str, line: u32, column: u32) -> usize {
        FileIndex::new(text).offset(Position::new(line, column))
    }

    #[test]
    fn columns_are_characters_not_bytes() {
        let text = "a: Сварщик\nb: x\n";
        assert_eq!(offset(text, 1, 4), 3);
        assert_eq!(offset(text, 1, 6), 3 + 2 * 2);
        assert_eq!(offset(text, 2, 4), text.find('x').unwrap());
        assert_eq!(offset(text, 9, 1), text.rfind('\n').unwrap() + 1);
        assert_eq!(offset(text, 1, 99), text.find('\n').unwrap());
    }

    #[test]
    fn char_marks_find_far_columns() {
        let line = "я".repeat(3 * CHARS_PER_MARK + 7) + "x\n";
        let text = format!("first\n{line}");
        let at = offset(&text, 2, 3 * CHARS_PER_MARK as u32 + 8);
        assert_eq!(&text[at..at + 1], "x");
    }

    #[test]
    fn a_long_line_is_cut_around_the_span() {
        let text = format!("{}\u{1b}target{}\n", "a".repeat(5000), "b".repeat(5000));
        let index = FileIndex::new(&text);
        let span = Span::new(Position::new(1, 5002), Position::new(1, 5008));
        let window = Window::new(&index, span);
        assert!(window.source.len() < SHOWN_LINE_BYTES + 32);
        assert!(window.source.starts_with('…') && window.source.ends_with('…'));
        assert_eq!(&window.source[window.range.clone()], "target");
        assert!(window.source.contains("\\u{1b}target"));
    }

    #[test]
    fn a_long_span_shows_a_bounded_number_of_lines() {
        let text = "x\n".repeat(1000);
        let index = FileIndex::new(&text);
        let span = Span::new(Position::new(2, 1), Position::new(900, 2));
        let window = Window::new(&index, span);
        assert_eq!(window.first_line, 2);
        assert_eq!(window.source.lines().count(), SHOWN_SPAN_LINES as usize);
        assert_eq!(window.range.end, window.source.len());
    }
}
