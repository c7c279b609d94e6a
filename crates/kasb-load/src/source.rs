use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::rules;
use crate::rules::k100_unreadable_file::{self, Unreadable};
use kasb_diagnostics::{Diagnostic, Position, Span};
use kasb_model::FieldPath;

use crate::LoadOptions;
use crate::locate::{self, SpanMap};

/// A file's path and text, with a map from field paths to spans built on first use.
///
/// A file read from disk that loaded cleanly does not keep its text: most files are never
/// shown, and keeping every text would cost as much memory as the corpus. It keeps the spans
/// of its ids and references, recorded as it loaded, so most diagnostics are located without
/// it. When a later stage asks for more (a diagnostic's snippet, another location), the file
/// is read again and used only if it is byte for byte the text that was loaded (same length
/// and digest); otherwise [`text`](Self::text) is `None` and other locations fall back to the
/// file alone.
#[derive(Debug)]
pub struct SourceFile {
    path: PathBuf,
    text: Held,
    /// Whether the text holds `kasb: ignore`, the mark of an inline suppression comment: only
    /// such files are read for them, and they keep their text.
    suppresses: bool,
    spans: OnceLock<SpanMap>,
    /// The spans of the values that name nodes (ids and references), recorded while the file
    /// was loaded: most diagnostics are about them, and are located without reading the file
    /// again.
    naming: SpanMap,
    pub(crate) origin: Origin,
}

/// Where a file of a [`Workspace`](crate::Workspace) comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Origin {
    /// The repository being checked (read from disk, or given in memory).
    #[default]
    Repository,
    /// Reference data the tool carries, added by
    /// [`Workspace::with_reference`](crate::Workspace::with_reference).
    Reference,
}

/// Where a file's text is.
#[derive(Debug)]
enum Held {
    /// In memory: given as a source, read from disk and not released, or read back.
    Kept { text: String, on_disk: bool },
    /// Released after loading; read back from disk on first use if it is unchanged.
    OnDisk {
        len: usize,
        digest: u64,
        again: OnceLock<Option<String>>,
    },
}

/// The mark of an inline suppression comment (`# kasb: ignore[K501]`).
pub const SUPPRESSION_MARK: &str = "kasb: ignore";

impl SourceFile {
    /// A file with this path and text, held in memory for as long as it lives.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self::held(path.into(), text.into(), false)
    }

    fn held(path: PathBuf, text: String, on_disk: bool) -> Self {
        Self {
            path,
            suppresses: text.contains(SUPPRESSION_MARK),
            text: Held::Kept { text, on_disk },
            spans: OnceLock::new(),
            naming: SpanMap::default(),
            origin: Origin::Repository,
        }
    }

    /// Where the file comes from.
    pub fn origin(&self) -> Origin {
        self.origin
    }

    /// Whether the file is reference data the tool carries rather than the repository's.
    pub fn is_reference(&self) -> bool {
        self.origin == Origin::Reference
    }

    /// The path, as discovered.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The text (UTF-8, without a byte-order mark). `None` only for a file read from disk that
    /// changed or vanished after it was loaded, whose text kasb no longer holds.
    pub fn text(&self) -> Option<&str> {
        match &self.text {
            Held::Kept { text, .. } => Some(text),
            Held::OnDisk { len, digest, again } => again
                .get_or_init(|| read_again(&self.path, *len, *digest))
                .as_deref(),
        }
    }

    /// The length of the text in bytes, held or not.
    pub fn byte_len(&self) -> usize {
        match &self.text {
            Held::Kept { text, .. } => text.len(),
            Held::OnDisk { len, .. } => *len,
        }
    }

    /// Whether the text holds an inline suppression comment (`# kasb: ignore…`).
    pub fn has_suppressions(&self) -> bool {
        self.suppresses
    }

    /// Lets go of the text of a file read from disk, keeping its length and digest so that it
    /// can be read back; a file given in memory, or with suppression comments, keeps it.
    pub(crate) fn release_text(&mut self) {
        if self.suppresses {
            return;
        }
        if let Held::Kept {
            text,
            on_disk: true,
        } = &self.text
        {
            self.text = Held::OnDisk {
                len: text.len(),
                digest: digest(text),
                again: OnceLock::new(),
            };
        }
    }

    /// Keeps the spans of the values that name nodes, recorded as the file loaded.
    pub(crate) fn keep_naming_spans(&mut self, naming: SpanMap) {
        self.naming = naming;
    }

    /// The span of the value at `path`, or of its nearest ancestor that exists; the start of
    /// the file when nothing matches. An id or a reference is found among the spans recorded
    /// at load; otherwise the first call maps every value of the file, so later ones cost a
    /// lookup.
    pub fn locate(&self, path: &FieldPath) -> Span {
        if let Some(span) = self.naming.get(path) {
            return span;
        }
        self.spans
            .get_or_init(|| self.text().map(SpanMap::of).unwrap_or_default())
            .locate(path)
    }

    /// The spans of many paths, each as [`locate`](Self::locate) gives it: ids and references
    /// from the spans recorded at load, the others from one parse that stops after the last of
    /// them (or from the map, if [`locate`](Self::locate) made it).
    pub fn locate_each(&self, paths: &[&FieldPath]) -> Vec<Span> {
        let mut spans: Vec<Option<Span>> = paths.iter().map(|path| self.naming.get(path)).collect();
        let unknown: Vec<&FieldPath> = (paths.iter().zip(&spans))
            .filter(|(_, span)| span.is_none())
            .map(|(path, _)| *path)
            .collect();
        if !unknown.is_empty() {
            let mut found = self.locate_parsed(&unknown).into_iter();
            for span in spans.iter_mut().filter(|span| span.is_none()) {
                *span = found.next();
            }
        }
        let start = Span::point(Position::new(1, 1));
        spans
            .into_iter()
            .map(|span| span.unwrap_or(start))
            .collect()
    }

    /// The spans of `paths` from the map, if [`locate`](Self::locate) made it, or from one parse
    /// that stops after the last of them.
    fn locate_parsed(&self, paths: &[&FieldPath]) -> Vec<Span> {
        if let Some(spans) = self.spans.get() {
            return paths.iter().map(|path| spans.locate(path)).collect();
        }
        match self.text() {
            Some(text) => locate::spans_of(text, paths),
            None => vec![Span::point(Position::new(1, 1)); paths.len()],
        }
    }
}

