//! K108 `resource-limit`: a file over a configured limit.

use std::path::Path;

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Severity};

use crate::LoadOptions;
use crate::tree::{Limit, MAX_SCALAR_BYTES};

declare_rule! {
    /// Files in a standards repository may come from anyone's pull request. kasb bounds the time and memory one file may take: its size, its nesting depth, and how far aliases may expand (an alias bomb grows a small file into billions of nodes). Real standards stay far below the limits.
    ///
    /// Fix: split the file, or raise the limit if the file is genuine.
    ///
    /// An alias that names a value containing it would expand forever, and is refused too. And a file with more problems than `max-problems-per-file` (50 unless `[limits]` in kasb.toml says otherwise) shows the first ones in position order, then one warning of this rule saying how many more there are.
    pub static RESOURCE_LIMIT = Rule {
        code: "K108",
        name: "resource-limit",
        severity: Error,
        summary: "A file exceeds a limit on size, nesting depth or alias expansion.",
    };
}

/// The K108 of a limit the parse met at `at`, with the limit and how to change it.
pub(crate) fn diagnose(at: Location, limit: Limit, options: &LoadOptions) -> Diagnostic {
    let (what, help) = match limit {
        Limit::Depth => (
            format!("nesting deeper than {} levels", options.max_depth),
            raise("levels of nesting", options.max_depth, "max-depth"),
        ),
        Limit::Nodes => (
            format!(
                "more than {} YAML nodes, aliases expanded",
                options.max_nodes
            ),
            raise("YAML nodes", options.max_nodes, "max-nodes"),
        ),
        Limit::Aliases => (
            format!("more than {} aliases", options.max_aliases),
            raise("aliases", options.max_aliases, "max-aliases"),
        ),
        Limit::ScalarBytes => (
            format!("more than {MAX_SCALAR_BYTES} bytes of text in its values, aliases expanded"),
            format!(
                "kasb allows {} MiB of text in a file's values, aliases expanded (a fixed \
                 limit); write long values once instead of repeating them through aliases",
                MAX_SCALAR_BYTES / (1024 * 1024)
            ),
        ),
    };
    Diagnostic::new(
        &RESOURCE_LIMIT,
        at,
        format!("the file exceeds a limit: {what}"),
    )
    .with_help(help)
}

/// The K108 of an alias that names a node containing it (which would expand forever).
pub(crate) fn recursive_alias(at: Location) -> Diagnostic {
    Diagnostic::new(
        &RESOURCE_LIMIT,
        at,
        "this alias names a value that contains it, so it would expand forever",
    )
    .with_help("write the value out, or point the alias at an anchor outside it")
}

/// The K108 warning that ends a file's diagnostics when it has more problems than
/// `max_problems_per_file`: how many more there are and how to see them.
pub(crate) fn too_many_problems(path: &Path, hidden: usize, options: &LoadOptions) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        &RESOURCE_LIMIT,
        Location::file(path),
        format!(
            "{hidden} more problems in this file are not shown (at most {} per file)",
            options.max_problems_per_file
        ),
    )
    .with_help(
        "fix the problems shown first, or raise `max-problems-per-file` under `[limits]` in \
         kasb.toml",
    )
    .with_data(Data::Limit {
        limit: "problems",
        max: options.max_problems_per_file as u64,
    });
    diagnostic.severity = Severity::Warning;
    diagnostic
}

fn raise(what: &str, value: usize, key: &str) -> String {
    format!(
        "kasb allows {value} {what} per file; simplify or split the file, or raise `{key}` \
         under `[limits]` in kasb.toml"
    )
}
