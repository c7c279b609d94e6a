use std::collections::HashSet;
use std::fs::FileType;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::rules::k100_unreadable_file::{self, Unreadable};
use kasb_diagnostics::Diagnostic;

use crate::{LoadError, LoadOptions};

/// The include and exclude globs, compiled.
struct Filter {
    include: Option<globset::GlobSet>,
    exclude: globset::GlobSet,
    root: Option<PathBuf>,
}

impl Filter {
    fn new(options: &LoadOptions) -> Result<Self, LoadError> {
        let compile = |globs: &[String]| {
            let mut set = globset::GlobSetBuilder::new();
            for glob in globs {
                set.add(globset::Glob::new(glob).map_err(|error| LoadError::Glob {
                    glob: glob.clone(),
                    message: error.to_string(),
                })?);
            }
            set.build().map_err(|error| LoadError::Glob {
                glob: globs.join(", "),
                message: error.to_string(),
            })
        };
        Ok(Self {
            include: if options.include.is_empty() {
                None
            } else {
                Some(compile(&options.include)?)
            },
            exclude: compile(&options.exclude)?,
            root: options
                .glob_root
                .as_ref()
                .and_then(|root| std::path::absolute(root).ok()),
        })
    }

    fn keeps(&self, path: &Path) -> bool {
        let relative = match (&self.root, std::path::absolute(path)) {
            (Some(root), Ok(absolute)) => absolute
                .strip_prefix(root)
                .map(Path::to_path_buf)
                .unwrap_or(absolute),
            _ => path.to_path_buf(),
        };
        self.include
            .as_ref()
            .is_none_or(|include| include.is_match(&relative))
            && !self.exclude.is_match(&relative)
    }
}

/// Why a path met while walking a directory was not checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum SkipReason {
    /// A symbolic link: kasb never follows links it finds, since a pull request could point
    /// one anywhere on the machine.
    Symlink,
    /// A FIFO, socket or device with a YAML name: reading it could block or never end.
    NotRegularFile,
    /// Matched by a `.gitignore`, `.ignore` or git exclude file (a directory is listed once).
    Ignored,
    /// Left out by the `[files]` include or exclude globs of `kasb.toml`.
    ExcludedByConfig,
}

impl SkipReason {
    /// The reason in words.
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::Symlink => "a symbolic link (kasb does not follow links it finds)",
            SkipReason::NotRegularFile => "not a regular file (a FIFO, socket or device)",
            SkipReason::Ignored => "matched by an ignore file (.gitignore, .ignore)",
            SkipReason::ExcludedByConfig => "left out by [files] in kasb.toml",
        }
    }
}

/// A path skipped while walking a directory, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Skipped {
    /// The path, as found.
    pub path: PathBuf,
    /// Why it was not checked.
    pub reason: SkipReason,
}

/// The files found under some paths, and the problems met while walking them.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Discovered {
    /// YAML files, sorted and without duplicates.
    pub files: Vec<PathBuf>,
    /// Unreadable directories, symlink loops.
    pub diagnostics: Vec<Diagnostic>,
    /// What the walk passed over, sorted: symbolic links, special files, and YAML files or
    /// directories that ignore files or `kasb.toml` leave out. Hidden directories (`.git`,
    /// `.github`) and files that are not YAML are not listed.
    pub skipped: Vec<Skipped>,
}

/// Finds the `*.yaml` and `*.yml` files (any letter case) under `paths`.
///
/// A path named directly is always checked, whatever its extension and whatever ignore files
/// or globs say; it must be a regular file or a readable directory, and not a symbolic link.
/// Under a directory, `.gitignore` and `.ignore` files are honoured (unless
/// [`LoadOptions::honour_ignore_files`] is off), hidden directories and
/// symbolic links are not entered, and every YAML-named path passed over is listed in
/// [`Discovered::skipped`].
///
/// # Errors
/// When a named path does not exist, is a symbolic link or a special file, or is a directory
/// that cannot be read.
pub fn discover(paths: &[PathBuf], options: &LoadOptions) -> Result<Discovered, LoadError> {
    let filter = Filter::new(options)?;
    let mut found = Discovered::default();
    for root in paths {
        if named_kind(root)?.is_file() {
            found.files.push(clean(root));
        } else {
            walk(root, &filter, options.honour_ignore_files, &mut found);
        }
    }
    found.files.sort();
    found.files.dedup();
    found.skipped.sort();
    found.skipped.dedup();
    Ok(found)
}

