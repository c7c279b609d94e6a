//! K605 `missing-language`: a required language is missing.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// `kasb.toml` can require languages (`[languages] required = ["en", "ru"]`); every title and statement must then be given in each.
    ///
    /// Failing (with `en` required):
    /// ```yaml
    /// title: {ru: Сварщик}
    /// ```
    /// Passing:
    /// ```yaml
    /// title: {en: Welder, ru: Сварщик}
    /// ```
    pub static MISSING_LANGUAGE = Rule {
        code: "K605",
        name: "missing-language",
        severity: Warning,
        summary: "A text lacks a language that the configuration requires.",
    };
}
