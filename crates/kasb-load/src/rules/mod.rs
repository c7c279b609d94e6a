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
pub(crate) mod k111_invalid_id;
pub(crate) mod k112_invalid_date;
pub(crate) mod k113_colon_in_text;
pub(crate) mod k114_tab_indentation;
pub(crate) mod k115_wrong_indentation;
pub(crate) mod k116_missing_dash;

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
    k111_invalid_id::INVALID_ID,
    k112_invalid_date::INVALID_DATE,
    k113_colon_in_text::COLON_IN_TEXT,
    k114_tab_indentation::TAB_INDENTATION,
    k115_wrong_indentation::WRONG_INDENTATION,
    k116_missing_dash::MISSING_DASH,
}

/// The K111 of an id outside the grammar, located at its offending character: for
/// `kasb-graph`, which reports it for the ids of loaded documents.
#[doc(hidden)]
pub use k111_invalid_id::diagnose as invalid_id;

/// What the id grammar found, said as a message (K111's words), for the rules that quote it.
#[doc(hidden)]
pub use k111_invalid_id::id_problem;

/// A diagnostic of `rule` at `location` that says `message`, with the fix `help`: rendered in
/// English (`locales/en/loader.ftl`) for the stable text, and kept as ids and arguments so that
/// `kasb check --lang` says it in another language.
pub(crate) fn said(
    rule: &'static kasb_diagnostics::Rule,
    location: kasb_diagnostics::Location,
    message: kasb_diagnostics::Message,
    help: kasb_diagnostics::Message,
) -> kasb_diagnostics::Diagnostic {
    use kasb_i18n::Said as _;
    kasb_i18n::diagnostic(rule, location, message).help_said(help)
}

/// [`said`] for a syntax error, whose data is the problem in English words.
pub(crate) fn said_syntax(
    rule: &'static kasb_diagnostics::Rule,
    location: kasb_diagnostics::Location,
    message: kasb_diagnostics::Message,
    help: kasb_diagnostics::Message,
) -> kasb_diagnostics::Diagnostic {
    let diagnostic = said(rule, location, message, help);
    let problem = diagnostic.message.clone();
    diagnostic.with_data(kasb_diagnostics::Data::Syntax { problem })
}
