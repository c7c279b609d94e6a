//! K604 `invalid-language-tag`: an invalid language tag.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Languages are BCP 47 tags: `en`, `ru`, `ky`, `hy`, `uz-Latn`, `uz-Cyrl`.
    ///
    /// Failing:
    /// ```yaml
    /// title: {english: Welder}
    /// ```
    /// Passing:
    /// ```yaml
    /// title: {en: Welder}
    /// ```
    pub static INVALID_LANGUAGE_TAG = Rule {
        code: "K604",
        name: "invalid-language-tag",
        severity: Error,
        summary: "A language tag is not a well-formed BCP 47 tag.",
    };
}
