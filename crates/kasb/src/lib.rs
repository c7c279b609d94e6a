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
//! assert!(report.graph.units_of("kg-welder").len() >= 4);
//! # Ok::<(), kasb::load::LoadError>(())
//! ```

#![warn(missing_docs)]

use std::path::PathBuf;

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

/// What [`check`] does: the loading limits.
#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    /// Limits on the files read.
    pub load: LoadOptions,
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

/// Loads every YAML file under `paths`, builds the graph and collects every diagnostic.
///
/// # Errors
/// When a named path does not exist. Problems inside files are diagnostics in the report.
pub fn check(paths: &[PathBuf], options: &CheckOptions) -> Result<Report, LoadError> {
    let mut workspace = kasb_load::load(paths, &options.load)?;
    let mut diagnostics = std::mem::take(&mut workspace.diagnostics);
    let (graph, graph_diagnostics) = StandardsGraph::build(workspace);
    diagnostics.extend(graph_diagnostics);
    Diagnostic::sort_all(&mut diagnostics);
    Ok(Report { graph, diagnostics })
}

/// The README's examples, run as doc tests so they stay true.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
