//! The two sides of a diff: a git revision read from the object store (nothing checked out),
//! or files on disk. Each file is known by its git blob id, so a file whose blob is the same
//! on both sides is never read, parsed or compared: only what changed is loaded.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use gix::ObjectId;
use gix::bstr::ByteSlice;
use kasb_check::Config;
use kasb_load::{LoadedDocument, Workspace};
use kasb_model::Document;
use rayon::prelude::*;

use crate::{Diff, DiffConfig, Problem, diff_documents};

/// Problems of a side shown at most, each.
const MOST_PROBLEMS: usize = 20;

/// A problem that stops a diff: a revision that names nothing, a repository or file that
/// cannot be read, a `kasb.toml` that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DiffError {
    /// Reading the git repository failed.
    #[error("{context}")]
    Git {
        /// What was being done: ``cannot resolve `origin/main` ``.
        context: String,
        /// The git library's error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A file or directory cannot be read.
    #[error("cannot read `{}`", path.display())]
    Read {
        /// The path.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Loading or configuration failed.
    #[error("{0}")]
    Load(String),
}

fn git<E: std::error::Error + Send + Sync + 'static>(
    context: impl Into<String>,
) -> impl FnOnce(E) -> DiffError {
    let context = context.into();
    move |source| DiffError::Git {
        context,
        source: Box::new(source),
    }
}

/// Where a side's files are read from.
enum Store {
    Git(Box<gix::ThreadSafeRepository>),
    Disk(PathBuf),
}

/// One side of a diff: its YAML files by path (relative to the repository or directory, with
/// `/`), each with its blob id, and its `kasb.toml`.
pub struct Snapshot {
    label: String,
    files: BTreeMap<String, ObjectId>,
    config: Config,
    store: Store,
}

impl Snapshot {
    /// The YAML files of `revision` (`origin/main`, a tag, a commit) in the git repository
    /// holding `directory`, under `within` (paths relative to `directory`; all when empty),
    /// and the `kasb.toml` nearest above the first of them in that revision.
    ///
    /// # Errors
    /// When there is no repository, the revision names no commit or tree, or an object cannot
    /// be read.
    pub fn from_git(
        directory: &Path,
        revision: &str,
        within: &[PathBuf],
    ) -> Result<Self, DiffError> {
        let repository = gix::discover(directory).map_err(git(format!(
            "no git repository at `{}`",
            directory.display()
        )))?;
        let prefixes = repository_prefixes(&repository, directory, within)?;
        let records = {
            let tree = repository
                .rev_parse_single(revision)
                .map_err(git(format!("cannot resolve `{revision}`")))?
                .object()
                .map_err(git(format!("cannot read `{revision}`")))?
                .peel_to_tree()
                .map_err(git(format!("`{revision}` names no tree")))?;
            let mut recorder = gix::traverse::tree::Recorder::default();
            tree.traverse()
                .breadthfirst(&mut recorder)
                .map_err(git(format!("cannot read the tree of `{revision}`")))?;
            recorder.records
        };
        let mut files = BTreeMap::new();
        let mut configs = HashMap::new();
        for entry in records {
            let Ok(path) = entry.filepath.to_str() else {
                continue;
            };
            if path == "kasb.toml" || path.ends_with("/kasb.toml") {
                configs.insert(path.to_owned(), entry.oid);
            }
            let regular = entry.mode.is_blob() || entry.mode.is_executable();
            if regular && is_yaml(path) && prefixes.iter().any(|prefix| under(path, prefix)) {
                files.insert(path.to_owned(), entry.oid);
            }
        }
        let mut config = Config::default();
        if let Some(path) = nearest_config(prefixes.first().map_or("", String::as_str), |path| {
            configs.contains_key(path)
        }) {
            let limit = config.load_options().max_file_bytes;
            let bytes = read_blob(&repository, &path, configs.get(&path).copied(), limit)?;
            let text = String::from_utf8_lossy(&bytes);
            config = Config::from_toml(&text)
                .map_err(|error| DiffError::Load(format!("{revision}:{path}: {error}")))?;
            let root = path.strip_suffix("kasb.toml").unwrap_or("");
            keep_configured(&mut files, &config, root)?;
        }
        Ok(Snapshot {
            label: revision.to_owned(),
            files,
            config,
            store: Store::Git(Box::new(repository.into_sync())),
        })
    }

