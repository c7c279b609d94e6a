//! K202 `unresolved-reference`: a reference to nothing.

use kasb_diagnostics::{Arg, Data, Diagnostic, Location, Message};
use kasb_i18n::{Said, diagnostic};
use kasb_model::NodeKind;

use super::kind_names;
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

/// The K202 of `reference`, written in document `context`, with `help` (a did-you-mean, or where to look).
pub(crate) fn diagnose(
    location: Location,
    context: &str,
    reference: &str,
    expected: &[NodeKind],
    known: Known,
    help: Message,
) -> Diagnostic {
    let expected_words = Arg::Words(kind_names(expected));
    let message = match reference.split_once('/') {
        Some((document, item)) if known.document => Message::new("k202-no-item")
            .with("document", document)
            .with("item", item)
            .with("expected", expected_words),
        Some((document, _)) if !known.in_context => Message::new("k202-no-document")
            .with("document", document)
            .with("context", context)
            .with("reference", reference),
        _ => Message::new("k202-nothing")
            .with("reference", reference)
            .with("expected", expected_words),
    };
    diagnostic(&UNRESOLVED_REFERENCE, location, message)
        .help_said(help)
        .with_data(Data::UnresolvedReference {
            reference: reference.to_owned(),
            expected: kind_names(expected),
        })
}
