//! K201 `duplicate-id`: the same id given to two things.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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
        format!("another document already has the id `{id}`")
    } else {
        format!(
            "another item of this document already has the id `{}`",
            local(id)
        )
    };
    Diagnostic::new(&DUPLICATE_ID, location, what)
        .with_related(first, "first defined here")
        .with_help("give each one an id of its own; references use ids to find things")
        .with_data(Data::Id { id: id.to_owned() })
}

/// The item part of `document-id/item-id`.
fn local(id: &str) -> &str {
    id.split_once('/').map_or(id, |(_, item)| item)
}
