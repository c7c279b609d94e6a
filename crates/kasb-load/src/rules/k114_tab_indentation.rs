//! K114 `tab-indentation`: a line indented with a tab.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Diagnostic, Location, Message};

use super::said_syntax;

declare_rule! {
    /// YAML reads structure from indentation, and only spaces count: a tab shows as a different width in every editor, so YAML refuses it. Indent with spaces (most editors can turn tabs into spaces on save).
    ///
    /// Failing (the second line starts with a tab):
    /// ```yaml
    /// occupation:
    /// 	title: Welder
    /// ```
    /// Passing:
    /// ```yaml
    /// occupation:
    ///   title: Welder
    /// ```
    pub static TAB_INDENTATION = Rule {
        code: "K114",
        name: "tab-indentation",
        severity: Error,
        summary: "A line is indented with a tab instead of spaces.",
    };
}

/// The K114 of the tab at `location`.
pub(crate) fn diagnose(location: Location) -> Diagnostic {
    said_syntax(
        &TAB_INDENTATION,
        location,
        Message::new("k114-message"),
        Message::new("k114-help"),
    )
}
