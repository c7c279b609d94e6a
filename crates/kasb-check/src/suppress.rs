//! Applies the configuration to diagnostics: per-rule severity, and inline suppression with
//! `# kasb: ignore[K501]` (on the line, or alone on the line above) or
//! `# kasb: ignore-file[K205]` (anywhere in the file).

use kasb_diagnostics::{Diagnostic, SourceText, rules};

use crate::Config;

/// Sets each diagnostic's severity from the configuration, and drops those of rules turned
/// off or suppressed inline.
pub fn apply(
    config: &Config,
    sources: &dyn SourceText,
    diagnostics: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    diagnostics
        .into_iter()
        .filter_map(|mut diagnostic| {
            diagnostic.severity =
                config.severity(diagnostic.rule.code, diagnostic.rule.severity)?;
            (!suppressed(&diagnostic, sources)).then_some(diagnostic)
        })
        .collect()
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
