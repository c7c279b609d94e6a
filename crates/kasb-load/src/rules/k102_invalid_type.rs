//! K102 `invalid-type`: a value has the wrong type.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location};

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
    found: &str,
    written: &str,
) -> Diagnostic {
    let message = match expectation.field {
        Some(field) => format!(
            "`{field}` takes {}, but here it is {found}",
            expectation.expected
        ),
        None => format!(
            "{} is expected here, but this is {found}",
            expectation.expected
        ),
    };
    Diagnostic::new(&INVALID_TYPE, location, message)
        .with_help(expectation.example.clone())
        .with_data(typed(&expectation.expected, Some(written)))
}

/// The K102 of an empty value where text is required.
pub(crate) fn empty(location: Location, field: Option<&str>) -> Diagnostic {
    let message = match field {
        Some(field) => format!("`{field}` is empty, but text is required"),
        None => "this value is empty, but text is required".to_owned(),
    };
    Diagnostic::new(&INVALID_TYPE, location, message)
        .with_help("write the text, or remove the field if it is optional")
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
        Some(name) => format!("did you mean `{name}`?"),
        None => format!("use one of: {}", values.join(", ")),
    };
    Diagnostic::new(
        &INVALID_TYPE,
        location,
        format!("unknown value `{written}`"),
    )
    .with_help(help)
    .with_data(typed(values.join(", "), Some(written)))
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
        "a whole number"
    } else {
        "a finite number"
    };
    // The non-finite numbers in one spelling whatever the case written, as the model says them.
    let shown = if value.is_nan() {
        "`.nan` (not a number)".to_owned()
    } else if value.is_infinite() {
        let sign = if value < 0.0 { "-" } else { "" };
        format!("`{sign}.inf` (infinite)")
    } else {
        format!("`{written}`")
    };
    let message = format!("{shown} is not allowed here: the value is {what} from {min} to {max}");
    Diagnostic::new(&INVALID_TYPE, location, message)
        .with_help("write a number within the range, without quotes")
        .with_data(typed(format!("{what} from {min} to {max}"), Some(written)))
}

/// The K102 of a value the typed model refuses for a reason the schema does not spell out,
/// in the model's own words.
pub(crate) fn unreadable(location: Location, problem: String) -> Diagnostic {
    Diagnostic::new(&INVALID_TYPE, location, problem)
        .with_help("check the field's type and allowed values in schemas/")
        .with_data(typed("a value of the field's type", None::<&str>))
}

/// The K102 of a value or key with a type tag (`!!int`, `!custom`) where text is expected.
pub(crate) fn tagged(location: Location, tag: &str, field: Option<&str>) -> Diagnostic {
    let what = match field {
        Some(field) => format!("`{field}` takes text"),
        None => "text is expected here".to_owned(),
    };
    Diagnostic::new(
        &INVALID_TYPE,
        location,
        format!("the tag `!{tag}` asks YAML to read this as another type, but {what}"),
    )
    .with_help("remove the tag, and quote the text if YAML would read it as a number or yes/no")
    .with_data(typed("text", Some(format!("!{tag}"))))
}

/// The K102 of a key that is a list or a mapping rather than a name.
pub(crate) fn key_not_a_name(location: Location) -> Diagnostic {
    Diagnostic::new(
        &INVALID_TYPE,
        location,
        "a key must be a name, not a list or a mapping",
    )
    .with_help("write the key as a plain name followed by `: `")
    .with_data(typed("a name", None::<&str>))
}

/// Words for a Rust scalar type, as a standards officer would say them.
/// The data of a K102: what the field takes and, when known, what it was given.
fn typed(expected: impl ToString, found: Option<impl ToString>) -> Data {
    Data::InvalidType {
        expected: expected.to_string(),
        found: found.map(|found| found.to_string()),
    }
}
