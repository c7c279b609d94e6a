//! K107 `unknown-kind`: a missing or unknown `kind`.

use kasb_diagnostics::declare_rule;
use std::path::Path;

use kasb_diagnostics::{Data, Diagnostic, Location, Message, Position, Span, closest};
use kasb_model::{Document, DocumentKind};

use super::said;

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
        Some(name) => Message::new("did-you-mean").with("name", name),
        None => Message::new("use-one-of").with("names", names.join(", ")),
    };
    let message = Message::new("k107-unknown").with("kind", kind_text);
    said(&UNKNOWN_KIND, at, message, help).with_data(Data::UnknownKind {
        value: Some(kind_text.to_owned()),
        known: names.to_vec(),
    })
}

/// The K107 of a document without `kind`.
pub(crate) fn missing(path: &Path) -> Diagnostic {
    let at = Location::new(path, Span::point(Position::new(1, 1)));
    let help = Message::new("k107-missing-help").with("names", kinds().join(", "));
    said(&UNKNOWN_KIND, at, Message::new("k107-missing"), help).with_data(Data::UnknownKind {
        value: None,
        known: kinds(),
    })
}

/// The K107 of a document that is not a mapping (a list, or one value), so it has no `kind`;
/// `found` is what it is (`a list`, as the words of K102 say it).
pub(crate) fn not_a_mapping(at: Location, found: Message) -> Diagnostic {
    let help = Message::new("k107-not-a-mapping-help").with("names", kinds().join(", "));
    let message = Message::new("k107-not-a-mapping").with("found", found);
    said(&UNKNOWN_KIND, at, message, help).with_data(Data::UnknownKind {
        value: None,
        known: kinds(),
    })
}

/// The names of every document kind.
fn kinds() -> Vec<&'static str> {
    Document::KINDS.map(DocumentKind::as_str).to_vec()
}
