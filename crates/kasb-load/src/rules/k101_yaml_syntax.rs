//! K101 `yaml-syntax`: the text is not valid YAML.

use kasb_diagnostics::declare_rule;

declare_rule! {
    /// The YAML parser stopped: an unclosed bracket or quote, a tab used for indentation, a key without a value.
    ///
    /// Failing:
    /// ```yaml
    /// title: "Welder
    /// ```
    /// Passing:
    /// ```yaml
    /// title: "Welder"
    /// ```
    pub static YAML_SYNTAX = Rule {
        code: "K101",
        name: "yaml-syntax",
        severity: Error,
        summary: "The file is not valid YAML.",
    };
}
