//! K103 `missing-field`: a required field is missing.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};
use serde_saphyr::Error;

use crate::parse::{Found, token_span};

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
    Diagnostic::new(&MISSING_FIELD, location, format!("missing field `{field}`"))
        .with_help(format!(
            "add `{field}:` to the mapping that starts here, in line with its other keys"
        ))
        .with_data(Data::MissingField {
            field: field.to_owned(),
        })
}

/// The K103 of a missing field, at the mapping that lacks it.
// replaced at the engine merge
pub(crate) fn diagnose(found: &Found<'_>, error: &Error) -> Option<Diagnostic> {
    let located = found.located.clone();
    Some(match error {
        Error::SerdeMissingField { field, .. } => {
            // The engine reports the mapping's last key; point at the mapping itself.
            let mapping = found
                .at
                .and_then(|at| crate::source::enclosing_node(found.text, at));
            let location = match mapping {
                Some(start) => Location::new(found.path, token_span(found.text, start)),
                None => located,
            };
            Diagnostic::new(&MISSING_FIELD, location, format!("missing field `{field}`"))
                .with_help(format!("add `{field}:` to this mapping"))
                .with_data(Data::MissingField {
                    field: (*field).to_owned(),
                })
        }
        _ => return None,
    })
}
