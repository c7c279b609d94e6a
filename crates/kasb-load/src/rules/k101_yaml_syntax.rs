//! K101 `yaml-syntax`: the text is not valid YAML.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Diagnostic, Location, Message};

use super::said_syntax;

declare_rule! {
    /// The file cannot be read as YAML, for a reason no more specific rule (K113–K116) names: a quote or bracket never closed, text after a closing quote, a `\` escape that YAML does not know, a value starting with a sign YAML reserves (`@`, `` ` ``, `*`, `]`), a line that is neither `key: value` nor a list item. The message says what is wrong in words, the help how to fix it. Nothing after the error can be read, so the rest of the file is checked once it is fixed.
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

/// The K101 of a syntax error no other rule explains, in plain words with a fix.
pub(crate) fn unreadable(location: Location, problem: Message, help: Message) -> Diagnostic {
    said_syntax(&YAML_SYNTAX, location, problem, help)
}

/// The K101 of a list that starts where a key was expected: no key names it. `field` is
/// the list field the mapping lacks, when the schema says.
pub(crate) fn list_without_key(location: Location, field: Option<&str>) -> Diagnostic {
    let help = match field {
        Some(field) => Message::new("k101-list-without-key-help").with("field", field),
        None => Message::new("k101-list-without-key-help-any"),
    };
    unreadable(location, Message::new("k101-list-without-key"), help)
}

/// The K101 of a `[` or `{` that is never closed, at the bracket.
pub(crate) fn unclosed_bracket(location: Location, bracket: char) -> Diagnostic {
    let closing = if bracket == '{' { '}' } else { ']' };
    unreadable(
        location,
        Message::new("k101-unclosed-bracket").with("bracket", bracket.to_string()),
        Message::new("k101-unclosed-bracket-help").with("closing", closing.to_string()),
    )
}
