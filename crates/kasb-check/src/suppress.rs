//! Applies the configuration to diagnostics: per-rule severity, and inline suppression with
//! `# kasb: ignore[K501]` (on the line, or alone on the line above) or
//! `# kasb: ignore-file[K205]` (anywhere in the file). A comment naming no rule is itself a
//! problem (K110): it would silence nothing.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use kasb_diagnostics::{Data, Diagnostic, SourceText, Suggester};
use kasb_load::Workspace;

use crate::Config;
use crate::rules::{self, k110_unknown_suppressed_rule};

/// Sets each diagnostic's severity from the configuration, drops those of rules turned off or
/// suppressed inline, and reports suppression comments that name no rule (K110). Diagnostics
/// located in a file of kasb's reference set are dropped too: it is not the repository's to
/// fix. With the reference set turned off, an unresolved reference to one of its documents
/// says so.
pub fn apply(
    config: &Config,
    workspace: &Workspace,
    diagnostics: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let sources: &dyn SourceText = workspace;
    // One budget for the did-you-mean of every unknown rule name of the run.
    let mut suggester = Suggester::new(SUGGESTION_BUDGET);
    let unknown: Vec<Diagnostic> = workspace
        .files()
        .iter()
        .filter(|file| !file.is_reference() && file.has_suppressions())
        .filter_map(|file| Some((file.path(), file.text()?)))
        .flat_map(|(path, text)| unknown_rules(path, text, &mut suggester))
        .collect();
    // Each file's comments are read once, when its first diagnostic comes, not per diagnostic.
    let mut suppressions: HashMap<PathBuf, Suppressions> = HashMap::new();
    diagnostics
        .into_iter()
        .chain(unknown)
        .filter_map(|mut diagnostic| {
            diagnostic.severity =
                config.severity(diagnostic.rule.code, diagnostic.rule.severity)?;
            if in_reference(workspace, &diagnostic.location.file) {
                return None;
            }
            if !config.reference.enabled {
                explain_reference_off(&mut diagnostic);
            }
            let file = &diagnostic.location.file;
            if !suppressions.contains_key(file) {
                // Only a file with the mark of a comment is read (a clean file's text is no
                // longer held; reading it back for nothing would cost a read per file).
                let marked = workspace
                    .file_id(file)
                    .is_some_and(|id| workspace.file(id).has_suppressions());
                let found = marked
                    .then(|| sources.text(file).map(Suppressions::of))
                    .flatten()
                    .unwrap_or_default();
                suppressions.insert(file.clone(), found);
            }
            (!suppressions[file].suppress(&diagnostic)).then_some(diagnostic)
        })
        .collect()
}

/// Whether `path` is a file of kasb's reference set.
fn in_reference(workspace: &Workspace, path: &std::path::Path) -> bool {
    workspace
        .file_id(path)
        .is_some_and(|id| workspace.file(id).is_reference())
}

/// An unresolved reference to a document of the reference set, which is turned off, says so.
fn explain_reference_off(diagnostic: &mut Diagnostic) {
    if let Data::UnresolvedReference { reference, .. } = &diagnostic.data
        && let Some(help) = crate::reference::help_when_off(reference)
    {
        diagnostic.help = Some(kasb_i18n::english(&help));
        diagnostic.help_text = Some(help);
    }
}

/// The rules a file's comments suppress, by code: in the whole file, and on each line.
#[derive(Default)]
struct Suppressions {
    whole_file: HashSet<&'static str>,
    /// 1-based line → the codes suppressed on it: named on the line itself, or on a comment
    /// line just above it.
    by_line: HashMap<usize, Vec<&'static str>>,
}

impl Suppressions {
    fn of(text: &str) -> Self {
        let mut found = Self::default();
        if !text.contains(kasb_load::SUPPRESSION_MARK) {
            return found;
        }
        let codes = |list: Vec<&str>| -> Vec<&'static str> {
            list.into_iter()
                .filter_map(|rule| rules::find(rule).map(|found| found.code))
                .collect()
        };
        for (index, line) in text.lines().enumerate() {
            if let Some(list) = directive(line, "ignore-file") {
                found.whole_file.extend(codes(list));
            }
            let Some(list) = directive(line, "ignore") else {
                continue;
            };
            let codes = codes(list);
            let number = index + 1;
            if line.trim_start().starts_with('#') {
                found.by_line.entry(number + 1).or_default().extend(&codes);
            }
            found.by_line.entry(number).or_default().extend(codes);
        }
        found
    }

    fn suppress(&self, diagnostic: &Diagnostic) -> bool {
        let code = diagnostic.rule.code;
        if self.whole_file.contains(code) {
            return true;
        }
        let Some(span) = diagnostic.location.span else {
            return false;
        };
        self.by_line
            .get(&(span.start.line as usize))
            .is_some_and(|codes| codes.contains(&code))
    }
}

/// The work the did-you-mean of all unknown rule names of a run may do (see `Suggester`).
const SUGGESTION_BUDGET: u64 = 20_000_000;

/// A K110 diagnostic for every rule a suppression comment names that does not exist.
fn unknown_rules(path: &std::path::Path, text: &str, suggester: &mut Suggester) -> Vec<Diagnostic> {
    if !text.contains(kasb_load::SUPPRESSION_MARK) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        for name in ["ignore", "ignore-file"] {
            let Some(list) = directive(line, name) else {
                continue;
            };
            for rule in list.into_iter().filter(|rule| rules::find(rule).is_none()) {
                found.push(k110_unknown_suppressed_rule::diagnostic(
                    path, index, line, rule, suggester,
                ));
            }
        }
    }
    found
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
    use crate::rules;
    use kasb_diagnostics::{Diagnostic, Location, Position, Rule, Span};

    use super::{Suppressions, directive};

    fn at(rule: &'static Rule, line: u32) -> Diagnostic {
        let span = Span::point(Position::new(line, 3));
        Diagnostic::new(rule, Location::new("x.yaml", span), "m")
    }

    #[test]
    fn suppressions_are_read_once_and_looked_up_by_line() {
        let text = "a: 1 # kasb: ignore[K202]\n# kasb: ignore[unit-in-no-qualification]\nb: 2\n\
                    c: 3 # kasb: ignore[K999, K501]\nd: 4\n# kasb: ignore-file[K704]\n";
        let found = Suppressions::of(text);
        assert!(found.suppress(&at(&rules::UNRESOLVED_REFERENCE, 1)));
        assert!(!found.suppress(&at(&rules::UNRESOLVED_REFERENCE, 2)));
        assert!(found.suppress(&at(&rules::UNIT_IN_NO_QUALIFICATION, 3)));
        assert!(found.suppress(&at(&rules::CRITERION_NOT_ASSESSED, 4)));
        // A comment after a value applies to its own line only.
        assert!(!found.suppress(&at(&rules::CRITERION_NOT_ASSESSED, 5)));
        assert!(found.suppress(&at(&rules::SUPERSEDED_WITHOUT_REPLACEMENT, 5)));
    }

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
