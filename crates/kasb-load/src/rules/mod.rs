//! The rules the loader decides (`K1xx`), one file each: its documentation and where it is found.

// One line per rule file; the build script lists their rules (`DECLARED`).
pub(crate) mod k100_unreadable_file;
pub(crate) mod k101_yaml_syntax;
pub(crate) mod k102_invalid_type;
pub(crate) mod k103_missing_field;
pub(crate) mod k104_unknown_field;
pub(crate) mod k105_unquoted_scalar;
pub(crate) mod k106_duplicate_key;
pub(crate) mod k107_unknown_kind;
pub(crate) mod k108_resource_limit;
pub(crate) mod k109_multiple_documents;

include!(concat!(env!("OUT_DIR"), "/rules.rs"));
