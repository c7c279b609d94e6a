//! Loads a repository of kasb YAML files into typed [`Document`]s.
//!
//! Files are discovered under the given paths (honouring `.gitignore`), read and parsed in
//! parallel, and returned in a deterministic order. Each file is parsed once into a located
//! tree, from which the typed document is read. Every problem of a file is reported in one run,
//! each a located [`Diagnostic`] in position order (up to
//! [`LoadOptions::max_problems_per_file`]): syntax errors in plain words (a `: ` inside text,
//! tabs, indentation, a missing `- `), wrong types, unknown fields (with "did you mean"), missing
//! fields, repeated keys, unquoted values YAML would read as numbers or booleans, dates, ids,
//! and resource limits (file size, nesting depth, alias expansion), so hostile input ends in an
//! error, never a panic or a hang.
//!
//! Later stages locate any value by its [`FieldPath`] through [`Workspace::locate`]; the map
//! from paths to lines and columns is built only for files that need one.
//!
//! ```
//! use kasb_load::{load_str, LoadOptions};
//!
//! let yaml = "kind: Classification\nformat: 1\nid: demo\ntitle: Demo\nlanguage: en\nentries:\n  - code: 0110\n    title: Officers\n";
//! let error = load_str("demo.yaml", yaml, &LoadOptions::default()).unwrap_err();
//! assert_eq!(error[0].rule.code, "K105");
//! assert_eq!((error[0].location.line(), error[0].location.column()), (7, 11));
//! ```
//!
//! Files held in memory load the same way, with [`load_sources`]: each file keeps its
//! [`FileId`] for as long as the [`Workspace`] lives, since the files cannot be reordered.

#![warn(missing_docs)]

mod de;
mod discover;
mod locate;
mod options;
mod parse;
pub mod rules;
mod source;
mod tree;
mod validate;

use std::path::{Path, PathBuf};

use kasb_diagnostics::{Diagnostic, Location, SourceText, Span};
use kasb_model::{Document, FieldPath};
use rayon::prelude::*;

pub use discover::{Discovered, SkipReason, Skipped, discover};
pub use options::LoadOptions;
pub use source::{Origin, SUPPRESSION_MARK, SourceFile};

/// A file of a [`Workspace`]: only the workspace hands them out, and its files cannot be
/// reordered, so an id always names the file it was given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(u32);

impl FileId {
    /// The file's position in [`Workspace::files`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A document and the file it came from.
#[derive(Clone, Debug)]
pub struct LoadedDocument {
    /// The file.
    pub file: FileId,
    /// The typed document.
    pub document: Document,
}

/// Everything loaded from a set of paths: the files, the documents that loaded, and the
/// diagnostics of those that did not.
///
/// The files are private, sorted by path and unique: [`FileId`]s index them, and
/// [`SourceText`] finds them by path, so neither may be reordered. Build a workspace with
/// [`load`] or [`load_sources`].
///
/// ```compile_fail,E0616
/// // The files cannot be reordered behind the ids' back.
/// let mut workspace = kasb_load::Workspace::default();
/// workspace.files.reverse();
/// ```
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Workspace {
    /// Every file read, sorted by path.
    files: Vec<SourceFile>,
    /// The documents that loaded, in file order.
    pub documents: Vec<LoadedDocument>,
    /// Problems found while loading, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// What the directory walk passed over (symbolic links, special files, ignored or
    /// excluded YAML files and ignored directories), so that nothing is skipped silently.
    pub skipped: Vec<Skipped>,
    /// The ids declared by files that did not load, so that later stages do not report
    /// references to them as dangling: the file's own error says what is wrong.
    pub unloaded_ids: Vec<String>,
}

/// A problem that stops loading altogether: a named path that does not exist or cannot be
/// checked (a symbolic link, a special file, an unreadable directory).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// A path named by the user does not exist or cannot be read.
    #[error("cannot read `{}`", path.display())]
    Path {
        /// The path as given.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Two in-memory sources given to [`load_sources`] have the same path.
    #[error("two sources have the path `{}`", path.display())]
    DuplicateSource {
        /// The path.
        path: PathBuf,
    },
    /// An include or exclude glob that does not compile.
    #[error("invalid glob `{glob}`: {message}")]
    Glob {
        /// The glob.
        glob: String,
        /// Why.
        message: String,
    },
}

/// Why [`load_str`] gave no document: its located diagnostics, in order (at least one).
///
/// It reads as the list of diagnostics (`error[0]`, `error.iter()`).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("`{path}` is not a valid document: {}", first_message(.diagnostics))]
pub struct DocumentError {
    /// The path the text was read as.
    pub path: String,
    /// Every problem found, located.
    pub diagnostics: Vec<Diagnostic>,
}

fn first_message(diagnostics: &[Diagnostic]) -> String {
    let first = diagnostics
        .first()
        .map_or("", |first| first.message.as_str());
    match diagnostics.len() {
        0 | 1 => first.to_owned(),
        more => format!("{first} (and {} more problems)", more - 1),
    }
}

impl std::ops::Deref for DocumentError {
    type Target = [Diagnostic];

