//! K108 `resource-limit`: a file over a configured limit.

use kasb_diagnostics::declare_rule;

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
