//! K106 `duplicate-key`: the same key twice in one mapping.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// Most YAML tools silently keep the last of two equal keys, losing the first value. kasb refuses the file instead.
    ///
    /// Failing:
    /// ```yaml
    /// title: Welder
    /// title: Сварщик
    /// ```
    /// Passing:
    /// ```yaml
    /// title: {en: Welder, ru: Сварщик}
    /// ```
    pub static DUPLICATE_KEY = Rule {
        code: "K106",
        name: "duplicate-key",
        severity: Error,
        summary: "A mapping has the same key twice.",
    };
}