    /// The working tree of the git repository holding `directory`: its YAML files under
    /// `within` (relative to `directory`; all of `directory` when empty), named relative to
    /// the repository's root so they pair with a revision's.
    ///
    /// # Errors
    /// When there is no repository or it has no working tree, or as [`Snapshot::from_directory`].
    pub fn from_worktree(directory: &Path, within: &[PathBuf]) -> Result<Self, DiffError> {
        let repository = gix::discover(directory).map_err(git(format!(
            "no git repository at `{}`",
            directory.display()
        )))?;
        let root = repository.workdir().ok_or_else(|| {
            DiffError::Load("the repository has no working tree: name HEAD's revision".to_owned())
        })?;
        let paths: Vec<PathBuf> = if within.is_empty() {
            vec![directory.to_owned()]
        } else {
            within.iter().map(|path| directory.join(path)).collect()
        };
        Self::from_directory("working tree", root, &paths)
    }

    /// The YAML files under `paths` on disk, found as `kasb check` finds them (ignore files,
    /// `kasb.toml`'s globs), named relative to `root` (the repository's work tree, or a
    /// directory compared with another), with the `kasb.toml` nearest above the first path.
    ///
    /// # Errors
    /// When a path cannot be read or lies outside `root`, or `kasb.toml` cannot be used.
    pub fn from_directory(label: &str, root: &Path, paths: &[PathBuf]) -> Result<Self, DiffError> {
        let config = match paths.first().and_then(|first| Config::find(first)) {
            Some(path) => {
                Config::read(&path).map_err(|error| DiffError::Load(error.to_string()))?
            }
            None => Config::default(),
        };
        let options = config.load_options();
        let found = kasb_load::discover(paths, &options)
            .map_err(|error| DiffError::Load(crate::render::error_chain(&error)))?;
        let root = std::path::absolute(root).map_err(|source| DiffError::Read {
            path: root.to_owned(),
            source,
        })?;
        let hashed: Result<Vec<(String, ObjectId)>, DiffError> = found
            .files
            .par_iter()
            .map(|path| {
                let name = relative_name(&root, path)?;
                let bytes = read_limited(path, options.max_file_bytes)?;
                let id =
                    gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, &bytes)
                        .map_err(git(format!("cannot hash `{}`", path.display())))?;
                Ok((name, id))
            })
            .collect();
        Ok(Snapshot {
            label: label.to_owned(),
            files: hashed?.into_iter().collect(),
            config,
            store: Store::Disk(root),
        })
    }

    /// How this side was named.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// This side's `kasb.toml` (the defaults when it has none).
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// How many YAML files this side has.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether this side has no YAML file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The text of one file (a path of [`Snapshot::files`], or `kasb.toml`).
    fn read(&self, path: &str) -> Result<String, DiffError> {
        let limit = self.config.load_options().max_file_bytes;
        let bytes = match &self.store {
            Store::Disk(root) => read_limited(&root.join(path), limit)?,
            Store::Git(repository) => read_blob(
                &repository.to_thread_local(),
                path,
                self.files.get(path).copied(),
                limit,
            )?,
        };
        String::from_utf8(bytes)
            .map_err(|_| DiffError::Load(format!("{}:{path}: not UTF-8", self.label)))
    }

    /// Loads these files as `kasb check` does (this side's limits), each file that cannot be
    /// read becoming a problem.
    fn load(&self, paths: &[&str], problems: &mut Vec<Problem>) -> Result<Workspace, DiffError> {
        let mut sources = Vec::with_capacity(paths.len());
        for path in paths {
            match self.read(path) {
                Ok(text) => sources.push((PathBuf::from(path), text)),
                Err(error) => problems.push(Problem::Unreadable {
                    side: self.label.clone(),
                    error: crate::render::error_chain(&error),
                }),
            }
        }
        kasb_load::load_sources(sources, &self.config.load_options())
            .map_err(|error| DiffError::Load(crate::render::error_chain(&error)))
    }
}

