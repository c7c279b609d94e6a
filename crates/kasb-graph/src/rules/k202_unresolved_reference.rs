//! K202 `unresolved-reference`: a reference to nothing.

use kasb_diagnostics::{Data, Diagnostic, Location};
use kasb_model::NodeKind;

use super::{describe, kind_names};
use kasb_diagnostics::declare_rule;

declare_rule! {
    /// References name a document by id (`kg-nqf`), an item of the same document by id (`WLD-01`) or an item of another document as `document-id/item-id` (`kg-welder/WLD-01.1.1`). Every reference must resolve, or the graph has a hole.
    ///
    /// Failing:
    /// ```yaml
    /// core: [kg-welder/WLD-1]
    /// ```
    /// Passing:
    /// ```yaml
    /// core: [kg-welder/WLD-01]
    /// ```
    pub static UNRESOLVED_REFERENCE = Rule {
        code: "K202",
        name: "unresolved-reference",
        severity: Error,
        summary: "A reference names no document or item.",
    };
}

/// What the graph knows of an unresolved reference's parts, to say which part is wrong.
pub(crate) struct Known {
    /// The reference's `document-id` part names a document.
    pub(crate) document: bool,
    /// `context/reference` names an item.
    pub(crate) in_context: bool,
}

/// The K202 of `reference`, written in document `context`, with `help` (a did-you-mean).
pub(crate) fn diagnose(
    location: Location,
    context: &str,
    reference: &str,
    expected: &[NodeKind],
    known: Known,
    help: String,
) -> Diagnostic {
    let expected_text = describe(expected);
    let message = match reference.split_once('/') {
        Some((document, item)) if known.document => {
            format!("`{document}` has no item `{item}` ({expected_text} is expected)")
        }
        Some((document, _)) if !known.in_context => {
            format!(
                "no document has the id `{document}`, and `{context}` has no item `{reference}`"
            )
        }
        _ => format!("`{reference}` names nothing: {expected_text} is expected"),
    };
    Diagnostic::new(&UNRESOLVED_REFERENCE, location, message)
        .with_help(help)
        .with_data(Data::UnresolvedReference {
            reference: reference.to_owned(),
            expected: kind_names(expected),
        })
}