    fn deref(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
}

impl Workspace {
    /// Every file read, sorted by path; a file's [`FileId`] is its position here.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The file with this id.
    ///
    /// # Panics
    /// When the id was handed out by another workspace with more files.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.index()]
    }

    /// The id of the file read from `path`, if any.
    pub fn file_id(&self, path: &Path) -> Option<FileId> {
        let index = self
            .files
            .binary_search_by(|file| file.path().cmp(path))
            .ok()?;
        Some(FileId(to_u32(index)))
    }

    /// The location of the value at `path` in `file`, or of its nearest ancestor that exists.
    pub fn locate(&self, file: FileId, path: &FieldPath) -> Location {
        let source = self.file(file);
        Location {
            file: source.path().to_path_buf(),
            span: Some(source.locate(path)),
        }
    }

    /// The locations of many values, each as [`locate`](Self::locate) gives it: the files are
    /// read in parallel, each once and only as far as the last value asked of it.
    pub fn locate_all(&self, places: &[(FileId, &FieldPath)]) -> Vec<Location> {
        let mut order: Vec<usize> = (0..places.len()).collect();
        order.sort_by_key(|&index| places[index].0);
        let by_file: Vec<&[usize]> = order
            .chunk_by(|&a, &b| places[a].0 == places[b].0)
            .collect();
        let spans: Vec<Vec<Span>> = by_file
            .par_iter()
            .map(|indices| {
                let paths: Vec<&FieldPath> = indices.iter().map(|&i| places[i].1).collect();
                self.file(places[indices[0]].0).locate_each(&paths)
            })
            .collect();
        let mut located = vec![None; places.len()];
        for (indices, spans) in by_file.iter().zip(spans) {
            for (&index, span) in indices.iter().zip(spans) {
                located[index] = Some(span);
            }
        }
        places
            .iter()
            .zip(located)
            .map(|(&(file, _), span)| Location {
                file: self.file(file).path().to_path_buf(),
                span,
            })
            .collect()
    }

