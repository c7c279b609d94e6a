//! K108 `resource-limit`: a file over a configured limit.

use kasb_diagnostics::Diagnostic;
use kasb_diagnostics::declare_rule;
use serde_saphyr::Error;

use crate::LoadOptions;
use crate::parse::{Found, MAX_SCALAR_BYTES};

declare_rule! {
    /// Files in a standards repository may come from anyone's pull request. kasb bounds the time and memory one file may take: its size, its nesting depth, and how far aliases may expand (an alias bomb grows a small file into billions of nodes). Real standards stay far below the limits.
    ///
    /// Fix: split the file, or raise the limit if the file is genuine.
    pub static RESOURCE_LIMIT = Rule {
        code: "K108",
        name: "resource-limit",
        severity: Error,
        summary: "A file exceeds a limit on size, nesting depth or alias expansion.",
    };
}

/// The K108 of a budget, alias expansion or nesting limit, with the limit and how to change it.
pub(crate) fn diagnose(
    found: &Found<'_>,
    error: &Error,
    options: &LoadOptions,
) -> Option<Diagnostic> {
    let located = found.located.clone();
    Some(match error {
        Error::Budget { breach, .. } => Diagnostic::new(
            &RESOURCE_LIMIT,
            located,
            format!("the file exceeds a limit: {}", describe_breach(breach)),
        )
        .with_help(breach_help(breach, options)),
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => Diagnostic::new(
            &RESOURCE_LIMIT,
            located,
            "aliases expand beyond the limit (an alias bomb?)",
        )
        .with_help("write the values out, or use fewer nested aliases"),
        other if is_nesting_limit(other) => Diagnostic::new(
            &RESOURCE_LIMIT,
            located,
            "the file nests deeper than the YAML parser allows",
        )
        .with_help("flatten the structure: no kasb document nests more than a few levels"),
        _ => return None,
    })
}

/// A budget breach in words.
fn describe_breach(breach: &serde_saphyr::budget::BudgetBreach) -> String {
    use serde_saphyr::budget::BudgetBreach;
    match breach {
        BudgetBreach::Nodes { nodes } => {
            format!("more than {} YAML nodes", nodes.saturating_sub(1))
        }
        BudgetBreach::Events { events } => {
            format!("more than {} parser events", events.saturating_sub(1))
        }
        BudgetBreach::Aliases { aliases } => {
            format!("more than {} aliases", aliases.saturating_sub(1))
        }
        BudgetBreach::Anchors { anchors } => {
            format!("more than {} anchors", anchors.saturating_sub(1))
        }
        BudgetBreach::Depth { depth } => format!("nesting {depth} deep"),
        BudgetBreach::Documents { .. } => "more than one document".to_owned(),
        BudgetBreach::ScalarBytes { total_scalar_bytes } => format!(
            "more than {MAX_SCALAR_BYTES} bytes of text in its values ({total_scalar_bytes} bytes \
             with aliases expanded)"
        ),
        other => format!("{other:?}"),
    }
}

/// Which limit a breach hit, its value, and how to change it.
fn breach_help(breach: &serde_saphyr::budget::BudgetBreach, options: &LoadOptions) -> String {
    use serde_saphyr::budget::BudgetBreach;
    let raise = |what: &str, value: usize, key: &str| {
        format!(
            "kasb allows {value} {what} per file; simplify or split the file, or raise \
             `{key}` under `[limits]` in kasb.toml"
        )
    };
    match breach {
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => {
            raise("YAML nodes", options.max_nodes, "max-nodes")
        }
        BudgetBreach::Aliases { .. } | BudgetBreach::Anchors { .. } => {
            raise("aliases", options.max_aliases, "max-aliases")
        }
        BudgetBreach::Depth { .. } => raise("levels of nesting", options.max_depth, "max-depth"),
        BudgetBreach::ScalarBytes { .. } => format!(
            "kasb allows {} MiB of text in a file's values, aliases expanded (a fixed limit); \
             write long values once instead of repeating them through aliases",
            MAX_SCALAR_BYTES / (1024 * 1024)
        ),
        _ => "simplify the file: real standards stay far below kasb's limits".to_owned(),
    }
}

/// The scanner reports runaway flow nesting as a plain message.
fn is_nesting_limit(error: &Error) -> bool {
    let message = error.to_string();
    message.contains("recursion limit") || message.contains("nesting limit")
}
