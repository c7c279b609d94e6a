//! K104 `unknown-field`: a field that the kind does not have.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, closest};
use serde_saphyr::Error;

use crate::parse::Found;

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
        Some(name) => format!("did you mean `{name}`?"),
        None if expected.is_empty() => "remove it".to_owned(),
        None => format!("the fields here are: {}", expected.join(", ")),
    };
    Diagnostic::new(&UNKNOWN_FIELD, location, format!("unknown field `{field}`"))
        .with_help(help)
        .with_data(Data::UnknownField {
            field: field.to_owned(),
            expected: expected.iter().map(|name| (*name).to_owned()).collect(),
        })
}

/// The K104 of an unknown field, with the closest known field as a hint.
// replaced at the engine merge
pub(crate) fn diagnose(found: &Found<'_>, error: &Error) -> Option<Diagnostic> {
    let located = found.located.clone();
    Some(match error {
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let help = match closest(field, expected.iter().copied()) {
                Some(name) => format!("did you mean `{name}`?"),
                None if expected.is_empty() => "remove it".to_owned(),
                None => format!("the fields here are: {}", expected.join(", ")),
            };
            Diagnostic::new(&UNKNOWN_FIELD, located, format!("unknown field `{field}`"))
                .with_help(help)
                .with_data(Data::UnknownField {
                    field: field.clone(),
                    expected: expected.iter().map(|name| (*name).to_owned()).collect(),
                })
        }
        _ => return None,
    })
}
