//! K112 `invalid-date`: a date that is not a calendar date written `YYYY-MM-DD`.

use kasb_diagnostics::declare_rule;
use kasb_diagnostics::{Data, Diagnostic, Location, Message};
use kasb_model::{DateError, DateReason};

use super::said;

declare_rule! {
    /// Dates (`approved_on`, `valid_from`, `valid_to`, a crosswalk's `date`) are written as ISO 8601 calendar dates, `YYYY-MM-DD`, and must be days of the calendar. `01.01.2026` (day first, as in Russia and Central Asia), `2026/01/01`, a date with a time, `soon` or `2025-13-45` cannot be compared or exported: which document is in force would be a guess. Where the day meant is certain, the message gives its ISO spelling; `01/02/2026` could be either 1 February or 2 January, so it is not guessed.
    ///
    /// Failing:
    /// ```yaml
    /// approval:
    ///   valid_from: "01.01.2026"
    /// ```
    /// Passing:
    /// ```yaml
    /// approval:
    ///   valid_from: "2026-01-01"
    /// ```
    pub static INVALID_DATE = Rule {
        code: "K112",
        name: "invalid-date",
        severity: Error,
        summary: "A date is not a calendar date written YYYY-MM-DD.",
    };
}

/// The K112 of the date `written` at `location`, which [`Date`]'s parser refused with `error`.
pub(crate) fn diagnose(location: Location, written: &str, error: &DateError) -> Diagnostic {
    let help = match error.suggestion() {
        Some(iso) => Message::new("k112-write").with("date", iso),
        None => Message::new("k112-format-help"),
    };
    // The suggestion is the help, so the message says only what is wrong.
    let message = Message::new("k112-message")
        .with("written", written)
        .with("reason", reason(error.why()));
    said(&INVALID_DATE, location, message, help).with_data(Data::Date {
        written: written.to_owned(),
        suggestion: error.suggestion().map(str::to_owned),
    })
}

/// Why a text is no date, as a message.
fn reason(why: &DateReason) -> Message {
    let message = Message::new;
    match why {
        DateReason::Format => message("k112-format-help"),
        DateReason::NoYear(year) => message("k112-no-year").with("year", format!("{year:04}")),
        DateReason::NoMonth(month) => message("k112-no-month").with("month", u32::from(*month)),
        DateReason::NoDay {
            day,
            month,
            year,
            days,
        } => message("k112-no-day")
            .with("day", u32::from(*day))
            .with("month", u32::from(*month))
            .with("year", format!("{year:04}"))
            .with("days", u32::from(*days)),
        DateReason::Spaces => message("k112-spaces"),
        DateReason::TimeOfDay => message("k112-time-of-day"),
        DateReason::NotJoined => message("k112-not-joined"),
        DateReason::TwoDigits => message("k112-two-digits"),
        DateReason::YearFirst => message("k112-year-first"),
        DateReason::DayOrMonth {
            written,
            day_first,
            month_first,
        } => message("k112-day-or-month")
            .with("written", written)
            .with("day_first", day_first.to_string())
            .with("month_first", month_first.to_string()),
        _ => message("k112-reason").with("reason", why.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use kasb_diagnostics::{Position, Span};

    use super::*;
    use crate::{LoadOptions, load_sources};
    use kasb_model::DATE_FORMAT_HELP;

    /// The diagnostics of a crosswalk whose `date` line is `line`.
    fn load_date(line: &str) -> Vec<kasb_diagnostics::Diagnostic> {
        let text = format!(
            "kind: Crosswalk\nformat: 1\nid: cw\ntitle: A crosswalk\nlanguage: en\nsource: a\n\
             target: b\nprovenance:\n  author: A panel\n  {line}\nalignments: []\n"
        );
        load_sources([("cw.yaml", text)], &LoadOptions::default())
            .unwrap()
            .diagnostics
    }

    #[test]
    fn a_date_that_is_not_one_is_located_at_its_value_with_the_iso_spelling() {
        for (line, column, written, suggestion) in [
            ("date: 01.01.2026", 9, "01.01.2026", Some("2026-01-01")),
            ("date: \"31.12.2025\"", 9, "31.12.2025", Some("2025-12-31")),
            ("date: 2026/01/01", 9, "2026/01/01", Some("2026-01-01")),
            ("date: \"20260101\"", 9, "20260101", Some("2026-01-01")),
            (
                "date: 2026-01-01T00:00:00Z",
                9,
                "2026-01-01T00:00:00Z",
                Some("2026-01-01"),
            ),
            ("date: soon", 9, "soon", None),
            ("date: '2025-13-45'", 9, "2025-13-45", None),
            ("date: 01/02/2026", 9, "01/02/2026", None),
            // Unquoted numbers, named as written although YAML reads them as numbers.
            ("date: 20260101", 9, "20260101", Some("2026-01-01")),
            ("date: 2026", 9, "2026", None),
            ("date: 01012026 # day first", 9, "01012026", None),
        ] {
            let diagnostics = load_date(line);
            assert_eq!(diagnostics.len(), 1, "{line}: {diagnostics:?}");
            let found = &diagnostics[0];
            assert_eq!(found.rule.code, "K112", "{line}: {found}");
            assert_eq!(
                found.location.span.map(|span| span.start),
                Some(Position::new(10, column)),
                "{line}: {found}"
            );
            assert!(
                found
                    .message
                    .starts_with(&format!("`{written}` is not a valid date: ")),
                "{line}: {found}"
            );
            let help = suggestion.map_or(DATE_FORMAT_HELP.to_owned(), |iso| format!("write {iso}"));
            assert_eq!(found.help.as_deref(), Some(help.as_str()), "{line}");
            assert_eq!(
                found.data,
                Data::Date {
                    written: written.to_owned(),
                    suggestion: suggestion.map(str::to_owned)
                }
            );
        }
    }

    #[test]
    fn a_list_is_no_date() {
        let diagnostics = load_date("date: [2026, 1, 1]");
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].rule.code, "K102");
        assert!(diagnostics[0].message.contains("a date written YYYY-MM-DD"));
    }

    #[test]
    fn real_dates_load_quoted_or_not() {
        assert!(load_date("date: 2024-02-29").is_empty());
        assert!(load_date("date: \"2026-01-01\"").is_empty());
    }

    #[test]
    fn the_diagnosis_names_the_value_and_what_is_wrong() {
        let at = Location::new(Path::new("f.yaml"), Span::point(Position::new(3, 4)));
        let error = "2025-02-29".parse::<kasb_model::Date>().unwrap_err();
        let found = diagnose(at.clone(), "2025-02-29", &error);
        assert_eq!(found.location, at);
        assert_eq!(
            found.message,
            "`2025-02-29` is not a valid date: there is no day 29 in February 2025 (it has 28 days)"
        );
        assert_eq!(found.help.as_deref(), Some(DATE_FORMAT_HELP));
    }
}
