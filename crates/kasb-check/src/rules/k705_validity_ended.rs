//! K705 `validity-ended`: a document in force whose `valid_to` is before the date of the check.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{Approval, FieldPath, Status};

use crate::context::Context;

declare_rule! {
    /// A standard, qualification or framework whose `approval.valid_to` has passed is no longer in force, yet nothing else in the repository says so: it is still listed, compared and awarded against. The check date is today (UTC) unless `kasb.toml` sets `[check] date = "2026-12-01"` (for output that does not change with the calendar). Documents marked `superseded` or `withdrawn` already say they are out of force and are not reported; nor is a validity that ends before it starts (K703).
    ///
    /// Failing (checked on 2026-12-01):
    /// ```yaml
    /// status: approved
    /// approval: {valid_from: "2020-01-01", valid_to: "2025-12-31"}
    /// ```
    /// Passing: renew it (`valid_to: "2030-12-31"`), or say it is out of force:
    /// ```yaml
    /// status: superseded
    /// replaced_by: kg-welder-2026
    /// ```
    pub static VALIDITY_ENDED = Rule {
        code: "K705",
        name: "validity-ended",
        severity: Info,
        summary: "A document's validity ended before the date of the check.",
    };
}

/// Reports `approval`'s `valid_to` when it is before the check date, for a document whose
/// `status` (none for a framework) does not already say it is out of force.
pub(crate) fn check(
    context: &mut Context<'_>,
    index: usize,
    status: Option<Status>,
    approval: &Approval,
) {
    let Some(valid_to) = approval.valid_to else {
        return;
    };
    let out_of_force = matches!(status, Some(Status::Superseded | Status::Withdrawn));
    let reversed = approval.valid_from.is_some_and(|from| from > valid_to);
    let today = context.check_date;
    if out_of_force || reversed || valid_to >= today {
        return;
    }
    context
        .say(
            &VALIDITY_ENDED,
            index,
            &FieldPath::root().key("approval").key("valid_to"),
            Message::new("k705-message")
                .with("valid_to", valid_to.to_string())
                .with("today", today.to_string()),
            Message::new("k705-help"),
        )
        .data = Data::Expired {
        valid_to: valid_to.to_string(),
        checked_on: today.to_string(),
    };
}
