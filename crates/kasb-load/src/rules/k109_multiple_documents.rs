//! K109 `multiple-documents`: more than one YAML document in a file.

use kasb_diagnostics::declare_rule;
use std::path::Path;

use kasb_diagnostics::{Data, Diagnostic, Message};

use super::said;
use kasb_diagnostics::{Location, Position, Span};

declare_rule! {
    /// Each file holds exactly one document, so that its path identifies it.
    ///
    /// Failing:
    /// ```yaml
    /// kind: Qualification
    /// ...
    /// ---
    /// kind: Qualification
    /// ```
    /// Passing: one file per document.
    pub static MULTIPLE_DOCUMENTS = Rule {
        code: "K109",
        name: "multiple-documents",
        severity: Error,
        summary: "A file holds more than one YAML document, or none.",
    };
}

/// The K109 of a file holding more than one YAML document, at the start of the second.
pub(crate) fn diagnose(at: Location) -> Diagnostic {
    said(
        &MULTIPLE_DOCUMENTS,
        at,
        Message::new("k109-several"),
        Message::new("k109-several-help"),
    )
    .with_data(Data::Documents { found: "several" })
}

/// The K109 of a file that holds no document at all (only comments, or nothing).
pub(crate) fn empty(path: &Path) -> Diagnostic {
    said(
        &MULTIPLE_DOCUMENTS,
        Location::new(path, Span::point(Position::new(1, 1))),
        Message::new("k109-empty"),
        Message::new("k109-empty-help"),
    )
    .with_data(Data::Documents { found: "none" })
}
