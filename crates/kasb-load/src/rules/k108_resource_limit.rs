//! K108 `resource-limit`: a file over a configured limit.

use std::path::Path;

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message, Severity};

use crate::LoadOptions;
use crate::tree::{Limit, MAX_SCALAR_BYTES};

use super::said;

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
            Message::new("k108-depth").with("max", options.max_depth),
            raise("k108-depth-what", options.max_depth, "max-depth"),
        ),
        Limit::Nodes => (
            Message::new("k108-nodes").with("max", options.max_nodes),
            raise("k108-nodes-what", options.max_nodes, "max-nodes"),
        ),
        Limit::Aliases => (
            Message::new("k108-aliases").with("max", options.max_aliases),
            raise("k108-aliases-what", options.max_aliases, "max-aliases"),
        ),
        Limit::ScalarBytes => (
            Message::new("k108-text").with("max", MAX_SCALAR_BYTES),
            Message::new("k108-text-help").with("mebibytes", MAX_SCALAR_BYTES / (1024 * 1024)),
        ),
    };
    let message = Message::new("k108-message").with("what", what);
    said(&RESOURCE_LIMIT, at, message, help)
}

/// The K108 of an alias that names a node containing it (which would expand forever).
pub(crate) fn recursive_alias(at: Location) -> Diagnostic {
    said(
        &RESOURCE_LIMIT,
        at,
        Message::new("k108-recursive-alias"),
        Message::new("k108-recursive-alias-help"),
    )
}

/// The K108 warning that ends a file's diagnostics when it has more problems than
/// `max_problems_per_file`: how many more there are and how to see them.
pub(crate) fn too_many_problems(path: &Path, hidden: usize, options: &LoadOptions) -> Diagnostic {
    let message = Message::new("k108-too-many")
        .with("hidden", hidden)
        .with("max", options.max_problems_per_file);
    let mut diagnostic = said(
        &RESOURCE_LIMIT,
        Location::file(path),
        message,
        Message::new("k108-too-many-help"),
    )
    .with_data(Data::Limit {
        limit: "problems",
        max: options.max_problems_per_file as u64,
    });
    diagnostic.severity = Severity::Warning;
    diagnostic
}

/// The K108 of a file larger than `max-file-bytes`.
pub(crate) fn too_large(path: &Path, options: &LoadOptions) -> Diagnostic {
    said(
        &RESOURCE_LIMIT,
        Location::file(path),
        Message::new("k108-too-large").with("max", options.max_file_bytes),
        Message::new("k108-too-large-help").with("ceiling", LoadOptions::CEILING_FILE_BYTES),
    )
    .with_data(Data::Limit {
        limit: "size",
        max: options.max_file_bytes,
    })
}

/// The help of a configurable limit: `what` (a message id) names what is counted, `key` is
/// its setting under `[limits]`.
fn raise(what: &'static str, value: usize, key: &str) -> Message {
    Message::new("k108-raise")
        .with("what", Message::new(what).with("max", value))
        .with("key", key)
}
