//! The validation rules of kasb, run over the standards graph, and the configuration that tunes
//! them (`kasb.toml`: per-rule severity, required languages, include / exclude globs, the date
//! validity is judged on) with inline suppression (`# kasb: ignore[K501]`). A few rules are off
//! unless configured ([`rules::OFF_BY_DEFAULT`]).
//!
//! Loading (`K1xx`) and reference (`K2xx`) problems come from `kasb-load` and `kasb-graph`;
//! this crate adds the rules that read the whole graph: levels (`K3xx`), qualification packaging
//! (`K4xx`), assessment coverage (`K5xx`), codes (`K6xx`), text and lifecycle (`K7xx`), and
//! cycles of prerequisites, classification parents, framework referencing and replacements
//! (`K204`, `K206`–`K208`), unused units (`K205`) and look-alike ids (`K209`). Each rule is one file of `src/rules/`
//! (its documentation and its check); [`rules`] is the registry of every rule of every crate.
//! [`reference`](mod@reference) joins kasb's reference set (EQF, national frameworks, ISCO) to a repository's
//! workspace, as `[reference]` in `kasb.toml` says; K210 reports a reference document the
//! repository replaces.
//!
//! ```
//! use kasb_check::Config;
//!
//! let config = Config::from_toml("[rules]\nK205 = \"off\"\n[languages]\nrequired = [\"en\"]\n").unwrap();
//! assert_eq!(config.required_languages, ["en"]);
//! assert!(Config::from_toml("[rules]\nK999 = \"off\"\n").is_err());
//! assert_eq!(kasb_check::rules::find("unresolved-reference").map(|rule| rule.code), Some("K202"));
//! ```

#![warn(missing_docs)]

mod assessment;
mod codes;
mod config;
mod context;
mod included;
mod levels;
mod packaging;
pub mod reference;
pub mod rules;
mod structure;
mod suppress;
mod text;
mod today;

use kasb_diagnostics::Diagnostic;
use kasb_graph::StandardsGraph;
use rayon::prelude::*;

pub use config::{Config, ConfigError, Limits, Reference, RuleSetting};
pub use suppress::apply;

/// Runs every rule of this crate over the graph, the rule families in parallel. The order of
/// the result is fixed (family by family); callers sort diagnostics for output anyway.
/// Validity is judged on `config.check_date`, or today (UTC) when it is `None`.
pub fn run(graph: &StandardsGraph, config: &Config) -> Vec<Diagnostic> {
    type Family = fn(&mut context::Context<'_>);
    // The heavier families are split in parts that run in parallel with the others.
    const FAMILIES: [Family; 9] = [
        structure::cycles,
        structure::use_and_ids,
        levels::check,
        packaging::check,
        assessment::check,
        codes::check,
        text::empty_statements,
        text::duplicate_statements,
        text::lifecycle,
    ];
    // Read once, so every family judges validity on the same day.
    let check_date = today::check_date(config);
    let reported: Vec<context::Reported> = FAMILIES
        .par_iter()
        .map(|family| {
            let mut context = context::Context::new(graph, config, check_date);
            family(&mut context);
            context.into_reported()
        })
        .collect();
    // Located together, not in the family that reported them: each file is parsed once, in
    // parallel with the others.
    context::Reported::concat(reported).locate(graph)
}
