//! K703 `validity-reversed`: valid-from after valid-to.

use crate::context::Context;
use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{Approval, FieldPath};

declare_rule! {
    /// `valid_from` must not be after `valid_to`.
    ///
    /// Failing:
    /// ```yaml
    /// approval: {valid_from: "2025-01-01", valid_to: "2020-01-01"}
    /// ```
    /// Passing:
    /// ```yaml
    /// approval: {valid_from: "2020-01-01", valid_to: "2025-01-01"}
    /// ```
    pub static VALIDITY_REVERSED = Rule {
        code: "K703",
        name: "validity-reversed",
        severity: Error,
        summary: "A document's validity ends before it starts.",
    };
}

/// Reports an `approval` whose validity ends before it starts.
pub(crate) fn check(context: &mut Context<'_>, index: usize, approval: &Approval) {
    if let (Some(from), Some(to)) = (&approval.valid_from, &approval.valid_to)
        && from > to
    {
        let report = context.say(
            &VALIDITY_REVERSED,
            index,
            &FieldPath::root().key("approval").key("valid_to"),
            Message::new("k703-message")
                .with("valid_to", to.to_string())
                .with("valid_from", from.to_string()),
            Message::new("k703-help"),
        );
        report.data = Data::Validity {
            valid_from: from.to_string(),
            valid_to: to.to_string(),
        };
    }
}
