//! kasb: occupational standards, qualifications and assessment tools as validated,
//! comparable data.
//!
//! This crate is the one dependency a Rust program needs: it re-exports the stages of the
//! pipeline (files → [`load`] → [`model`] → [`graph`] → diagnostics → [`render`]) and offers
//! [`check`], which runs them all as the `kasb check` command does, and [`check_sources`],
//! which does the same for files held in memory. [`config`] is `kasb.toml`; [`rules`] is the
//! registry of every rule; [`reference`](mod@reference) is the reference set kasb carries (EQF, national
//! frameworks, ISCO), which every check sees beside the repository's own files unless
//! `kasb.toml` turns it off.
//!
//! ```
//! use kasb::{check, CheckOptions};
//!
//! let report = check(&["standards".into()], &CheckOptions::default())?;
//! assert_eq!(report.errors(), 0, "the bundled standards are clean");
//! let welder = report.graph.node("kg-welder").expect("the Kyrgyz welder standard");
//! assert_eq!(welder.kind, kasb::graph::NodeKind::Standard);
//! assert!(report.graph.units_of("kg-welder").unwrap().len() >= 4);
//! # Ok::<(), kasb::load::LoadError>(())
//! ```

#![warn(missing_docs)]

use std::path::PathBuf;

pub use kasb_compare as compare;
pub use kasb_diagnostics as diagnostics;
pub use kasb_diff as diff;
pub use kasb_graph as graph;
pub use kasb_i18n as i18n;
pub use kasb_interchange as interchange;
pub use kasb_load as load;
pub use kasb_model as model;
pub use kasb_render as render;
pub use kasb_report as report;

/// The configuration, `kasb.toml`: per-rule settings, required languages, which files are
/// checked, per-file limits.
pub mod config {
    pub use kasb_check::{Config, ConfigError, Limits, Reference, RuleSetting};
}

pub mod reference;

/// Every rule: its code, name, default severity and explanation ([`rules::all`],
/// [`rules::find`]), and each rule by name (`rules::UNRESOLVED_REFERENCE`).
pub use kasb_check::rules;

use kasb_diagnostics::{Diagnostic, Severity};
use kasb_graph::StandardsGraph;
use kasb_load::{LoadError, LoadOptions, Workspace};

/// What [`check`] does. Each setting has one owner: which files are checked (include and
/// exclude globs and the directory they are relative to), the per-file limits and whether the
/// reference set is loaded belong to [`config`](Self::config), as `kasb.toml` sets them; the one setting that is not in
/// `kasb.toml`, whether ignore files count, is here.
///
/// ```
/// use kasb::CheckOptions;
/// use kasb::config::Config;
///
/// let mut config = Config::default();
/// config.exclude.push("drafts/**".into());
/// let options = CheckOptions::new(config).with_ignore_files(false);
/// assert_eq!(options.load_options().exclude, ["drafts/**"]);
/// assert!(!options.load_options().honour_ignore_files);
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CheckOptions {
    /// Rule severities, required languages, include / exclude globs and their root, per-file
    /// limits, the reference set (`kasb.toml`).
    pub config: kasb_check::Config,
    /// Whether `.gitignore`, `.ignore` and git exclude files leave files out of a directory
    /// walk. Default true; a CI job checking pull requests may turn it off, since a pull
    /// request controls its `.gitignore`.
    pub honour_ignore_files: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        Self::new(kasb_check::Config::default())
    }
}

impl CheckOptions {
    /// Options with this configuration, honouring ignore files.
    pub fn new(config: kasb_check::Config) -> Self {
        Self {
            config,
            honour_ignore_files: true,
        }
    }

    /// These options with ignore files honoured or not.
    #[must_use]
    pub fn with_ignore_files(mut self, honour: bool) -> Self {
        self.honour_ignore_files = honour;
        self
    }

    /// The loader's options, derived from these: the only place they are made.
    pub fn load_options(&self) -> LoadOptions {
        self.config
            .load_options()
            .with_ignore_files(self.honour_ignore_files)
    }
}

/// The result of [`check`]: the graph of everything that loaded, and every diagnostic in the
/// deterministic order (file, line, column, rule).
#[derive(Debug)]
#[non_exhaustive]
pub struct Report {
    /// The standards graph.
    pub graph: StandardsGraph,
    /// Every problem found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// How many of the repository's files were read (the reference set's are not counted).
    pub fn files(&self) -> usize {
        let files = self.graph.workspace().files();
        files.iter().filter(|file| !file.is_reference()).count()
    }

