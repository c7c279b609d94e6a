//! kasb's reference set (`kasb_reference`) beside a repository: loading it, deciding which of
//! its documents the repository replaces (K210), and joining it to the repository's workspace.
//! Diagnostics located in a reference file never reach a report ([`crate::apply`] drops them):
//! the set is checked in kasb's own tests, and is not the repository's to fix.

use kasb_diagnostics::{Diagnostic, Message};
use kasb_load::{LoadError, LoadOptions, Workspace};

use crate::Config;
use crate::rules::k210_reference_overridden;

/// The reference set alone, its files marked as reference files, loaded under their display
/// paths (`<kasb reference 2026.1>/frameworks/eqf.yaml`) with the loader's default limits,
/// since its size is kasb's, not the repository's.
pub fn load() -> Workspace {
    let sources = kasb_reference::FILES
        .iter()
        .map(|file| (file.display_path(), file.text));
    // The display paths are unique (the set's file paths under one root) and the empty
    // workspace has none, so neither step can fail; an empty workspace is the honest fallback.
    kasb_load::load_sources(sources, &LoadOptions::default())
        .and_then(|set| Workspace::default().with_reference(set))
        .unwrap_or_default()
}

/// `own` (a repository's loaded files) with the reference set joined to it when `config`
/// turns it on, and the K210 infos of the reference documents it replaces.
///
/// # Errors
/// When a file of `own` has the path of a reference file (a directory named like
/// `<kasb reference 2026.1>`).
pub fn join(own: Workspace, config: &Config) -> Result<(Workspace, Vec<Diagnostic>), LoadError> {
    if !config.reference.enabled {
        return Ok((own, Vec::new()));
    }
    let mut reference = load();
    let diagnostics = k210_reference_overridden::drop_overridden(&own, &mut reference);
    Ok((own.with_reference(reference)?, diagnostics))
}

/// The help of an unresolved reference to a document of the reference set while `kasb.toml`
/// turns the set off.
pub(crate) fn help_when_off(reference: &str) -> Option<Message> {
    let document = reference
        .split_once('/')
        .map_or(reference, |(document, _)| document);
    kasb_reference::find(document)
        .map(|_| Message::new("k202-help-reference-off").with("document", document.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ids_of_the_set_get_the_turned_off_help() {
        let help = kasb_i18n::english(&help_when_off("kg-nqf/4").expect("kg-nqf is in the set"));
        assert!(
            help.starts_with("`kg-nqf` is in kasb's reference set"),
            "{help}"
        );
        assert!(help_when_off("eqf").is_some());
        assert!(help_when_off("kg-welder/WLD-01").is_none());
        assert!(help_when_off("").is_none());
    }

    #[test]
    fn turned_off_the_set_adds_nothing() {
        let own = kasb_load::load_sources([("a.yaml", "kind: Nope\n")], &LoadOptions::default())
            .unwrap_or_else(|error| panic!("{error}"));
        let config = Config {
            reference: crate::Reference::disabled(),
            ..Config::default()
        };
        let (joined, replaced) = join(own, &config).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(joined.files().len(), 1);
        assert!(replaced.is_empty());
        let (joined, _) = join(Workspace::default(), &Config::default())
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(joined.files().len(), kasb_reference::FILES.len());
        assert_eq!(
            joined.documents.len(),
            kasb_reference::FILES.len(),
            "every file loads"
        );
    }
}
