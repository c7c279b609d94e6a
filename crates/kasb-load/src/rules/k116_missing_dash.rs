//! K116 `missing-dash`: a list item written without its `- `.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Diagnostic, Location, Message};

use super::said_syntax;

declare_rule! {
    /// Each item of a list starts with `- `. Without it, the fields of a new item continue the item above: YAML sees its keys given twice, or a line that belongs to no item. The diagnostic points where the new item seems to start.
    ///
    /// Failing (the second unit has no `- `):
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///     title: Prepare the workplace
    ///     id: WLD-02
    ///     title: Weld plates
    /// ```
    /// Passing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///     title: Prepare the workplace
    ///   - id: WLD-02
    ///     title: Weld plates
    /// ```
    pub static MISSING_DASH = Rule {
        code: "K116",
        name: "missing-dash",
        severity: Error,
        summary: "A list item is written without its `- `.",
    };
}

/// The K116 of the item whose first line, `line` (trimmed), is at `location`; the list's
/// dashes are at `column`.
pub(crate) fn diagnose(location: Location, line: &str, column: u32) -> Diagnostic {
    said_syntax(
        &MISSING_DASH,
        location,
        Message::new("k116-message"),
        Message::new("k116-help")
            .with("line", line)
            .with("column", column),
    )
}
