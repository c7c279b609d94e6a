//! K113 `colon-in-text`: text holding `: ` written without quotes.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Diagnostic, Location, Message};

use super::said_syntax;

declare_rule! {
    /// In YAML, `: ` (a colon and a space) separates a key from its value. Text that holds one, written without quotes, reads as a second key on the same line, which YAML refuses (or, in a list, as a mapping where text is expected). Quote the text, so the colon is part of it.
    ///
    /// Failing:
    /// ```yaml
    /// statement: Note: use gloves
    /// ```
    /// Passing:
    /// ```yaml
    /// statement: "Note: use gloves"
    /// ```
    pub static COLON_IN_TEXT = Rule {
        code: "K113",
        name: "colon-in-text",
        severity: Error,
        summary: "Text that holds `: ` must be quoted.",
    };
}

/// The K113 of `text` (the value as written, at `location`) after `key` (what precedes it on
/// its line, such as `statement: ` or `  - `).
pub(crate) fn diagnose(location: Location, key: &str, text: &str) -> Diagnostic {
    let quoted = format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
    said_syntax(
        &COLON_IN_TEXT,
        location,
        Message::new("k113-message"),
        Message::new("k113-help").with("fixed", format!("{}{quoted}", block_prefix(key))),
    )
}

/// What precedes the text on its line, shown in the fix when it is a block key or item
/// (`statement: `, `- `); inside brackets, the fix shows the text alone.
fn block_prefix(key: &str) -> &str {
    let key = key.trim_start();
    if key.ends_with(": ") || key.ends_with("- ") {
        key
    } else {
        ""
    }
}
