//! K201 `duplicate-id`: the same id given to two things.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};
use kasb_i18n::{Said, diagnostic};

declare_rule! {
    /// Ids are how everything is referenced: a document id must be unique across the repository, an item id (unit, element, criterion, task...) unique within its document.
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///   - id: WLD-01
    /// ```
    /// Passing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///   - id: WLD-02
    /// ```
    pub static DUPLICATE_ID = Rule {
        code: "K201",
        name: "duplicate-id",
        severity: Error,
        summary: "Two documents share an id, or two items of one document do.",
    };
}

/// The K201 of `id`, defined again at `location` after its first definition at `first`.
pub(crate) fn diagnose(
    location: Location,
    first: Location,
    id: &str,
    is_document: bool,
) -> Diagnostic {
    let what = if is_document {
        Message::new("k201-document").with("id", id)
    } else {
        Message::new("k201-item").with("id", local(id))
    };
    diagnostic(&DUPLICATE_ID, location, what)
        .related_said(first, Message::new("k201-first"))
        .help_said(Message::new("k201-help"))
        .with_data(Data::Id { id: id.to_owned() })
}

/// The item part of `document-id/item-id`.
fn local(id: &str) -> &str {
    id.split_once('/').map_or(id, |(_, item)| item)
}
