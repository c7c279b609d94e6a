//! K107 `unknown-kind`: a missing or unknown `kind`.

use kasb_diagnostics::declare_rule;
use std::path::Path;

use kasb_diagnostics::{Data, Diagnostic, Location, Position, Span, closest};
use kasb_model::{Document, DocumentKind};

declare_rule! {
    /// Every document states its kind: LevelFramework, Classification, OccupationalStandard, Qualification, AssessmentTool, TrainingProgramme or Crosswalk.
    ///
    /// Failing:
    /// ```yaml
    /// kind: Standard
    /// ```
    /// Passing:
    /// ```yaml
    /// kind: OccupationalStandard
    /// ```
    pub static UNKNOWN_KIND = Rule {
        code: "K107",
        name: "unknown-kind",
        severity: Error,
        summary: "A document has no `kind`, or one kasb does not know.",
    };
}

/// The K107 of a `kind` (`kind_text`, at `at`) that names no document kind.
pub(crate) fn unknown(at: Location, kind_text: &str) -> Diagnostic {
    let names = Document::KINDS.map(DocumentKind::as_str);
    let help = match closest(kind_text, names) {
        Some(name) => format!("did you mean `{name}`?"),
        None => format!("use one of: {}", names.join(", ")),
    };
    Diagnostic::new(
        &UNKNOWN_KIND,
        at,
        format!("unknown document kind `{kind_text}`"),
    )
    .with_help(help)
    .with_data(Data::UnknownKind {
        value: Some(kind_text.to_owned()),
        known: names.to_vec(),
    })
}

/// The K107 of a document without `kind`.
pub(crate) fn missing(path: &Path) -> Diagnostic {
    Diagnostic::new(
        &UNKNOWN_KIND,
        Location::new(path, Span::point(Position::new(1, 1))),
        "the document has no `kind`",
    )
    .with_help(format!(
        "start it with `kind: ` and one of: {}",
        Document::KINDS.map(DocumentKind::as_str).join(", ")
    ))
    .with_data(Data::UnknownKind {
        value: None,
        known: Document::KINDS.map(DocumentKind::as_str).to_vec(),
    })
}

/// The K107 of a document that is not a mapping (a list, or one value), so it has no `kind`.
pub(crate) fn not_a_mapping(at: Location, found: &str) -> Diagnostic {
    Diagnostic::new(
        &UNKNOWN_KIND,
        at,
        format!("the document is {found}, not a mapping of `key: value` lines"),
    )
    .with_help(format!(
        "start it with `kind: ` and one of {}, then its other fields, one `key: value` per line",
        Document::KINDS.map(DocumentKind::as_str).join(", ")
    ))
    .with_data(Data::UnknownKind {
        value: None,
        known: Document::KINDS.map(DocumentKind::as_str).to_vec(),
    })
}
