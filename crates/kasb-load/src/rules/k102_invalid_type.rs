//! K102 `invalid-type`: a value has the wrong type.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};
use kasb_i18n::english;

use super::said;

use crate::validate::Expectation;

declare_rule! {
    /// Every field has a type: text, a number, a list, a mapping, or one of a few values (`status: approved`). A value of another type cannot be read; the message says what the field takes and the help shows how to write it (a list: each item on its own line starting with `- `; a mapping: `key: value` lines indented under the field). Numbers must be finite and within their field's range.
    ///
    /// Failing:
    /// ```yaml
    /// level: four
    /// ```
    /// Passing:
    /// ```yaml
    /// level: 4
    /// ```
    pub static INVALID_TYPE = Rule {
        code: "K102",
        name: "invalid-type",
        severity: Error,
        summary: "A value has the wrong type for its field.",
    };
}

/// The K102 of a value of another type than its field's: what the field expects here and
/// how to write it. `found` says in words what was written; `written` is the value as
/// written for a scalar, `a list` or `a mapping` for a collection (the data's `found`).
pub(crate) fn wrong_type(
    location: Location,
    expectation: &Expectation<'_>,
    found: Message,
    written: &str,
) -> Diagnostic {
    let expected = expectation.expected.clone();
    let message = match expectation.field {
        Some(field) => Message::new("k102-field-takes").with("field", field),
        None => Message::new("k102-expected-here"),
    };
    let message = message.with("expected", expected).with("found", found);
    said(
        &INVALID_TYPE,
        location,
        message,
        expectation.example.clone(),
    )
    .with_data(typed(english(&expectation.expected), Some(written)))
}

/// The K102 of an empty value where text is required.
pub(crate) fn empty(location: Location, field: Option<&str>) -> Diagnostic {
    let message = match field {
        Some(field) => Message::new("k102-empty-field").with("field", field),
        None => Message::new("k102-empty"),
    };
    said(
        &INVALID_TYPE,
        location,
        message,
        Message::new("k102-empty-help"),
    )
    .with_data(typed("a string", Some("null")))
}

/// The K102 of a value that is not one of the field's values.
pub(crate) fn not_a_value(
    location: Location,
    written: &str,
    values: &[&str],
    suggestion: Option<&str>,
) -> Diagnostic {
    let help = match suggestion {
        Some(name) => Message::new("did-you-mean").with("name", name),
        None => Message::new("use-one-of").with("names", values.join(", ")),
    };
    let message = Message::new("k102-unknown-value").with("written", written);
    said(&INVALID_TYPE, location, message, help).with_data(typed(values.join(", "), Some(written)))
}

/// The K102 of a number outside its field's range, or not finite (`value`, as YAML reads
/// `written`).
pub(crate) fn out_of_range(
    location: Location,
    written: &str,
    value: f64,
    (min, max): (f64, f64),
    whole: bool,
) -> Diagnostic {
    let what = if whole {
        "k102-whole-number-range"
    } else {
        "k102-finite-number-range"
    };
    let range = Message::new(what)
        .with("min", min.to_string())
        .with("max", max.to_string());
    // The non-finite numbers in one spelling whatever the case written, as the model says them.
    let shown = if value.is_nan() {
        Message::new("k102-nan")
    } else if value.is_infinite() {
        let sign = if value < 0.0 { "-" } else { "" };
        Message::new("k102-infinite").with("sign", sign)
    } else {
        Message::new("k102-as-written").with("written", written)
    };
    let data = typed(english(&range), Some(written));
    let message = Message::new("k102-out-of-range")
        .with("shown", shown)
        .with("range", range);
    said(
        &INVALID_TYPE,
        location,
        message,
        Message::new("k102-out-of-range-help"),
    )
    .with_data(data)
}

/// The K102 of a value the typed model refuses for a reason the schema does not spell out,
/// in the model's own words (`problem`, English).
pub(crate) fn unreadable(location: Location, problem: String) -> Diagnostic {
    let message = Message::new("k102-model-refuses").with("problem", problem);
    said(
        &INVALID_TYPE,
        location,
        message,
        Message::new("k102-model-refuses-help"),
    )
    .with_data(typed("a value of the field's type", None::<&str>))
}

/// The K102 of a value or key with a type tag (`!!int`, `!custom`) where text is expected.
pub(crate) fn tagged(location: Location, tag: &str, field: Option<&str>) -> Diagnostic {
    let message = match field {
        Some(field) => Message::new("k102-tag-field").with("field", field),
        None => Message::new("k102-tag"),
    };
    said(
        &INVALID_TYPE,
        location,
        message.with("tag", tag),
        Message::new("k102-tag-help"),
    )
    .with_data(typed("text", Some(format!("!{tag}"))))
}

/// The K102 of a key that is a list or a mapping rather than a name.
pub(crate) fn key_not_a_name(location: Location) -> Diagnostic {
    said(
        &INVALID_TYPE,
        location,
        Message::new("k102-key-not-a-name"),
        Message::new("k102-key-not-a-name-help"),
    )
    .with_data(typed("a name", None::<&str>))
}

/// The data of a K102: what the field takes and, when known, what it was given.
fn typed(expected: impl ToString, found: Option<impl ToString>) -> Data {
    Data::InvalidType {
        expected: expected.to_string(),
        found: found.map(|found| found.to_string()),
    }
}
