//! K104 `unknown-field`: a field that the kind does not have.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};

use super::said;

declare_rule! {
    /// Unknown fields are errors, so that a misspelt field is not silently ignored.
    ///
    /// Failing:
    /// ```yaml
    /// titel: Welder
    /// ```
    /// Passing:
    /// ```yaml
    /// title: Welder
    /// ```
    pub static UNKNOWN_FIELD = Rule {
        code: "K104",
        name: "unknown-field",
        severity: Error,
        summary: "A field is not part of the document kind.",
    };
}

/// The K104 of the field `field`, which the mapping does not have: the closest of its
/// fields `expected` (`suggestion`, found by the caller within its budget) as a hint.
pub(crate) fn unknown(
    location: Location,
    field: &str,
    expected: &[&str],
    suggestion: Option<&str>,
) -> Diagnostic {
    let help = match suggestion {
        Some(name) => Message::new("did-you-mean").with("name", name),
        None if expected.is_empty() => Message::new("k104-remove-it"),
        None => Message::new("k104-fields-here").with("names", expected.join(", ")),
    };
    said(
        &UNKNOWN_FIELD,
        location,
        Message::new("k104-message").with("field", field),
        help,
    )
    .with_data(Data::UnknownField {
        field: field.to_owned(),
        expected: expected.iter().map(|name| (*name).to_owned()).collect(),
    })
}
