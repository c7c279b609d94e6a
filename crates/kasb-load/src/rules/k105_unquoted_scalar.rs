//! K105 `unquoted-scalar`: a plain scalar that YAML would read as a number, boolean or null where text is required.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Arg, Data, Diagnostic, Location, Message};

use super::said;

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
    said(
        &UNQUOTED_SCALAR,
        location,
        Message::new("k105-message")
            .with("value", value)
            .with("reading", Arg::Word(reading.word())),
        Message::new("k105-help").with("value", value),
    )
    .with_data(Data::UnquotedScalar {
        value: value.to_owned(),
        read_as: reading.name(),
    })
}
