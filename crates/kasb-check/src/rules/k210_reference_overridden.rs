//! K210 `reference-overridden`: a repository document replaces one of kasb's reference set.

use std::collections::HashMap;

use kasb_diagnostics::{Data, Diagnostic, Message, declare_rule};
use kasb_i18n::Said as _;
use kasb_load::{LoadedDocument, Workspace};
use kasb_model::FieldPath;

declare_rule! {
    /// kasb carries a reference set (the EQF, national qualifications frameworks, ISCO) that every repository sees without copying it. A repository document with the id of a reference document replaces it: references resolve to the repository's, and the reference one is left out of the graph. That is right for a repository that keeps its own, newer version of a framework, and a surprise otherwise, so kasb says it once, at the repository document's id. A copy whose content is the reference document's (comments and layout aside) replaces nothing and is not reported.
    ///
    /// Failing (a repository file, while kasb's `eqf` has eight levels):
    /// ```yaml
    /// kind: LevelFramework
    /// id: eqf
    /// levels: [...]   # four levels only
    /// ```
    /// Passing: delete the copy and use kasb's `eqf`, keep an identical copy
    /// (`kasb reference export eqf --out frameworks`), or turn the reference set off in
    /// `kasb.toml` (`[reference] enabled = false`) when the repository keeps its own.
    pub static REFERENCE_OVERRIDDEN = Rule {
        code: "K210",
        name: "reference-overridden",
        severity: Info,
        summary: "A repository document has the id of a reference document and replaces it.",
    };
}

/// Leaves out of `reference` every document whose id a document of `own` has (or a file of
/// `own` that did not load declares), and reports each replacement whose content differs.
pub(crate) fn drop_overridden(own: &Workspace, reference: &mut Workspace) -> Vec<Diagnostic> {
    let owned: HashMap<&str, &LoadedDocument> = own
        .documents
        .iter()
        .map(|loaded| (loaded.document.id(), loaded))
        .collect();
    let mut diagnostics = Vec::new();
    let mut keep = Vec::with_capacity(reference.documents.len());
    for loaded in &reference.documents {
        let id = loaded.document.id();
        match owned.get(id) {
            Some(mine) => {
                if mine.document != loaded.document {
                    diagnostics.push(replaced(own, mine, reference, loaded));
                }
                keep.push(false);
            }
            None => keep.push(!own.unloaded_ids.iter().any(|unloaded| unloaded == id)),
        }
    }
    let mut keep = keep.into_iter();
    reference.documents.retain(|_| keep.next().unwrap_or(true));
    diagnostics
}

/// The K210 of the repository's document `mine`, which replaces `theirs` of the reference set.
fn replaced(
    own: &Workspace,
    mine: &LoadedDocument,
    reference: &Workspace,
    theirs: &LoadedDocument,
) -> Diagnostic {
    let id = mine.document.id();
    let id_path = FieldPath::root().key("id");
    kasb_i18n::diagnostic(
        &REFERENCE_OVERRIDDEN,
        own.locate(mine.file, &id_path),
        Message::new("k210-message")
            .with("id", id)
            .with("version", kasb_reference::VERSION),
    )
    .related_said(
        reference.locate(theirs.file, &id_path),
        Message::new("k210-related"),
    )
    .help_said(Message::new("k210-help").with("id", id))
    .with_data(Data::Id { id: id.to_owned() })
}
