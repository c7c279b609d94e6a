//! K110 `unknown-suppressed-rule`: a suppression comment naming no rule.

use std::path::Path;

use kasb_diagnostics::{
    Data, Diagnostic, Location, Message, Position, Span, Suggester, declare_rule,
};
use kasb_i18n::Said as _;

use crate::rules;

declare_rule! {
    /// A suppression that names no rule suppresses nothing, so a typo would leave the problem reported and the reader believing it silenced. Name rules by code or kebab-case name.
    ///
    /// Failing:
    /// ```yaml
    /// core: [s/U9] # kasb: ignore[K2020]
    /// ```
    /// Passing:
    /// ```yaml
    /// core: [s/U9] # kasb: ignore[K202]
    /// ```
    pub static UNKNOWN_SUPPRESSED_RULE = Rule {
        code: "K110",
        name: "unknown-suppressed-rule",
        severity: Error,
        summary: "A `# kasb: ignore[...]` comment names a rule that does not exist.",
    };
}

/// The K110 for `rule`, a name in a suppression comment on line `index` (0-based) of `path`
/// that names no rule, with a did-you-mean within the run's `suggester` budget.
pub(crate) fn diagnostic(
    path: &Path,
    index: usize,
    line: &str,
    rule: &str,
    suggester: &mut Suggester,
) -> Diagnostic {
    let byte = rule.as_ptr() as usize - line.as_ptr() as usize;
    let column = line[..byte].chars().count() + 1;
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let start = Position::new(to_u32(index + 1), to_u32(column));
    let end = Position::new(start.line, start.column + to_u32(rule.chars().count()));
    let names = rules::all().iter().flat_map(|r| [r.code, r.name]);
    let help = match suggester.closest(rule, names) {
        Some(near) => Message::new("did-you-mean").with("name", near),
        None => Message::new("k110-help"),
    };
    kasb_i18n::diagnostic(
        &UNKNOWN_SUPPRESSED_RULE,
        Location::new(path, Span::new(start, end)),
        Message::new("k110-message").with("rule", rule),
    )
    .help_said(help)
    .with_data(Data::UnknownRule {
        rule: rule.to_owned(),
    })
}
