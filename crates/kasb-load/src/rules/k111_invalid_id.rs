//! K111 `invalid-id`: an id outside the id grammar.
//!
//! Declared here, where the loader reports it for the ids of a document that does not load
//! (beside its other problems); `kasb-graph` reports it for the ids of loaded documents.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};
use kasb_model::id::IdError;

use super::said;

declare_rule! {
    /// Ids name documents and items in references, file names and exported URIs, so they keep to a small grammar: Latin letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit, at most 128 characters; an item id may also hold `/` between such segments (`A/01.3`), a document id may not (`/` separates it from an item id). No spaces, control characters, `..`, or letters of other scripts that look Latin (Cyrillic `Е` in `ЕLC-01`).
    ///
    /// Failing:
    /// ```yaml
    /// id: ../outside
    /// ```
    /// Passing:
    /// ```yaml
    /// id: kg-welder
    /// ```
    pub static INVALID_ID = Rule {
        code: "K111",
        name: "invalid-id",
        severity: Error,
        summary: "An id uses a character or a shape that ids may not have.",
    };
}

/// The K111 of `id`, located at its offending character, as `check_id` found it.
pub fn diagnose(location: Location, id: &str, error: &IdError) -> Diagnostic {
    let help = match &error.suggestion {
        Some(fixed) => Message::new("did-you-mean").with("name", fixed),
        None => Message::new("k111-help"),
    };
    // The grammar's finding is English words of kasb-model (`IdError::message`).
    let message = Message::new("k111-message")
        .with("problem", &error.message)
        .with("position", error.position);
    said(&INVALID_ID, location, message, help).with_data(Data::Id { id: id.to_owned() })
}
