//! Writing files safely: YAML text with its schema line, and one write path for every command.
//!
//! Every file is first written in full to a temporary file created exclusively (`O_EXCL`, so a
//! planted symbolic link is never followed) under an unpredictable name in the destination's
//! directory, synced, and only then renamed into place. A temporary file is removed on every
//! error path (it is dropped). The rename replaces a directory entry and never writes through
//! it, so a symbolic link at the destination is either refused or, when the caller forces it,
//! replaced by the new file: its target is never written.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use kasb_model::{Document, DocumentKind};
use tempfile::TempPath;

use crate::confine::check_file_name;
use crate::{Import, ImportedDocument, Sidecar};

/// The prefix of the header line that ties a YAML file to a sidecar written with it:
/// `# kasb-sidecar: NAME FINGERPRINT`.
pub const SIDECAR_MARKER: &str = "# kasb-sidecar: ";

/// What a write does when something is already at the destination. An existing regular file
/// with exactly the bytes to be written is left alone in every mode (reported unchanged).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Overwrite {
    /// Refuse: the caller asked for new files only (`import`, `export --out` without `--force`).
    Never,
    /// Replace a regular file; refuse a symbolic link or anything else (reports written on
    /// every run, such as `check --output`).
    Regular,
    /// Replace whatever is there (`--force`). A symbolic link is replaced by the new file; its
    /// target is never written.
    Force,
}

/// Whether a file was written or already held the bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The file was written.
    Written,
    /// The file already held exactly these bytes and was left alone.
    Unchanged,
}

impl Outcome {
    /// The outcome as a command reports it: `wrote` or `unchanged`.
    pub fn verb(self) -> &'static str {
        match self {
            Outcome::Written => "wrote",
            Outcome::Unchanged => "unchanged",
        }
    }
}

/// What [`Import::write`](crate::Import::write) did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Written {
    /// The files written, in order.
    pub written: Vec<PathBuf>,
    /// The files that already held exactly what would be written, left alone.
    pub unchanged: Vec<PathBuf>,
}

/// Why a write wrote nothing or stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// Target files exist, differ from what would be written, and overwriting was not asked for.
    #[error(
        "{} {} in the way (it exists and differs from what would be written); nothing was \
         written (use --force to overwrite)",
        list(.0),
        if .0.len() == 1 { "is" } else { "are" }
    )]
    Exists(Vec<PathBuf>),
    /// Two documents would be written to the same file.
    #[error("two documents would be written to `{0}`")]
    Duplicate(String),
    /// A document could not be serialised.
    #[error("cannot serialise a document: {0}")]
    Serialize(String),
    /// A file name built from the input is not a plain file name in the output directory.
    #[error("refusing to write {name:?}: {reason}; nothing was written")]
    UnsafeName {
        /// The name.
        name: String,
        /// Why it is refused.
        reason: String,
    },
    /// The destination is a symbolic link (or not a regular file), and replacing it was not asked for.
    #[error(
        "`{}` is a symbolic link or not a regular file; refusing to write there (remove it, or \
         choose another path; to write to standard output, leave the option out)",
        .0.display()
    )]
    NotRegular(PathBuf),
    /// The output directory is a symbolic link, and following it was not asked for.
    #[error(
        "the output directory `{}` is a symbolic link; nothing was written (name the directory \
         it points to, or use --force to write through it)",
        .0.display()
    )]
    LinkedDirectory(PathBuf),
    /// The destination is one of the files the command read.
    #[error(
        "`{}` is one of the files read; refusing to overwrite an input (choose another output path)",
        .0.display()
    )]
    IsInput(PathBuf),
    /// Reading or writing failed before anything was put in place.
    #[error("cannot write `{}`; nothing was written", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A multi-file write stopped part-way: what was and was not written.
    #[error(
        "cannot write `{}`; {} written, {} unchanged, {} not written ({}); once that is fixed, \
         run the same command again to complete it (files already written are left alone)",
        failed.display(),
        written.len(),
        unchanged.len(),
        not_written.len(),
        list(not_written)
    )]
    Partial {
        /// The files written before the failure.
        written: Vec<PathBuf>,
        /// The files left alone because they already held the bytes.
        unchanged: Vec<PathBuf>,
        /// The file that could not be put in place.
        failed: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
        /// The files not written (the failed one's group and every later one).
        not_written: Vec<PathBuf>,
    },
}