/// Compares two sides: only the files whose blob differs are loaded, on each side; documents
/// are matched by id wherever they are written. Classified with BASE's `[diff]` settings, so a
/// change cannot reclassify itself.
///
/// # Errors
/// When a changed file cannot be read from the store, or `[diff]` in BASE's `kasb.toml` is
/// invalid.
pub fn diff(base: &Snapshot, head: &Snapshot) -> Result<Diff, DiffError> {
    let config = DiffConfig::from_table(&base.config.diff)
        .map_err(|error| DiffError::Load(error.to_string()))?;
    let changed = |side: &Snapshot, other: &Snapshot| -> Vec<String> {
        side.files
            .iter()
            .filter(|(path, id)| other.files.get(*path) != Some(id))
            .map(|(path, _)| path.clone())
            .collect()
    };
    let (base_paths, head_paths) = (changed(base, head), changed(head, base));
    let mut problems = Vec::new();
    let old = base.load(&as_str(&base_paths), &mut problems)?;
    let new = head.load(&as_str(&head_paths), &mut problems)?;
    report_problems(base, &old, &mut problems);
    report_problems(head, &new, &mut problems);
    // A document whose file did not load on one side is not compared: it is not gone.
    let unloaded: BTreeSet<&str> = old
        .unloaded_ids
        .iter()
        .chain(&new.unloaded_ids)
        .map(String::as_str)
        .collect();
    let kept = |workspace: &'_ Workspace| -> Vec<Document> {
        workspace
            .documents
            .iter()
            .map(|loaded: &LoadedDocument| &loaded.document)
            .filter(|document| !unloaded.contains(document.id()))
            .cloned()
            .collect()
    };
    let (old_documents, new_documents) = (kept(&old), kept(&new));
    drop((old, new));
    let mut frameworks = reference_frameworks(head.config())?;
    let changed: Vec<&Document> = old_documents.iter().chain(&new_documents).collect();
    frameworks.extend(unchanged_frameworks(
        head,
        &changed,
        &frameworks,
        &mut problems,
    )?);
    let mut diff = diff_documents(
        &refs(&old_documents),
        &refs(&new_documents),
        &refs(&frameworks),
        &config,
    );
    diff.base = base.label.clone();
    diff.head = head.label.clone();
    diff.problems = problems;
    Ok(diff)
}

fn as_str(paths: &[String]) -> Vec<&str> {
    paths.iter().map(String::as_str).collect()
}

fn refs(documents: &[Document]) -> Vec<&Document> {
    documents.iter().collect()
}

fn report_problems(side: &Snapshot, workspace: &Workspace, problems: &mut Vec<Problem>) {
    let errors = workspace
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == kasb_diagnostics::Severity::Error);
    let count = errors.clone().count();
    for diagnostic in errors.take(MOST_PROBLEMS) {
        problems.push(Problem::Invalid {
            side: side.label.clone(),
            diagnostic: Box::new(diagnostic.clone()),
        });
    }
    if count > MOST_PROBLEMS {
        problems.push(Problem::More {
            side: side.label.clone(),
            count: count - MOST_PROBLEMS,
        });
    }
}

/// The level frameworks of kasb's reference set, as `kasb.toml` says (none when it is off):
/// only its `frameworks/` files are parsed, since levels are all the diff asks of it.
fn reference_frameworks(config: &Config) -> Result<Vec<Document>, DiffError> {
    if !config.reference.enabled {
        return Ok(Vec::new());
    }
    let sources = kasb_reference::FILES
        .iter()
        .filter(|file| file.path.starts_with("frameworks/"))
        .map(|file| (file.display_path(), file.text));
    let loaded = kasb_load::load_sources(sources, &Default::default())
        .map_err(|error| DiffError::Load(crate::render::error_chain(&error)))?;
    Ok(loaded
        .documents
        .into_iter()
        .map(|loaded| loaded.document)
        .filter(|document| matches!(document, Document::LevelFramework(_)))
        .collect())
}

/// Leaves out the files `kasb.toml`'s `[files]` globs leave out, matched as `kasb check`
/// matches them: against the path relative to the directory of `kasb.toml` (`root`, with its
/// `/`).
fn keep_configured(
    files: &mut BTreeMap<String, ObjectId>,
    config: &Config,
    root: &str,
) -> Result<(), DiffError> {
    let compile = |globs: &[String]| -> Result<globset::GlobSet, DiffError> {
        let mut set = globset::GlobSetBuilder::new();
        for glob in globs {
            set.add(
                globset::Glob::new(glob)
                    .map_err(|error| DiffError::Load(format!("`{glob}`: {error}")))?,
            );
        }
        set.build()
            .map_err(|error| DiffError::Load(error.to_string()))
    };
    let (include, exclude) = (compile(&config.include)?, compile(&config.exclude)?);
    files.retain(|path, _| {
        let relative = path.strip_prefix(root).unwrap_or(path);
        (config.include.is_empty() || include.is_match(relative)) && !exclude.is_match(relative)
    });
    Ok(())
}

