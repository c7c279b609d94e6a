//! K104 `unknown-field`: a field that the kind does not have.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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
