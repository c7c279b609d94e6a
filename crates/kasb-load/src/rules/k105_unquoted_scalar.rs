//! K105 `unquoted-scalar`: a plain scalar that YAML would read as a number, boolean or null where text is required.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};
use serde_saphyr::Error;

use crate::parse::Found;
use crate::validate::Reading;

declare_rule! {
    /// YAML reads `0110` as the number 110, `1.10` as 1.1, `~` and `null` as nothing, and (in YAML 1.1 tools) `Yes`, `No`, `On`, `Off` as true or false. Codes, versions, country codes and titles are text: quote such a value, so every tool reads the same text.
    ///
    /// Failing:
    /// ```yaml
    /// isco: 0110
    /// country: NO
    /// title: Yes
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "0110"
    /// country: "NO"
    /// title: "Yes"
    /// ```
    pub static UNQUOTED_SCALAR = Rule {
        code: "K105",
        name: "unquoted-scalar",
        severity: Error,
        summary: "An unquoted value that YAML reads as a number, boolean or null stands where text is required.",
    };
}

/// The K105 of the plain scalar `value`, which YAML reads as `reading` where text is required.
pub(crate) fn unquoted(location: Location, value: &str, reading: Reading) -> Diagnostic {
    Diagnostic::new(
        &UNQUOTED_SCALAR,
        location,
        format!(
            "`{value}` must be quoted: YAML reads it as {}, but text is required here",
            reading.words()
        ),
    )
    .with_help(format!("quote it: \"{value}\""))
    .with_data(Data::UnquotedScalar {
        value: value.to_owned(),
        read_as: reading.name(),
    })
}

/// The K105 of a plain scalar YAML would read as a number, boolean or null.
// replaced at the engine merge
pub(crate) fn diagnose(found: &Found<'_>, error: &Error) -> Option<Diagnostic> {
    let located = found.located.clone();
    Some(match error {
        Error::QuotingRequired { value, .. } => {
            let (reading, read_as) = scalar_reading(value);
            Diagnostic::new(
                &UNQUOTED_SCALAR,
                located,
                format!("`{value}` must be quoted: YAML reads it as {reading}, but text is required here"),
            )
            .with_help(format!("quote it: \"{value}\""))
            .with_data(Data::UnquotedScalar {
                value: value.clone(),
                read_as,
            })
        }
        _ => return None,
    })
}

/// What YAML reads a plain scalar as, for the "must be quoted" message.
/// How YAML reads `value`, in words and as the data's name.
fn scalar_reading(value: &str) -> (&'static str, &'static str) {
    let lower = value.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        ("a boolean", "boolean")
    } else if matches!(lower.as_str(), "null" | "~" | "") {
        ("null", "null")
    } else {
        ("a number", "number")
    }
}