/// The type of a path named by the user, when kasb can check it.
fn named_kind(root: &Path) -> Result<FileType, LoadError> {
    let refuse = |message: &str| LoadError::Path {
        path: root.to_path_buf(),
        source: std::io::Error::other(message.to_owned()),
    };
    let metadata = std::fs::symlink_metadata(root).map_err(|source| LoadError::Path {
        path: root.to_path_buf(),
        source,
    })?;
    let kind = metadata.file_type();
    if kind.is_symlink() {
        return Err(refuse(
            "it is a symbolic link, and kasb does not follow links (in a pull request, a link \
             can point anywhere on the machine); name the file or directory it points to",
        ));
    }
    if kind.is_dir() {
        std::fs::read_dir(root).map_err(|source| LoadError::Path {
            path: root.to_path_buf(),
            source,
        })?;
    } else if !kind.is_file() {
        return Err(refuse(
            "it is not a regular file or a directory (a FIFO, socket or device), so it cannot be checked",
        ));
    }
    Ok(kind)
}

/// Walks one named directory: the files kept into `found.files`, the rest into
/// `found.skipped`.
fn walk(root: &Path, filter: &Filter, honour_ignore_files: bool, found: &mut Discovered) {
    let (kept_directories, kept_files) = if honour_ignore_files {
        let (directories, files) = kept(root);
        (Some(directories), Some(files))
    } else {
        (None, None)
    };
    let ignored_directories = Arc::new(Mutex::new(Vec::new()));
    let walker = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(false)
        .sort_by_file_name(std::cmp::Ord::cmp)
        .filter_entry({
            let ignored_directories = Arc::clone(&ignored_directories);
            move |entry| {
                let is_directory = entry.file_type().is_some_and(|kind| kind.is_dir());
                let ignored = is_directory
                    && entry.depth() > 0
                    && kept_directories
                        .as_ref()
                        .is_some_and(|kept| !kept.contains(entry.path()));
                if ignored && let Ok(mut ignored_directories) = ignored_directories.lock() {
                    ignored_directories.push(clean(entry.path()));
                }
                !ignored
            }
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                found.diagnostics.push(walk_error(root, &error));
                continue;
            }
        };
        let Some(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        let reason = if kind.is_symlink() {
            is_yaml(path).then_some(SkipReason::Symlink)
        } else if kind.is_dir() || !is_yaml(path) {
            None
        } else if !kind.is_file() {
            Some(SkipReason::NotRegularFile)
        } else if kept_files.as_ref().is_some_and(|kept| !kept.contains(path)) {
            Some(SkipReason::Ignored)
        } else if !filter.keeps(path) {
            Some(SkipReason::ExcludedByConfig)
        } else {
            found.files.push(clean(path));
            None
        };
        if let Some(reason) = reason {
            found.skipped.push(Skipped {
                path: clean(path),
                reason,
            });
        }
    }
    let ignored_directories = std::mem::take(
        &mut *ignored_directories
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()),
    );
    found
        .skipped
        .extend(ignored_directories.into_iter().map(|path| Skipped {
            path,
            reason: SkipReason::Ignored,
        }));
}

/// The directories and other paths a walk honouring ignore files reaches, as git would.
fn kept(root: &Path) -> (HashSet<PathBuf>, HashSet<PathBuf>) {
    let (mut directories, mut others) = (HashSet::new(), HashSet::new());
    let walk = ignore::WalkBuilder::new(root)
        .follow_links(false)
        .require_git(false)
        .build();
    for entry in walk.flatten() {
        if entry.file_type().is_some_and(|kind| kind.is_dir()) {
            directories.insert(entry.into_path());
        } else {
            others.insert(entry.into_path());
        }
    }
    (directories, others)
}

/// A `.yaml` or `.yml` name, in any letter case (`standard.YAML` is a YAML file too).
fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            extension.eq_ignore_ascii_case("yaml") || extension.eq_ignore_ascii_case("yml")
        })
}

/// Drops a leading `./`, so paths print as users expect.
fn clean(path: &Path) -> PathBuf {
    path.strip_prefix(".").unwrap_or(path).to_path_buf()
}

fn walk_error(root: &Path, error: &ignore::Error) -> Diagnostic {
    let path = error_path(error).unwrap_or(root);
    k100_unreadable_file::diagnose(&clean(path), Unreadable::Walk(error))
}

fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}
