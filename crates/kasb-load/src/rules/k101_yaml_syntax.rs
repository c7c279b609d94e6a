//! K101 `yaml-syntax`: the text is not valid YAML.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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
pub(crate) fn unreadable(location: Location, problem: String, help: String) -> Diagnostic {
    Diagnostic::new(&YAML_SYNTAX, location, problem.clone())
        .with_help(help)
        .with_data(Data::Syntax { problem })
}

/// The K101 of a list that starts where a key was expected: no key names it. `field` is
/// the list field the mapping lacks, when the schema says.
pub(crate) fn list_without_key(location: Location, field: Option<&str>) -> Diagnostic {
    let problem = "a list starts here, but no key names it".to_owned();
    let help = match field {
        Some(field) => format!(
            "write its key on the line above, such as `{field}:`, and indent the list under it"
        ),
        None => {
            "write its key (`name:`) on the line above, and indent the list under it".to_owned()
        }
    };
    Diagnostic::new(&YAML_SYNTAX, location, problem.clone())
        .with_help(help)
        .with_data(Data::Syntax { problem })
}

/// The K101 of a `[` or `{` that is never closed, at the bracket.
pub(crate) fn unclosed_bracket(location: Location, bracket: char) -> Diagnostic {
    let closing = if bracket == '{' { '}' } else { ']' };
    let problem = format!("the `{bracket}` here is never closed");
    Diagnostic::new(&YAML_SYNTAX, location, problem.clone())
        .with_help(format!(
            "close it with `{closing}` at the end of its value; if the bracket is part of the \
             text, put the whole value in double quotes"
        ))
        .with_data(Data::Syntax { problem })
}