    /// The location of the `index`-th character (0-based) of the text value at `path`: the
    /// character itself when the file holds the value verbatim on one line (plain or quoted),
    /// the whole value otherwise (escapes, folded lines).
    pub fn locate_char(
        &self,
        file: FileId,
        path: &FieldPath,
        value: &str,
        index: usize,
    ) -> Location {
        let source = self.file(file);
        let span = source.locate(path);
        Location {
            file: source.path().to_path_buf(),
            span: Some(
                source
                    .text()
                    .and_then(|text| source::char_span(text, span, value, index))
                    .unwrap_or(span),
            ),
        }
    }
}

impl SourceText for Workspace {
    fn text(&self, path: &Path) -> Option<&str> {
        self.file_id(path).and_then(|id| self.file(id).text())
    }
}

fn to_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// A file that was read (or not), and its document or diagnostics.
type FileResult = (Option<SourceFile>, Result<Document, parse::Failed>);

/// Discovers the YAML files under `paths` and loads each in parallel.
///
/// # Errors
/// Fails only when a named path cannot be checked (see [`discover`]); problems inside files
/// are diagnostics.
pub fn load(paths: &[PathBuf], options: &LoadOptions) -> Result<Workspace, LoadError> {
    let discovered = discover(paths, options)?;
    let results: Vec<FileResult> = discovered
        .files
        .par_iter()
        .map(|path| match source::read(path, options) {
            Ok(file) => parse_file(file, options),
            Err(diagnostic) => (None, Err(unread(*diagnostic))),
        })
        .collect();
    let workspace = Workspace {
        diagnostics: discovered.diagnostics,
        skipped: discovered.skipped,
        ..Workspace::default()
    };
    Ok(workspace.with_results(results))
}

/// Loads files held in memory (path and text pairs) as [`load`] loads files from disk: in
/// parallel, in path order, within the same limits. Nothing is read from disk; every source
/// is loaded, whatever its name (as a path named to [`load`] is), so the include and exclude
/// globs of `options` do not apply.
///
/// ```
/// use kasb_load::{LoadOptions, load_sources};
///
/// let sources = [("b.yaml", "kind: Classification\n"), ("a.yaml", "kind: Nope\n")];
/// let workspace = load_sources(sources, &LoadOptions::default())?;
/// let paths: Vec<_> = workspace.files().iter().map(|file| file.path()).collect();
/// assert_eq!(paths, ["a.yaml", "b.yaml"]);
/// // `a.yaml`: an unknown kind; `b.yaml`: each of the five required fields it lacks.
/// let codes: Vec<_> = workspace.diagnostics.iter().map(|d| d.rule.code).collect();
/// assert_eq!(codes, ["K107", "K103", "K103", "K103", "K103", "K103"]);
/// # Ok::<(), kasb_load::LoadError>(())
/// ```
///
/// # Errors
/// When two sources have the same path.
pub fn load_sources<P, T>(
    sources: impl IntoIterator<Item = (P, T)>,
    options: &LoadOptions,
) -> Result<Workspace, LoadError>
where
    P: Into<PathBuf>,
    T: Into<String>,
{
    let mut sources: Vec<(PathBuf, String)> = sources
        .into_iter()
        .map(|(path, text)| (path.into(), text.into()))
        .collect();
    sources.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(pair) = sources.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(LoadError::DuplicateSource {
            path: pair[0].0.clone(),
        });
    }
    let results: Vec<FileResult> = sources
        .into_par_iter()
        .map(
            |(path, text)| match source::from_text(path, text, options) {
                Ok(file) => parse_file(file, options),
                Err(diagnostic) => (None, Err(unread(*diagnostic))),
            },
        )
        .collect();
    Ok(Workspace::default().with_results(results))
}

/// The failure of a file that could not be read.
fn unread(diagnostic: Diagnostic) -> parse::Failed {
    parse::Failed {
        diagnostics: vec![diagnostic],
        id: None,
    }
}

/// A file read, and its document or diagnostics. A file that loaded cleanly lets go of its
/// text (see [`SourceFile`]).
fn parse_file(mut file: SourceFile, options: &LoadOptions) -> FileResult {
    let parsed = parse::parse(file.path(), file.text().unwrap_or_default(), options);
    let parsed = parsed.map(|parsed| {
        file.keep_naming_spans(parsed.naming);
        file.release_text();
        parsed.document
    });
    (Some(file), parsed)
}

impl Workspace {
    /// Adds the files (in the order given, which is path order), their documents and their
    /// diagnostics.
    fn with_results(mut self, results: Vec<FileResult>) -> Self {
        for (file, parsed) in results {
            let Some(file) = file else {
                self.diagnostics.extend(
                    parsed
                        .err()
                        .map(|failed| failed.diagnostics)
                        .unwrap_or_default(),
                );
                continue;
            };
            let id = FileId(to_u32(self.files.len()));
            match parsed {
                Ok(document) => self.documents.push(LoadedDocument { file: id, document }),
                Err(failed) => {
                    self.unloaded_ids.extend(failed.id);
                    self.diagnostics.extend(failed.diagnostics);
                }
            }
            self.files.push(file);
        }
        self
    }
}