fn list(paths: &[PathBuf]) -> String {
    let shown: Vec<String> = paths
        .iter()
        .take(5)
        .map(|path| format!("`{}`", path.display()))
        .collect();
    let more = paths.len().saturating_sub(5);
    if more > 0 {
        format!("{} (and {more} more)", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

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
/// [`WriteError::Serialize`] when the serialiser fails (it does not for kasb's model).
pub fn to_yaml(document: &Document, schema: &str) -> Result<String, WriteError> {
    to_yaml_with(document, schema, &[]).map_err(WriteError::Serialize)
}

/// [`to_yaml`] with a header line per sidecar, naming it and its fingerprint, so an export
/// knows the document has a sidecar and that it is the one written with it.
fn to_yaml_with(document: &Document, schema: &str, sidecars: &[Sidecar]) -> Result<String, String> {
    let body = serde_saphyr::to_string(document).map_err(|error| error.to_string())?;
    let mut text = format!("# yaml-language-server: $schema={schema}\n");
    for sidecar in sidecars {
        text.push_str(&sidecar_marker(sidecar));
    }
    text.push_str(body.strip_prefix("---\n").unwrap_or(&body));
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

fn sidecar_marker(sidecar: &Sidecar) -> String {
    format!(
        "{SIDECAR_MARKER}{} {}\n",
        sidecar.file_name,
        fingerprint(sidecar.contents.as_bytes())
    )
}

/// A stable fingerprint of a sidecar's bytes (the SHA-1-based UUID v5, hex, in kasb's
/// namespace): it tells a sidecar written with its YAML file from one left by another import.
/// Line endings do not count, so a checkout that turns `\n` into `\r\n` keeps it.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut unix = Vec::with_capacity(bytes.len());
    for (index, &byte) in bytes.iter().enumerate() {
        if byte != b'\r' || bytes.get(index + 1) != Some(&b'\n') {
            unix.push(byte);
        }
    }
    uuid::Uuid::new_v5(&crate::case::KASB_NAMESPACE, &unix)
        .simple()
        .to_string()
}

/// The sidecars a YAML file's header names: `(file name, fingerprint)`. Only the leading
/// comment block is read.
pub fn sidecar_markers(yaml: &str) -> Vec<(String, String)> {
    yaml.lines()
        .take_while(|line| line.starts_with('#') || line.trim().is_empty())
        .filter_map(|line| {
            let rest = line.strip_prefix(SIDECAR_MARKER)?;
            let (name, print) = rest.trim_end().rsplit_once(' ')?;
            Some((name.to_owned(), print.to_owned()))
        })
        .collect()
}

/// One file to put in place.
struct Pending {
    path: PathBuf,
    bytes: Vec<u8>,
}

/// The files of one document (its sidecars first, the YAML last): all or none are put in place.
struct Group {
    files: Vec<Pending>,
}

pub(crate) fn write_import(
    import: &Import,
    out: &Path,
    force: bool,
) -> Result<Written, WriteError> {
    let groups = render(import, out)?;
    // A link planted where the output directory should be would send every file elsewhere.
    let linked = std::fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink());
    if linked && !force {
        return Err(WriteError::LinkedDirectory(out.to_path_buf()));
    }
    std::fs::create_dir_all(out).map_err(|source| WriteError::Io {
        path: out.to_path_buf(),
        source,
    })?;
    let overwrite = if force {
        Overwrite::Force
    } else {
        Overwrite::Never
    };
    // Decide every file before writing any: nothing is written when one is in the way.
    let mut plans = Vec::with_capacity(groups.len());
    let mut in_the_way = Vec::new();
    for group in &groups {
        let mut plan = Vec::with_capacity(group.files.len());
        for file in &group.files {
            match decide(&file.path, &file.bytes, overwrite) {
                Ok(decision) => plan.push(decision),
                Err(WriteError::Exists(paths)) => in_the_way.extend(paths),
                Err(error) => return Err(error),
            }
        }
        plans.push(plan);
    }
    if !in_the_way.is_empty() {
        return Err(WriteError::Exists(in_the_way));
    }
    // Stage every file: a full disk fails here, and dropping the staged files removes them.
    let mut staged: Vec<Vec<Option<TempPath>>> = Vec::with_capacity(groups.len());
    for (group, plan) in groups.iter().zip(&plans) {
        let mut files = Vec::with_capacity(group.files.len());
        for (file, decision) in group.files.iter().zip(plan) {
            files.push(match decision {
                Outcome::Unchanged => None,
                Outcome::Written => Some(stage(&file.path, &file.bytes)?),
            });
        }
        staged.push(files);
    }
    commit(&groups, staged, overwrite)
}

/// Renders every document and sidecar, checking every file name, before anything is written.
fn render(import: &Import, out: &Path) -> Result<Vec<Group>, WriteError> {
    let mut names = BTreeSet::new();
    let mut groups = Vec::with_capacity(import.documents.len());
    for imported in &import.documents {
        let mut files = Vec::with_capacity(imported.sidecars.len() + 1);
        for sidecar in &imported.sidecars {
            files.push((
                sidecar.file_name.as_str(),
                sidecar.contents.clone().into_bytes(),
            ));
        }
        files.push((imported.file_name.as_str(), document_text(imported, out)?));
        let mut group = Group { files: Vec::new() };
        for (name, bytes) in files {
            check_file_name(name).map_err(|reason| WriteError::UnsafeName {
                name: name.to_owned(),
                reason: reason.to_string(),
            })?;
            if !names.insert(name.to_owned()) {
                return Err(WriteError::Duplicate(name.to_owned()));
            }
            group.files.push(Pending {
                path: out.join(name),
                bytes,
            });
        }
        groups.push(group);
    }
    Ok(groups)
}

fn document_text(imported: &ImportedDocument, out: &Path) -> Result<Vec<u8>, WriteError> {
    let schema = schema_reference(out, imported.document.kind());
    to_yaml_with(&imported.document, &schema, &imported.sidecars)
        .map(String::into_bytes)
        .map_err(WriteError::Serialize)
}

/// Renames the staged files into place, group by group; a group that fails part-way has its
/// new files removed again, and the error says what was written and what was not.
fn commit(
    groups: &[Group],
    staged: Vec<Vec<Option<TempPath>>>,
    overwrite: Overwrite,
) -> Result<Written, WriteError> {
    let mut done = Written::default();
    let mut staged = staged.into_iter();
    for (index, (group, files)) in groups.iter().zip(staged.by_ref()).enumerate() {
        let mut put = Vec::new();
        for (file, temp) in group.files.iter().zip(files) {
            let Some(temp) = temp else {
                done.unchanged.push(file.path.clone());
                continue;
            };
            let existed = std::fs::symlink_metadata(&file.path).is_ok();
            if let Err(source) = persist(temp, &file.path, overwrite) {
                // New files of this group go again; a file that replaced one cannot be undone.
                for (path, existed) in put {
                    if existed {
                        done.written.push(path);
                    } else {
                        let _ = std::fs::remove_file(&path);
                    }
                }
                let not_written = groups[index..]
                    .iter()
                    .flat_map(|group| group.files.iter().map(|file| file.path.clone()))
                    .filter(|path| !done.written.contains(path) && !done.unchanged.contains(path))
                    .collect();
                return Err(WriteError::Partial {
                    written: done.written,
                    unchanged: done.unchanged,
                    failed: file.path.clone(),
                    source,
                    not_written,
                });
            }
            put.push((file.path.clone(), existed));
        }
        done.written.extend(put.into_iter().map(|(path, _)| path));
    }
    if let Some(group) = groups.first() {
        sync_dir(&group.files[0].path);
    }
    Ok(done)
}

/// What writing `bytes` to `path` would do under `overwrite`.
fn decide(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<Outcome, WriteError> {
    let metadata = match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Outcome::Written),
        Err(source) => {
            return Err(WriteError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let regular = metadata.file_type().is_file();
    if regular && holds(path, metadata.len(), bytes) {
        return Ok(Outcome::Unchanged);
    }
    match overwrite {
        Overwrite::Force => Ok(Outcome::Written),
        Overwrite::Regular if regular => Ok(Outcome::Written),
        Overwrite::Regular => Err(WriteError::NotRegular(path.to_path_buf())),
        Overwrite::Never => Err(WriteError::Exists(vec![path.to_path_buf()])),
    }
}

/// True when the regular file at `path` (of `len` bytes) holds exactly `bytes`.
fn holds(path: &Path, len: u64, bytes: &[u8]) -> bool {
    if len != bytes.len() as u64 {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut contents = Vec::with_capacity(bytes.len());
    // One byte more than expected tells a file that grew meanwhile.
    file.take(len + 1).read_to_end(&mut contents).is_ok() && contents == bytes
}

/// Writes `bytes` to a new temporary file beside `path` (exclusive, unpredictable name), synced.
fn stage(path: &Path, bytes: &[u8]) -> Result<TempPath, WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".kasb-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // As `File::create` would: readable by others unless the umask says otherwise.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(parent_of(path)).map_err(io)?;
    file.write_all(bytes).map_err(io)?;
    file.as_file().sync_all().map_err(io)?;
    Ok(file.into_temp_path())
}

/// Renames a staged file into place; without `Force` or `Regular`, never over an existing one.
fn persist(temp: TempPath, path: &Path, overwrite: Overwrite) -> std::io::Result<()> {
    let result = match overwrite {
        Overwrite::Never => temp.persist_noclobber(path),
        Overwrite::Regular | Overwrite::Force => temp.persist(path),
    };
    // On failure the error gives the temporary path back; dropping it removes the file.
    result.map_err(|error| error.error)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Makes a rename durable (best effort: not every platform can sync a directory).
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(parent_of(path)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Writes `bytes` to `path` atomically (see the module docs), unless `path` is one of `inputs`
/// (the files the command read, compared as the same file on disk, so a hard link or a
/// symbolic link to an input is caught too).
///
/// # Errors
/// An input as the destination, a destination in the way (per `overwrite`), or an I/O error;
/// nothing is left behind.
pub fn write_file<'a>(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
    inputs: impl IntoIterator<Item = &'a Path>,
) -> Result<Outcome, WriteError> {
    if let Some(input) = find_input(path, inputs) {
        return Err(WriteError::IsInput(input.to_path_buf()));
    }
    if overwrite != Overwrite::Never && is_stream(path) {
        return write_stream(path, bytes);
    }
    if decide(path, bytes, overwrite)? == Outcome::Unchanged {
        return Ok(Outcome::Unchanged);
    }
    let temp = stage(path, bytes)?;
    persist(temp, path, overwrite).map_err(|source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    sync_dir(path);
    Ok(Outcome::Written)
}

/// True when `path` itself (not through a link) is a character device or a FIFO, such as
/// `/dev/null`: a stream written in place. A checkout cannot hold one, so only the user's own
/// path can name one; a link to one is refused like any link.
fn is_stream(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        std::fs::symlink_metadata(path).is_ok_and(|metadata| {
            let kind = metadata.file_type();
            kind.is_char_device() || kind.is_fifo()
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

fn write_stream(path: &Path, bytes: &[u8]) -> Result<Outcome, WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut stream = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(io)?;
    stream.write_all(bytes).map_err(io)?;
    Ok(Outcome::Written)
}

/// The input that is the same file as `path`, if any. A `path` that does not exist is none of
/// them.
pub fn find_input<'a>(path: &Path, inputs: impl IntoIterator<Item = &'a Path>) -> Option<&'a Path> {
    let target = std::fs::metadata(path).ok()?;
    inputs.into_iter().find(|input| {
        std::fs::metadata(input).is_ok_and(|other| same_file(path, &target, input, &other))
    })
}

#[cfg(unix)]
fn same_file(_: &Path, a: &std::fs::Metadata, _: &Path, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Elsewhere, the same canonical path (a hard link goes unnoticed).
#[cfg(not(unix))]
fn same_file(a: &Path, _: &std::fs::Metadata, b: &Path, _: &std::fs::Metadata) -> bool {
    std::fs::canonicalize(a)
        .ok()
        .is_some_and(|a| std::fs::canonicalize(b).ok() == Some(a))
}
