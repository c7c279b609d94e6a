//! Writing imported documents: YAML text with its schema line, written atomically.

use std::collections::BTreeSet;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use kasb_model::{Document, DocumentKind};

use crate::Import;

/// Why [`Import::write`](crate::Import::write) wrote nothing or stopped.
#[derive(Debug)]
pub enum WriteError {
    /// Target files exist and overwriting was not asked for.
    Exists(Vec<PathBuf>),
    /// Two documents would be written to the same file.
    Duplicate(String),
    /// A document could not be serialised.
    Serialize(String),
    /// Reading or writing failed.
    Io {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Exists(paths) => {
                let shown: Vec<String> = paths
                    .iter()
                    .take(5)
                    .map(|path| format!("`{}`", path.display()))
                    .collect();
                let more = paths.len().saturating_sub(5);
                write!(
                    f,
                    "{} exist{}{}; nothing was written (use --force to overwrite)",
                    shown.join(", "),
                    if paths.len() == 1 { "s" } else { "" },
                    if more > 0 {
                        format!(" (and {more} more)")
                    } else {
                        String::new()
                    }
                )
            }
            WriteError::Duplicate(name) => {
                write!(f, "two documents would be written to `{name}`")
            }
            WriteError::Serialize(message) => write!(f, "cannot serialise a document: {message}"),
            WriteError::Io { path, source } => {
                write!(f, "cannot write `{}`: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for WriteError {}

/// The `$schema` reference for a document of `kind` written into `dir`: a relative path to
/// `schemas/KIND.json` when `dir` is inside a kasb repository (a directory up the tree holds
/// `schemas/KIND.json`), else the schema's URL.
pub fn schema_reference(dir: &Path, kind: DocumentKind) -> String {
    let file = kind.schema_file_name();
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    for (depth, ancestor) in absolute.ancestors().enumerate() {
        if ancestor.join("schemas").join(&file).is_file() {
            return format!("{}schemas/{file}", "../".repeat(depth));
        }
    }
    format!("https://kasb.dev/schemas/{file}")
}

/// A document as the text of a kasb YAML file: the `yaml-language-server` schema line, then
/// the YAML. Strings YAML would read as numbers, booleans or null are quoted.
///
/// # Errors
/// When the serialiser fails (it does not for kasb's model).
pub fn to_yaml(document: &Document, schema: &str) -> Result<String, String> {
    let body = serde_saphyr::to_string(document).map_err(|error| error.to_string())?;
    let mut text = format!("# yaml-language-server: $schema={schema}\n");
    text.push_str(body.strip_prefix("---\n").unwrap_or(&body));
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

pub(crate) fn write_import(
    import: &Import,
    out: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, WriteError> {
    std::fs::create_dir_all(out).map_err(|source| WriteError::Io {
        path: out.to_path_buf(),
        source,
    })?;
    // Render everything first: nothing is written unless everything can be.
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let mut names = BTreeSet::new();
    for imported in &import.documents {
        let schema = schema_reference(out, imported.document.kind());
        let text = to_yaml(&imported.document, &schema).map_err(WriteError::Serialize)?;
        let mut pending = vec![(imported.file_name.clone(), text)];
        pending.extend(
            imported
                .sidecars
                .iter()
                .map(|sidecar| (sidecar.file_name.clone(), sidecar.contents.clone())),
        );
        for (name, text) in pending {
            if !names.insert(name.clone()) {
                return Err(WriteError::Duplicate(name));
            }
            files.push((out.join(name), text));
        }
    }
    if !force {
        let existing: Vec<PathBuf> = files
            .iter()
            .filter(|(path, _)| path.exists())
            .map(|(path, _)| path.clone())
            .collect();
        if !existing.is_empty() {
            return Err(WriteError::Exists(existing));
        }
    }
    let mut written = Vec::with_capacity(files.len());
    for (path, text) in files {
        write_atomic(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)
    })();
    if let Err(error) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(io(error));
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically, refusing to overwrite an existing file unless `force`.
///
/// # Errors
/// An existing file without `force`, or an I/O error.
pub(crate) fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), WriteError> {
    if !force && path.exists() {
        return Err(WriteError::Exists(vec![path.to_path_buf()]));
    }
    write_atomic(path, bytes)
}
