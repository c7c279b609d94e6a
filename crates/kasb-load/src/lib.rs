//! Loads a repository of kasb YAML files into typed [`Document`]s.
//!
//! Files are discovered under the given paths (honouring `.gitignore`), read and parsed in
//! parallel, and returned in a deterministic order. Every problem is a located
//! [`Diagnostic`]: syntax and type errors, unknown fields (with "did you mean"), duplicate keys,
//! unquoted values YAML would read as numbers or booleans, and resource limits (file size,
//! nesting depth, alias expansion), so hostile input ends in an error, never a panic or a hang.
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

#![warn(missing_docs)]

mod discover;
mod options;
mod parse;
pub mod rules;
mod source;

use std::path::{Path, PathBuf};

use kasb_diagnostics::{Diagnostic, Location, SourceText};
use kasb_model::{Document, FieldPath};
use rayon::prelude::*;

pub use discover::{Discovered, SkipReason, Skipped, discover};
pub use options::LoadOptions;
pub use source::SourceFile;

/// Index of a file in a [`Workspace`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

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
#[derive(Debug, Default)]
pub struct Workspace {
    /// Every file read, sorted by path.
    pub files: Vec<SourceFile>,
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
pub enum LoadError {
    /// A path named by the user does not exist or cannot be read.
    #[error("cannot read `{path}`: {source}")]
    Path {
        /// The path as given.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
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

impl Workspace {
    /// The file with this id.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The location of the value at `path` in `file`, or of its nearest ancestor that exists.
    pub fn locate(&self, file: FileId, path: &FieldPath) -> Location {
        let source = self.file(file);
        Location {
            file: source.path().to_path_buf(),
            span: Some(source.locate(path)),
        }
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
            span: Some(source::char_span(source.text(), span, value, index).unwrap_or(span)),
        }
    }
}

impl SourceText for Workspace {
    fn text(&self, path: &Path) -> Option<&str> {
        let index = self
            .files
            .binary_search_by(|file| file.path().cmp(path))
            .ok()?;
        Some(self.files[index].text())
    }
}

/// A file that was read (or not), and its document or diagnostics.
type FileResult = (Option<SourceFile>, Result<Document, Vec<Diagnostic>>);

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
            Ok(file) => {
                let parsed = parse::parse(file.path(), file.text(), options);
                (Some(file), parsed)
            }
            Err(diagnostic) => (None, Err(vec![*diagnostic])),
        })
        .collect();

    let mut workspace = Workspace {
        diagnostics: discovered.diagnostics,
        skipped: discovered.skipped,
        ..Workspace::default()
    };
    for (file, parsed) in results {
        if let Some(file) = file {
            let id = FileId(u32::try_from(workspace.files.len()).unwrap_or(u32::MAX));
            workspace.files.push(file);
            match parsed {
                Ok(document) => workspace
                    .documents
                    .push(LoadedDocument { file: id, document }),
                Err(diagnostics) => {
                    let file = &workspace.files[id.0 as usize];
                    workspace
                        .unloaded_ids
                        .extend(parse::declared_id(file.text()));
                    workspace.diagnostics.extend(diagnostics);
                }
            }
        } else if let Err(diagnostics) = parsed {
            workspace.diagnostics.extend(diagnostics);
        }
    }
    Ok(workspace)
}

/// Parses one document from text, as if read from `path`.
///
/// # Errors
/// The located diagnostics when the text is not a valid document.
pub fn load_str(
    path: impl AsRef<Path>,
    text: &str,
    options: &LoadOptions,
) -> Result<Document, Vec<Diagnostic>> {
    parse::parse(
        path.as_ref(),
        &source::lone_carriage_returns_as_newlines(text),
        options,
    )
}
