//! K603 `invalid-country`: an invalid country code.

use kasb_diagnostics::declare_rule;

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