    /// How many diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many diagnostics have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count()
    }
}

/// Loads every YAML file under `paths` (with the reference set, unless the configuration turns
/// it off), builds the graph, runs every rule and applies the configuration (severities,
/// inline suppression). Diagnostics located in reference files are not reported.
///
/// # Errors
/// When a named path does not exist, or a repository file has the path of a reference file.
/// Problems inside files are diagnostics in the report.
pub fn check(paths: &[PathBuf], options: &CheckOptions) -> Result<Report, LoadError> {
    check_with_progress(paths, options, &|_| {})
}

/// Checks files held in memory (path and text pairs) with every rule and the configuration of
/// `options`, as [`check`] checks files on disk: nothing is read from disk, every source is
/// checked (the include and exclude globs choose among files found on disk only), and the
/// reference set is there unless the configuration turns it off.
///
/// ```
/// use kasb::{CheckOptions, check_sources};
///
/// let standard = "\
/// kind: OccupationalStandard
/// format: 1
/// id: demo-welder
/// title: Welder
/// language: en
/// country: KG
/// framework: kg-nqf
/// occupation:
///   title: Welder
/// units:
///   - id: U1
///     title: Welding
///     prerequisites: [U2]
///     criteria:
///       - id: U1.1
///         statement: Welds are sound.
/// ";
/// let report = check_sources([("demo/welder.yaml", standard)], &CheckOptions::default())?;
/// // `kg-nqf` is in kasb's reference set; the unit `U2` is nowhere.
/// let unresolved = report
///     .diagnostics
///     .iter()
///     .find(|diagnostic| diagnostic.rule.code == "K202")
///     .expect("the unit `U2` is not among the sources");
/// assert_eq!(unresolved.location.file, std::path::Path::new("demo/welder.yaml"));
/// assert_eq!((unresolved.location.line(), unresolved.location.column()), (13, 21));
/// assert!(report.diagnostics.iter().all(|diagnostic| !diagnostic.message.contains("kg-nqf")));
/// # Ok::<(), kasb::load::LoadError>(())
/// ```
///
/// # Errors
/// When two sources have the same path (or the path of a reference file, which starts with
/// `<kasb reference `).
pub fn check_sources<P, T>(
    sources: impl IntoIterator<Item = (P, T)>,
    options: &CheckOptions,
) -> Result<Report, LoadError>
where
    P: Into<PathBuf>,
    T: Into<String>,
{
    let workspace = kasb_load::load_sources(sources, &options.load_options())?;
    check_workspace(workspace, options, &|_| {})
}

/// A step of [`check_with_progress`], for a progress display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Progress {
    /// Every file is read and parsed.
    Loaded {
        /// How many files.
        files: usize,
    },
    /// The graph is built.
    GraphBuilt {
        /// How many nodes it has.
        nodes: usize,
    },
    /// Every rule has run.
    RulesRun {
        /// How many diagnostics were found.
        diagnostics: usize,
    },
}

/// [`check`], telling `progress` as each step ends.
///
/// # Errors
/// As [`check`], or when a repository file has the path of a reference file.
pub fn check_with_progress(
    paths: &[PathBuf],
    options: &CheckOptions,
    progress: &dyn Fn(Progress),
) -> Result<Report, LoadError> {
    let workspace = kasb_load::load(paths, &options.load_options())?;
    check_workspace(workspace, options, progress)
}

/// Joins the reference set to a repository's loaded workspace (as the configuration says),
/// builds the graph, runs every rule and applies the configuration.
fn check_workspace(
    own: Workspace,
    options: &CheckOptions,
    progress: &dyn Fn(Progress),
) -> Result<Report, LoadError> {
    let config = &options.config;
    progress(Progress::Loaded {
        files: own.files().len(),
    });
    let (mut workspace, mut diagnostics) = kasb_check::reference::join(own, config)?;
    diagnostics.append(&mut workspace.diagnostics);
    let (graph, graph_diagnostics) = StandardsGraph::build(workspace);
    progress(Progress::GraphBuilt {
        nodes: graph.node_count(),
    });
    diagnostics.extend(graph_diagnostics);
    diagnostics.extend(kasb_check::run(&graph, config));
    progress(Progress::RulesRun {
        diagnostics: diagnostics.len(),
    });
    let mut diagnostics = kasb_check::apply(config, graph.workspace(), diagnostics);
    Diagnostic::sort_all(&mut diagnostics);
    Ok(Report { graph, diagnostics })
}

/// The README's examples, run as doc tests so they stay true.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
