//! The rules decided while building the graph (ids, references, levels in their framework), one
//! file each.

// One line per rule file; the build script lists their rules (`DECLARED`).
pub(crate) mod k111_invalid_id;
pub(crate) mod k201_duplicate_id;
pub(crate) mod k202_unresolved_reference;
pub(crate) mod k203_wrong_reference_kind;
pub(crate) mod k301_level_outside_framework;

include!(concat!(env!("OUT_DIR"), "/rules.rs"));
