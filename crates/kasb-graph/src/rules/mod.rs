//! The rules decided while building the graph (ids, references, levels in their framework), one
//! file each.

// A rule is its file: a `mod` line and an entry in the list below.
pub(crate) mod k201_duplicate_id;
pub(crate) mod k202_unresolved_reference;
pub(crate) mod k203_wrong_reference_kind;
pub(crate) mod k301_level_outside_framework;

// K111 (invalid-id), reported here for the ids of loaded documents, is declared in
// kasb-load, which reports it for the documents that do not load.
kasb_diagnostics::rule_files! {
    k201_duplicate_id::DUPLICATE_ID,
    k202_unresolved_reference::UNRESOLVED_REFERENCE,
    k203_wrong_reference_kind::WRONG_REFERENCE_KIND,
    k301_level_outside_framework::LEVEL_OUTSIDE_FRAMEWORK,
}

use kasb_model::NodeKind;

/// The machine names of `kinds`, for a diagnostic's data.
fn kind_names(kinds: &[NodeKind]) -> Vec<&'static str> {
    kinds.iter().map(|kind| kind.as_str()).collect()
}
