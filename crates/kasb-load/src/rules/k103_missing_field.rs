//! K103 `missing-field`: a required field is missing.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};

use super::said;

declare_rule! {
    /// Some fields must always be given, such as a document's `id` and `title`, or a unit's `id`. The diagnostic points at the first key of the mapping that lacks the field. (A field that is there but indented into the wrong mapping is K115.)
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - title: Prepare the workplace
    /// ```
    /// Passing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///     title: Prepare the workplace
    /// ```
    pub static MISSING_FIELD = Rule {
        code: "K103",
        name: "missing-field",
        severity: Error,
        summary: "A required field is missing.",
    };
}

/// The K103 of the field `field` missing from the mapping whose first key is at `location`.
pub(crate) fn missing(location: Location, field: &str) -> Diagnostic {
    said(
        &MISSING_FIELD,
        location,
        Message::new("k103-message").with("field", field),
        Message::new("k103-help").with("field", field),
    )
    .with_data(Data::MissingField {
        field: field.to_owned(),
    })
}
