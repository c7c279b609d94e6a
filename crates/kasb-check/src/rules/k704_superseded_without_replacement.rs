//! K704 `superseded-without-replacement`: superseded without a replacement.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{Document, FieldPath, Status};

use crate::context::Context;

declare_rule! {
    /// `status: superseded` tells users to move on; `replaced_by` tells them where to.
    ///
    /// Failing:
    /// ```yaml
    /// status: superseded
    /// ```
    /// Passing:
    /// ```yaml
    /// status: superseded
    /// replaced_by: kg-welder-2025
    /// ```
    pub static SUPERSEDED_WITHOUT_REPLACEMENT = Rule {
        code: "K704",
        name: "superseded-without-replacement",
        severity: Warning,
        summary: "A document is superseded but names no replacement.",
    };
}

/// Reports a superseded `document` that names no replacement.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    document: &Document,
    status: Option<Status>,
    replaced_by: Option<&String>,
) {
    if status == Some(Status::Superseded) && replaced_by.is_none() {
        let report = context.say(
            &SUPERSEDED_WITHOUT_REPLACEMENT,
            index,
            &FieldPath::root().key("status"),
            Message::new("k704-message").with("document", document.id()),
            Message::new("k704-help"),
        );
        report.data = Data::Id {
            id: document.id().to_owned(),
        };
    }
}
