//! K101 `yaml-syntax`: the text is not valid YAML.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic};
use serde_saphyr::Error;

use crate::parse::Found;

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

/// The K101 of any other parse error: the YAML syntax, at the token where the parser stopped.
pub(crate) fn diagnose(found: &Found<'_>, error: &Error) -> Diagnostic {
    let problem = syntax_message(error);
    Diagnostic::new(&YAML_SYNTAX, found.located.clone(), problem.clone())
        .with_help("fix the YAML syntax here: indentation, brackets, quotes")
        .with_data(Data::Syntax { problem })
}

fn syntax_message(error: &Error) -> String {
    let message = error.to_string();
    // The crate appends "at line L, column C"; the location is shown separately.
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}