/// A digest of a text, to know a file read back is the one loaded (not a defence against a
/// forger, who would control the file anyway: a check that the same bytes are shown).
fn digest(text: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(0).hash_one(text.as_bytes())
}

/// The text of a released file, read again as it was read first, if it is unchanged.
fn read_again(path: &Path, len: usize, expected: u64) -> Option<String> {
    // The file may hold three bytes more than its text (a byte-order mark); one more than that
    // shows it grew, which the length check then refuses.
    let limit = u64::try_from(len).ok()?.saturating_add(4);
    let text = read_text(path, limit).ok()?;
    (text.len() == len && digest(&text) == expected).then_some(text)
}

/// The span of the `index`-th character of `value`, when the scalar at `span` holds `value`
/// verbatim up to that character (after an opening quote, if any).
pub(crate) fn char_span(text: &str, span: Span, value: &str, index: usize) -> Option<Span> {
    let line = text.lines().nth(span.start.line.checked_sub(1)? as usize)?;
    let mut raw = line
        .chars()
        .skip(span.start.column.checked_sub(1)? as usize)
        .peekable();
    let quoted = raw.next_if(|c| matches!(c, '"' | '\'')).is_some();
    let verbatim = value.chars().take(index + 1).eq(raw.take(index + 1));
    verbatim.then(|| {
        let column = span.start.column + u32::from(quoted) + to_u32(index);
        Span::new(
            Position::new(span.start.line, column),
            Position::new(span.start.line, column + 1),
        )
    })
}

/// Reads a file within the size limit and decodes it as UTF-8.
pub(crate) fn read(path: &Path, options: &LoadOptions) -> Result<SourceFile, Box<Diagnostic>> {
    let unreadable = |why: Unreadable<'_>| Box::new(k100_unreadable_file::diagnose(path, why));
    let text = read_text(path, options.max_file_bytes).map_err(|failure| match failure {
        ReadFailure::Open(error) => unreadable(Unreadable::Open(&error)),
        ReadFailure::Read(error) => unreadable(Unreadable::Read(&error)),
        ReadFailure::TooLarge => too_large(path, options),
        ReadFailure::Decode(why) => unreadable(why),
    })?;
    Ok(SourceFile::held(path.to_path_buf(), text, true))
}

