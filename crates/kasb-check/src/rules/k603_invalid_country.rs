//! K603 `invalid-country`: an invalid country code.

use crate::codes::{COUNTRY_SCHEME, code_data};
use crate::context::Context;
use kasb_diagnostics::{Message, declare_rule};
use kasb_model::FieldPath;

declare_rule! {
    /// Countries are two-letter ISO 3166-1 codes in capitals: `KG`, `AM`, `TJ`, `RU`, `AZ`, `KZ`, `UZ`.
    ///
    /// Failing:
    /// ```yaml
    /// country: KGZ
    /// ```
    /// Passing:
    /// ```yaml
    /// country: KG
    /// ```
    pub static INVALID_COUNTRY = Rule {
        code: "K603",
        name: "invalid-country",
        severity: Error,
        summary: "A country is not an ISO 3166-1 alpha-2 code.",
    };
}

/// True when `code` is an ISO 3166-1 alpha-2 code, in capitals.
pub(crate) fn is_country(code: &str) -> bool {
    code.len() == 2 && isocountry::CountryCode::for_alpha2(code).is_ok()
}

/// Reports `code`, the document's `country`, when it is not a country code. True when it is
/// one (so rules comparing countries may read it).
pub(crate) fn check(context: &mut Context<'_>, index: usize, code: &str) -> bool {
    let valid = is_country(code);
    if !valid {
        let help = if code.len() == 2
            && isocountry::CountryCode::for_alpha2(&code.to_uppercase()).is_ok()
        {
            Message::new("k603-help-capitals").with("code", code.to_uppercase())
        } else {
            Message::new("k603-help")
        };
        context
            .say(
                &INVALID_COUNTRY,
                index,
                &FieldPath::root().key("country"),
                Message::new("k603-message").with("code", code),
                help,
            )
            .data = code_data(code, COUNTRY_SCHEME);
    }
    valid
}
