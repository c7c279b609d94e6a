//! K601 `unknown-isco-code`: an ISCO code that does not exist.

use kasb_diagnostics::{Message, declare_rule};
use kasb_model::FieldPath;

use crate::codes::{ISCO_SCHEME, code_data};
use crate::context::Context;

declare_rule! {
    /// `isco` takes an ISCO-08 unit group: four digits that exist in the classification.
    ///
    /// Failing:
    /// ```yaml
    /// isco: "7219"
    /// ```
    /// Passing:
    /// ```yaml
    /// isco: "7212"
    /// ```
    pub static UNKNOWN_ISCO_CODE = Rule {
        code: "K601",
        name: "unknown-isco-code",
        severity: Error,
        summary: "An ISCO-08 code does not exist.",
    };
}

/// Reports `code`, which is no ISCO-08 code, with the `near`est unit group if any.
pub(crate) fn report(
    context: &mut Context<'_>,
    index: usize,
    path: &FieldPath,
    code: &str,
    near: Option<&str>,
) {
    let help = match near {
        Some(near) => Message::new("k601-did-you-mean").with("code", near),
        // True wherever the repository is: the classification is kasb's, not the user's file.
        None => Message::new("k601-help"),
    };
    context
        .say(
            &UNKNOWN_ISCO_CODE,
            index,
            path,
            Message::new("k601-message").with("code", code),
            help,
        )
        .data = code_data(code, ISCO_SCHEME);
}
