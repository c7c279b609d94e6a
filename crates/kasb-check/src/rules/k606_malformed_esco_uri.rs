//! K606 `malformed-esco-uri`: a malformed ESCO URI.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// ESCO concepts are `http://data.europa.eu/esco/occupation/<uuid>` or `http://data.europa.eu/esco/skill/<uuid>`.
    ///
    /// Failing:
    /// ```yaml
    /// esco: [esco.ec.europa.eu/occupation/welder]
    /// ```
    /// Passing:
    /// ```yaml
    /// esco: [http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b]
    /// ```
    pub static MALFORMED_ESCO_URI = Rule {
        code: "K606",
        name: "malformed-esco-uri",
        severity: Error,
        summary: "An ESCO link is not an ESCO concept URI.",
    };
}
