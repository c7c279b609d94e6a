use std::path::{Path, PathBuf};

use kasb_diagnostics::{Diagnostic, Location, rules};

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

/// The files found under some paths, and the problems met while walking them.
#[derive(Debug, Default)]
pub struct Discovered {
    /// YAML files, sorted and without duplicates.
    pub files: Vec<PathBuf>,
    /// Unreadable directories, symlink loops.
    pub diagnostics: Vec<Diagnostic>,
}

/// Finds the `*.yaml` and `*.yml` files under `paths`, honouring `.gitignore` and skipping
/// hidden directories. A file named directly is taken whatever its extension.
///
/// # Errors
/// When a named path does not exist.
pub fn discover(paths: &[PathBuf], options: &LoadOptions) -> Result<Discovered, LoadError> {
    let filter = Filter::new(options)?;
    let mut found = Discovered::default();
    for root in paths {
        let metadata = std::fs::metadata(root).map_err(|source| LoadError::Path {
            path: root.clone(),
            source,
        })?;
        if metadata.is_file() {
            found.files.push(clean(root));
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(false)
            .require_git(false)
            .sort_by_file_name(std::cmp::Ord::cmp)
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                    if is_file && is_yaml(entry.path()) && filter.keeps(entry.path()) {
                        found.files.push(clean(entry.path()));
                    }
                }
                Err(error) => found.diagnostics.push(walk_error(root, &error)),
            }
        }
    }
    found.files.sort();
    found.files.dedup();
    Ok(found)
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| matches!(extension, "yaml" | "yml"))
}

/// Drops a leading `./`, so paths print as users expect.
fn clean(path: &Path) -> PathBuf {
    path.strip_prefix(".").unwrap_or(path).to_path_buf()
}

fn walk_error(root: &Path, error: &ignore::Error) -> Diagnostic {
    let path = error_path(error).unwrap_or(root);
    Diagnostic::new(
        &rules::UNREADABLE_FILE,
        Location::file(clean(path)),
        format!("cannot read this path: {error}"),
    )
    .with_help("check the permissions, or remove the broken link")
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