/// Why a file could not be read as text.
enum ReadFailure {
    Open(std::io::Error),
    Read(std::io::Error),
    TooLarge,
    Decode(Unreadable<'static>),
}

/// The text of a regular file of at most `limit` bytes, decoded as UTF-8.
fn read_text(path: &Path, limit: u64) -> Result<String, ReadFailure> {
    let file = open_regular(path).map_err(ReadFailure::Open)?;
    // Sized from the file, so the text is not kept in a buffer grown by doubling (up to
    // twice its size) for as long as the workspace lives.
    let expected = file.metadata().map_or(0, |metadata| metadata.len());
    let capacity = expected.min(limit).saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadFailure::Read)?;
    if bytes.len() as u64 > limit {
        return Err(ReadFailure::TooLarge);
    }
    let mut text = decode(bytes).map_err(ReadFailure::Decode)?;
    text.shrink_to_fit();
    Ok(text)
}

/// A file held in memory, within the size limit, read as [`read`] reads one from disk (without
/// a byte-order mark, lone `\r` as `\n`).
pub(crate) fn from_text(
    path: PathBuf,
    text: String,
    options: &LoadOptions,
) -> Result<SourceFile, Box<Diagnostic>> {
    if text.len() as u64 > options.max_file_bytes {
        return Err(too_large(&path, options));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = lone_carriage_returns_as_newlines(text).into_owned();
    Ok(SourceFile::new(path, text))
}

/// The diagnostic of a file above the size limit.
fn too_large(path: &Path, options: &LoadOptions) -> Box<Diagnostic> {
    Box::new(rules::k108_resource_limit::too_large(path, options))
}

/// Opens a file for reading only if it is a regular file. Discovery checked that already; this
/// closes the window in which a pull request's file could be swapped for a FIFO (whose open
/// would block) or a symbolic link.
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = options.open(path)?;
    if file.metadata()?.is_file() {
        Ok(file)
    } else {
        Err(std::io::Error::other("not a regular file"))
    }
}

/// UTF-8 text without its byte-order mark, or why not.
fn decode(mut bytes: Vec<u8>) -> Result<String, Unreadable<'static>> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Unreadable::Utf16);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Unreadable::NotUtf8(Position::new(to_u32(line), to_u32(column)))
    })?;
    Ok(lone_carriage_returns_as_newlines(text).into_owned())
}

/// YAML breaks lines at a lone `\r` (old Mac files) as at `\n`, but line-based code (the
/// `kind:` scan, snippets, line numbers) knows only `\n`: a lone `\r` becomes `\n`, which
/// keeps every byte offset, and the file reads the same to every stage.
pub(crate) fn lone_carriage_returns_as_newlines<'a>(text: impl Into<Cow<'a, str>>) -> Cow<'a, str> {
    let text = text.into();
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_owned().into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // Replacing one ASCII byte by another keeps the text UTF-8.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_default())
}

pub(crate) fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_values_and_falls_back_to_ancestors() {
        let text = "kind: X\nunits:\n  - id: U1\n    title: Один\n  - id: U2\n";
        let file = SourceFile::new("x.yaml", text);
        let path = FieldPath::root().key("units").index(1).key("id");
        assert_eq!(file.locate(&path).start, Position::new(5, 9));
        let title = FieldPath::root().key("units").index(0).key("title");
        assert_eq!(
            file.locate(&title),
            Span::new(Position::new(4, 12), Position::new(4, 16))
        );
        let missing = FieldPath::root().key("units").index(1).key("level");
        assert_eq!(file.locate(&missing).start, Position::new(5, 5));
    }

    #[test]
    fn spans_one_character_of_a_plain_or_quoted_value() {
        let text = "id: kg/welder\nunits:\n  - id: \"ЕLC-01\"\n  - id: \"a\\nb\"\n";
        let at = |line, column, length| {
            Span::new(
                Position::new(line, column),
                Position::new(line, column + length),
            )
        };
        assert_eq!(
            char_span(text, at(1, 5, 9), "kg/welder", 2),
            Some(at(1, 7, 1))
        );
        assert_eq!(
            char_span(text, at(3, 9, 8), "ЕLC-01", 0),
            Some(at(3, 10, 1))
        );
        // An escape: the file does not hold the value verbatim.
        assert_eq!(char_span(text, at(4, 9, 6), "a\nb", 1), None);
    }

    #[test]
    fn rejects_utf16_and_reports_where_utf8_breaks() {
        assert!(decode(vec![0xFF, 0xFE, b'k', 0]).is_err());
        let Err(Unreadable::NotUtf8(at)) = decode(b"a: 1\nb: \xff".to_vec()) else {
            panic!("not reported as invalid UTF-8");
        };
        assert_eq!(at, Position::new(2, 4));
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1".to_vec()).unwrap(), "a: 1");
        assert_eq!(
            decode(b"a: 1\rb: 2\r\nc: 3\r".to_vec()).unwrap(),
            "a: 1\nb: 2\r\nc: 3\n"
        );
    }
}
