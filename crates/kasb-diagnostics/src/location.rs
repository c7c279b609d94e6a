use std::fmt;
use std::path::{Path, PathBuf};

/// A position in a text file: 1-based line, 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters (Unicode scalar values), from 1.
    pub column: u32,
}

impl Position {
    /// A position at `line` and `column`, both counted from 1.
    pub fn new(line: u32, column: u32) -> Self {
        Self { line, column }
    }
}

/// A range of text: from `start` up to, not including, `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Where the range starts.
    pub start: Position,
    /// Where it ends (exclusive).
    pub end: Position,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: Position, end: Position) -> Self {
        Self { start, end }
    }

    /// An empty span at one position.
    pub fn point(at: Position) -> Self {
        Self { start: at, end: at }
    }
}

/// Where a diagnostic points: a file and, when known, a span in it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file, as the user named it (relative paths stay relative).
    pub file: PathBuf,
    /// The span, or `None` for problems with the whole file (unreadable, not UTF-8).
    pub span: Option<Span>,
}

impl Location {
    /// A location at `span` in `file`.
    pub fn new(file: impl Into<PathBuf>, span: Span) -> Self {
        Self {
            file: file.into(),
            span: Some(span),
        }
    }

    /// A location naming a whole file.
    pub fn file(file: impl AsRef<Path>) -> Self {
        Self {
            file: file.as_ref().to_path_buf(),
            span: None,
        }
    }

    /// The 1-based line, or 1 for a whole file.
    pub fn line(&self) -> u32 {
        self.span.map_or(1, |span| span.start.line)
    }

    /// The 1-based column, or 1 for a whole file.
    pub fn column(&self) -> u32 {
        self.span.map_or(1, |span| span.start.column)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string().replace('\\', "/");
        match self.span {
            Some(span) => write!(f, "{file}:{}:{}", span.start.line, span.start.column),
            None => f.write_str(&file),
        }
    }
}
