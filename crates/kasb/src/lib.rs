//! kasb: occupational standards, qualifications and assessment tools as validated,
//! comparable data.
//!
//! This crate is the one dependency a Rust program needs: it re-exports the stages of the
//! pipeline (files → [`load`] → [`model`] → [`graph`] → diagnostics → [`render`]) and offers
//! [`check`], which runs them all as the `kasb check` command does.
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

pub use kasb_check as rules;
pub use kasb_compare as compare;
pub use kasb_diagnostics as diagnostics;
pub use kasb_graph as graph;
pub use kasb_interchange as interchange;
pub use kasb_load as load;
pub use kasb_model as model;
pub use kasb_render as render;

use kasb_diagnostics::{Diagnostic, Severity};
use kasb_graph::StandardsGraph;
use kasb_load::{LoadError, LoadOptions};

/// What [`check`] does: the loading limits and the rule configuration.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Limits on the files read.
    pub load: LoadOptions,
    /// Rule severities, required languages, include / exclude globs (`kasb.toml`).
    pub config: kasb_check::Config,
}

/// The result of [`check`]: the graph of everything that loaded, and every diagnostic in the
/// deterministic order (file, line, column, rule).
#[derive(Debug)]
pub struct Report {
    /// The standards graph.
    pub graph: StandardsGraph,
    /// Every problem found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// How many files were read.
    pub fn files(&self) -> usize {
        self.graph.workspace().files.len()
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

/// Loads every YAML file under `paths`, builds the graph, runs every rule and applies the
/// configuration (severities, inline suppression).
///
/// # Errors
/// When a named path does not exist. Problems inside files are diagnostics in the report.
pub fn check(paths: &[PathBuf], options: &CheckOptions) -> Result<Report, LoadError> {
    check_with_progress(paths, options, &|_| {})
}

/// A step of [`check_with_progress`], for a progress display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
/// As [`check`].
pub fn check_with_progress(
    paths: &[PathBuf],
    options: &CheckOptions,
    progress: &dyn Fn(Progress),
) -> Result<Report, LoadError> {
    let config = &options.config;
    let load = LoadOptions {
        include: config.include.clone(),
        exclude: config.exclude.clone(),
        glob_root: config.root.clone(),
        ..config.limits.apply(&options.load)
    };
    let mut workspace = kasb_load::load(paths, &load)?;
    progress(Progress::Loaded {
        files: workspace.files.len(),
    });
    let mut diagnostics = std::mem::take(&mut workspace.diagnostics);
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
