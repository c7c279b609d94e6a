//! Turning byte positions into 1-based lines and character columns.

use std::io::{BufRead, Read};
use std::path::Path;

use kasb_diagnostics::{Location, Position, Span};

/// A `BufRead` that counts lines and character columns as its bytes are consumed, so a
/// streaming parser can say where it is without keeping the text.
pub(crate) struct LineTracker<R> {
    inner: R,
    line: u32,
    column: u32,
}

impl<R: BufRead> LineTracker<R> {
    pub(crate) fn new(inner: R) -> Self {
        Self {
            inner,
            line: 1,
            column: 1,
        }
    }

    /// The position just after the last byte consumed.
    pub(crate) fn position(&self) -> Position {
        Position::new(self.line, self.column)
    }
}

impl<R: BufRead> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for LineTracker<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if let Ok(buffer) = self.inner.fill_buf() {
            let amount = amount.min(buffer.len());
            for &byte in &buffer[..amount] {
                if byte == b'\n' {
                    self.line = self.line.saturating_add(1);
                    self.column = 1;
                } else if byte & 0xC0 != 0x80 {
                    self.column = self.column.saturating_add(1);
                }
            }
        }
        self.inner.consume(amount);
    }
}

/// The position of byte `offset` in `text`.
pub(crate) fn position_in(text: &str, offset: usize) -> Position {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&byte| byte == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&byte| byte == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// A location at a position.
pub(crate) fn at(file: &Path, position: Position) -> Location {
    Location::new(file, Span::point(position))
}

/// The byte offset of `inner` (a slice of `outer`) in `outer`.
pub(crate) fn offset_of(outer: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let text = "ab\nПри<x>";
        assert_eq!(
            position_in(text, text.find('<').unwrap()),
            Position::new(2, 4)
        );
        let mut tracker = LineTracker::new(text.as_bytes());
        let mut sink = Vec::new();
        tracker.read_to_end(&mut sink).unwrap();
        assert_eq!(tracker.position(), Position::new(2, 7));
    }
}
