//! Applies the configuration to diagnostics: per-rule severity, and inline suppression with
//! `# kasb: ignore[K501]` (on the line, or alone on the line above) or
//! `# kasb: ignore-file[K205]` (anywhere in the file). A comment naming no rule is itself a
//! problem (K110): it would silence nothing.

use kasb_diagnostics::{Diagnostic, Location, Position, SourceText, Span, rules};
use kasb_load::Workspace;

use crate::Config;

/// Sets each diagnostic's severity from the configuration, drops those of rules turned off or
/// suppressed inline, and reports suppression comments that name no rule (K110).
pub fn apply(
    config: &Config,
    workspace: &Workspace,
    diagnostics: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let sources: &dyn SourceText = workspace;
    let unknown = workspace
        .files
        .iter()
        .flat_map(|file| unknown_rules(file.path(), file.text()));
    diagnostics
        .into_iter()
        .chain(unknown)
        .filter_map(|mut diagnostic| {
            diagnostic.severity =
                config.severity(diagnostic.rule.code, diagnostic.rule.severity)?;
            (!suppressed(&diagnostic, sources)).then_some(diagnostic)
        })
        .collect()
}

/// A K110 diagnostic for every rule a suppression comment names that does not exist.
fn unknown_rules(path: &std::path::Path, text: &str) -> Vec<Diagnostic> {
    if !text.contains("kasb: ignore") {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        for name in ["ignore", "ignore-file"] {
            let Some(list) = directive(line, name) else {
                continue;
            };
            for rule in list.into_iter().filter(|rule| rules::find(rule).is_none()) {
                let byte = rule.as_ptr() as usize - line.as_ptr() as usize;
                let column = line[..byte].chars().count() + 1;
                let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                let start = Position::new(to_u32(index + 1), to_u32(column));
                let end = Position::new(start.line, start.column + to_u32(rule.chars().count()));
                let names = rules::ALL.iter().flat_map(|r| [r.code, r.name]);
                let help = match kasb_diagnostics::closest(rule, names) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "name a rule by code or name; `kasb rules` lists them".to_owned(),
                };
                found.push(
                    Diagnostic::new(
                        &rules::UNKNOWN_SUPPRESSED_RULE,
                        Location::new(path, Span::new(start, end)),
                        format!("`{rule}` is not a rule, so this comment suppresses nothing"),
                    )
                    .with_help(help),
                );
            }
        }
    }
    found
}

fn suppressed(diagnostic: &Diagnostic, sources: &dyn SourceText) -> bool {
    let Some(text) = sources.text(&diagnostic.location.file) else {
        return false;
    };
    if !text.contains("kasb: ignore") {
        return false;
    }
    let names =
        |rule: &str| rules::find(rule).is_some_and(|found| found.code == diagnostic.rule.code);
    if text.lines().any(|line| {
        directive(line, "ignore-file").is_some_and(|list| list.iter().any(|r| names(r)))
    }) {
        return true;
    }
    let Some(span) = diagnostic.location.span else {
        return false;
    };
    let line = span.start.line as usize;
    let mut lines = text.lines().skip(line.saturating_sub(2));
    let above = if line >= 2 { lines.next() } else { None };
    let here = lines.next();
    let on_line = here.and_then(|line| directive(line, "ignore"));
    let on_line_above = above
        .filter(|line| line.trim_start().starts_with('#'))
        .and_then(|line| directive(line, "ignore"));
    on_line
        .into_iter()
        .chain(on_line_above)
        .flatten()
        .any(names)
}

/// The rules listed by `# kasb: NAME[A, B]` in a line.
fn directive<'a>(line: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let marker = format!("kasb: {name}[");
    let start = line.find(&marker)? + marker.len();
    let end = start + line[start..].find(']')?;
    Some(
        line[start..end]
            .split(',')
            .map(str::trim)
            .filter(|rule| !rule.is_empty())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::directive;

    #[test]
    fn reads_the_rules_of_a_directive() {
        assert_eq!(
            directive(
                "id: x # kasb: ignore[K501, unit-in-no-qualification]",
                "ignore"
            ),
            Some(vec!["K501", "unit-in-no-qualification"])
        );
        assert_eq!(directive("# kasb: ignore-file[K205]", "ignore"), None);
        assert_eq!(
            directive("# kasb: ignore-file[K205]", "ignore-file"),
            Some(vec!["K205"])
        );
    }
}