/// The repository's own frameworks that changed documents name and that neither the reference
/// set nor the changed files hold: found among HEAD's unchanged files (unchanged, so the same
/// on both sides), read only when one is missing, and parsed only when a file names one.
fn unchanged_frameworks(
    head: &Snapshot,
    changed: &[&Document],
    known: &[Document],
    problems: &mut Vec<Problem>,
) -> Result<Vec<Document>, DiffError> {
    let known: HashSet<&str> = known
        .iter()
        .chain(changed.iter().copied())
        .filter(|document| matches!(document, Document::LevelFramework(_)))
        .map(|document| document.id())
        .collect();
    let mut missing: Vec<String> = changed
        .iter()
        .filter_map(|document| {
            serde_json::to_value(document)
                .ok()?
                .get("framework")?
                .as_str()
                .map(str::to_owned)
        })
        .filter(|id| !known.contains(id.as_str()))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let candidates: Vec<&str> = head
        .files
        .keys()
        .map(String::as_str)
        .filter(|path| {
            head.read(path).is_ok_and(|text| {
                text.contains("LevelFramework")
                    && missing.iter().any(|id| text.contains(id.as_str()))
            })
        })
        .collect();
    let loaded = head.load(&candidates, problems)?;
    Ok(loaded
        .documents
        .into_iter()
        .map(|loaded| loaded.document)
        .filter(|document| {
            matches!(document, Document::LevelFramework(_))
                && missing.iter().any(|id| id == document.id())
        })
        .collect())
}

fn read_blob(
    repository: &gix::Repository,
    path: &str,
    id: Option<ObjectId>,
    limit: u64,
) -> Result<Vec<u8>, DiffError> {
    let id = match id {
        Some(id) => id,
        None => return Err(DiffError::Load(format!("`{path}` is not in the revision"))),
    };
    let size = repository
        .find_header(id)
        .map_err(git(format!("cannot read `{path}`")))?
        .size();
    if size > limit {
        return Err(DiffError::Load(format!(
            "`{path}` is {size} bytes, over the limit of {limit}"
        )));
    }
    let blob = repository
        .find_blob(id)
        .map_err(git(format!("cannot read `{path}`")))?;
    Ok(blob.data.clone())
}

fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, DiffError> {
    use std::io::Read;
    let error = |source| DiffError::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(error)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(error)?;
    if bytes.len() as u64 > limit {
        return Err(DiffError::Load(format!(
            "`{}` is over the limit of {limit} bytes",
            path.display()
        )));
    }
    Ok(bytes)
}

/// `within` as paths relative to the repository's root, `/`-separated (`""` for the root).
fn repository_prefixes(
    repository: &gix::Repository,
    directory: &Path,
    within: &[PathBuf],
) -> Result<Vec<String>, DiffError> {
    let workdir = repository.workdir().unwrap_or_else(|| repository.git_dir());
    let absolute = |path: &Path| {
        std::path::absolute(path).map_err(|source| DiffError::Read {
            path: path.to_owned(),
            source,
        })
    };
    let root = absolute(workdir)?;
    let named: Vec<PathBuf> = if within.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        within.to_vec()
    };
    named
        .iter()
        .map(|path| relative_name(&root, &absolute(&directory.join(path))?))
        .collect()
}

/// `path` relative to `root`, `/`-separated, with `.` and `..` resolved lexically.
pub(crate) fn relative_name(root: &Path, path: &Path) -> Result<String, DiffError> {
    let absolute = std::path::absolute(path).map_err(|source| DiffError::Read {
        path: path.to_owned(),
        source,
    })?;
    let mut parts: Vec<String> = Vec::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    let root_parts: Vec<String> = root
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if !parts.starts_with(&root_parts) {
        return Err(DiffError::Load(format!(
            "`{}` is outside `{}`",
            path.display(),
            root.display()
        )));
    }
    Ok(parts[root_parts.len()..].join("/"))
}

fn is_yaml(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

fn under(path: &str, prefix: &str) -> bool {
    prefix.is_empty()
        || path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// The nearest `kasb.toml` at or above `prefix` for which `exists` holds.
fn nearest_config(prefix: &str, exists: impl Fn(&str) -> bool) -> Option<String> {
    let mut at = prefix.trim_end_matches('/').to_owned();
    loop {
        let candidate = if at.is_empty() {
            "kasb.toml".to_owned()
        } else {
            format!("{at}/kasb.toml")
        };
        if exists(&candidate) {
            return Some(candidate);
        }
        if at.is_empty() {
            return None;
        }
        at = at
            .rsplit_once('/')
            .map_or(String::new(), |(parent, _)| parent.to_owned());
    }
}