impl Workspace {
    /// This workspace joined with `reference`, a workspace of reference data the tool carries
    /// (loaded with [`load_sources`]): every file of `reference` is marked
    /// [`Origin::Reference`], files stay sorted by path and each document keeps its file.
    /// Deciding which reference documents a repository's own replace is the caller's job
    /// (remove them from `reference.documents` first).
    ///
    /// # Errors
    /// When a file of `reference` has the path of one of this workspace's files.
    pub fn with_reference(mut self, mut reference: Workspace) -> Result<Workspace, LoadError> {
        for file in &mut reference.files {
            file.origin = Origin::Reference;
        }
        let own = self.files.len();
        // Each file with its index in `self.files ++ reference.files`, then sorted by path.
        let mut files: Vec<(usize, SourceFile)> = std::mem::take(&mut self.files)
            .into_iter()
            .chain(reference.files)
            .enumerate()
            .collect();
        files.sort_by(|a, b| a.1.path().cmp(b.1.path()));
        if let Some(pair) = files
            .windows(2)
            .find(|pair| pair[0].1.path() == pair[1].1.path())
        {
            return Err(LoadError::DuplicateSource {
                path: pair[0].1.path().to_path_buf(),
            });
        }
        let mut renumbered = vec![FileId(0); files.len()];
        for (new, (old, _)) in files.iter().enumerate() {
            renumbered[*old] = FileId(to_u32(new));
        }
        self.files = files.into_iter().map(|(_, file)| file).collect();
        for loaded in &mut self.documents {
            loaded.file = renumbered[loaded.file.index()];
        }
        self.documents
            .extend(reference.documents.into_iter().map(|mut loaded| {
                loaded.file = renumbered[own + loaded.file.index()];
                loaded
            }));
        self.documents.sort_by_key(|loaded| loaded.file);
        self.diagnostics.extend(reference.diagnostics);
        self.skipped.extend(reference.skipped);
        self.unloaded_ids.extend(reference.unloaded_ids);
        Ok(self)
    }
}

/// Parses one document from text, as if read from `path`.
///
/// # Errors
/// The located diagnostics when the text is not a valid document.
pub fn load_str(
    path: impl AsRef<Path>,
    text: &str,
    options: &LoadOptions,
) -> Result<Document, DocumentError> {
    let path = path.as_ref();
    parse::parse(
        path,
        &source::lone_carriage_returns_as_newlines(text),
        options,
    )
    .map(|parsed| parsed.document)
    .map_err(|failed| DocumentError {
        path: path.display().to_string(),
        diagnostics: failed.diagnostics,
    })
}

#[cfg(test)]
mod reference_tests {
    use super::*;

    const FRAMEWORK: &str = "kind: LevelFramework\nformat: 1\nid: ref-nqf\ntitle: Ref\nlanguage: en\nlevels:\n  - level: 1\n    title: One\n";

    #[test]
    fn reference_files_join_in_path_order_and_keep_their_documents() {
        let options = LoadOptions::default();
        let own = load_sources(
            [
                ("b/own.yaml", FRAMEWORK.replace("ref-nqf", "own-nqf")),
                ("<r>/x.yaml", "kind: Nope\n".into()),
            ],
            &options,
        )
        .unwrap();
        let reference = load_sources([("a/ref.yaml", FRAMEWORK)], &options).unwrap();
        let joined = own.with_reference(reference).unwrap();
        let paths: Vec<_> = joined
            .files()
            .iter()
            .map(|file| file.path().to_path_buf())
            .collect();
        assert_eq!(
            paths,
            [
                Path::new("<r>/x.yaml"),
                Path::new("a/ref.yaml"),
                Path::new("b/own.yaml")
            ]
        );
        let origins: Vec<bool> = joined
            .files()
            .iter()
            .map(SourceFile::is_reference)
            .collect();
        assert_eq!(origins, [false, true, false]);
        for loaded in &joined.documents {
            let file = joined.file(loaded.file);
            assert!(
                file.text()
                    .unwrap_or_default()
                    .contains(&format!("id: {}", loaded.document.id()))
            );
        }
        assert_eq!(joined.documents.len(), 2);
        assert_eq!(
            joined.diagnostics.len(),
            1,
            "the unknown kind of `<r>/x.yaml`"
        );
    }

    #[test]
    fn a_reference_file_cannot_take_a_repository_path() {
        let options = LoadOptions::default();
        let own = load_sources([("x.yaml", FRAMEWORK)], &options).unwrap();
        let reference = load_sources([("x.yaml", FRAMEWORK)], &options).unwrap();
        assert!(matches!(
            own.with_reference(reference),
            Err(LoadError::DuplicateSource { .. })
        ));
    }
}
