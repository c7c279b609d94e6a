//! The rules the loader decides (`K1xx`), one file each: its documentation and where it is found.

// A rule is its file: a `mod` line and an entry in the list below.
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
pub(crate) mod k112_invalid_date;

kasb_diagnostics::rule_files! {
    k100_unreadable_file::UNREADABLE_FILE,
    k101_yaml_syntax::YAML_SYNTAX,
    k102_invalid_type::INVALID_TYPE,
    k103_missing_field::MISSING_FIELD,
    k104_unknown_field::UNKNOWN_FIELD,
    k105_unquoted_scalar::UNQUOTED_SCALAR,
    k106_duplicate_key::DUPLICATE_KEY,
    k107_unknown_kind::UNKNOWN_KIND,
    k108_resource_limit::RESOURCE_LIMIT,
    k109_multiple_documents::MULTIPLE_DOCUMENTS,
    k112_invalid_date::INVALID_DATE,
}
