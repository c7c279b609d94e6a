//! K114 `tab-indentation`: a line indented with a tab.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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
    let problem = "this line is indented with a tab; YAML indentation is spaces only".to_owned();
    Diagnostic::new(&TAB_INDENTATION, location, problem.clone())
        .with_help("replace the tab with spaces, lining the key up with the keys it belongs with")
        .with_data(Data::Syntax { problem })
}
