//! Calendar dates, written as ISO 8601 `YYYY-MM-DD`.
//!
//! Dates decide validity (K703 compares `valid_from` with `valid_to`) and travel to other
//! formats, so they are typed: a [`Date`] is a real day of the Gregorian calendar, from
//! 0001-01-01 to 9999-12-31, and compares by value. Anything else is a [`DateError`] that says
//! what is wrong in an author's words and, when the intended day is certain (`01.01.2026`, the
//! day-month-year order of Russia and Central Asia; `2026/01/01`; `20260101`; a date with a
//! time), the ISO spelling to write instead.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

/// How a date is written in kasb files, for messages.
pub const DATE_FORMAT_HELP: &str = "write the date as YYYY-MM-DD, for example 2026-01-01";

/// A day of the Gregorian calendar, written `YYYY-MM-DD` (ISO 8601), from 0001-01-01 to
/// 9999-12-31. Ordered by value: earlier dates are smaller.
///
/// ```
/// use kasb_model::Date;
///
/// let date: Date = "2024-02-29".parse().unwrap();
/// assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
/// assert!(date < "2024-03-01".parse().unwrap());
/// let error = "01.01.2026".parse::<Date>().unwrap_err();
/// assert_eq!(error.suggestion(), Some("2026-01-01"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // In this order, so that the derived `Ord` is the calendar's.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text or numbers are not a date, in words for an author, and the ISO spelling meant
/// when that is certain.
///
/// It displays as its reason followed by the suggestion, if any: "dates are written year
/// first, YYYY-MM-DD: write 2026-01-01".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{reason}{}", suggestion.as_ref().map(|iso| format!(": write {iso}")).unwrap_or_default())]
pub struct DateError {
    reason: String,
    why: DateReason,
    suggestion: Option<String>,
}

/// Why a text or numbers are not a date, as data (for a message in another language); its
/// `Display` is [`DateError::reason`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateReason {
    /// Not a date at all: [`DATE_FORMAT_HELP`].
    Format,
    /// A year outside 0001–9999.
    NoYear(u16),
    /// A month outside 01–12.
    NoMonth(u8),
    /// A day its month does not have; the month has `days`.
    NoDay {
        /// The day written.
        day: u8,
        /// The month, 1 to 12.
        month: u8,
        /// The year.
        year: u16,
        /// How many days the month has that year.
        days: u8,
    },
    /// Spaces around a date.
    Spaces,
    /// A time of day after the date.
    TimeOfDay,
    /// `20260101`: parts not joined by `-`.
    NotJoined,
    /// `2026/1/1`: one-digit parts or other separators.
    TwoDigits,
    /// `01.01.2026`: not year first.
    YearFirst,
    /// `01/02/2026`, which reads as two dates: `written`, day first, month first.
    DayOrMonth {
        /// The date as written.
        written: String,
        /// The day read first.
        day_first: Date,
        /// The month read first.
        month_first: Date,
    },
}

impl fmt::Display for DateReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const YEAR_FIRST: &str = "dates are written year first, YYYY-MM-DD";
        match self {
            DateReason::Format => f.write_str(DATE_FORMAT_HELP),
            DateReason::NoYear(year) => {
                write!(
                    f,
                    "there is no year {year:04} (years run from 0001 to 9999)"
                )
            }
            DateReason::NoMonth(month) => {
                write!(f, "there is no month {month} (months run from 01 to 12)")
            }
            DateReason::NoDay {
                day,
                month,
                year,
                days,
            } => {
                let name = MONTHS[usize::from(*month - 1)];
                write!(
                    f,
                    "there is no day {day} in {name} {year:04} (it has {days} days)"
                )
            }
            DateReason::Spaces => f.write_str("a date has no spaces around it"),
            DateReason::TimeOfDay => f.write_str("a date has no time of day"),
            DateReason::NotJoined => f.write_str("the parts of a date are joined by `-`"),
            DateReason::TwoDigits => f.write_str(
                "dates are written YYYY-MM-DD, with two-digit months and days joined by `-`",
            ),
            DateReason::YearFirst => f.write_str(YEAR_FIRST),
            DateReason::DayOrMonth {
                written,
                day_first,
                month_first,
            } => write!(
                f,
                "the day and month of `{written}` cannot be told apart: {YEAR_FIRST}, so write \
                 {day_first} if the day comes first or {month_first} if the month does"
            ),
        }
    }
}

impl DateError {
    fn new(why: DateReason) -> Self {
        Self {
            reason: why.to_string(),
            why,
            suggestion: None,
        }
    }

    /// What is wrong, such as "there is no month 13", without the suggestion.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// What is wrong, as data.
    pub fn why(&self) -> &DateReason {
        &self.why
    }

    /// The date as it should be written (`2026-01-01`), when the intended day is certain.
    pub fn suggestion(&self) -> Option<&str> {
        self.suggestion.as_deref()
    }
}

impl Date {
    /// The date `year`-`month`-`day`, when it is a day of the calendar.
    ///
    /// # Errors
    /// A year outside 1–9999, a month outside 1–12, or a day its month does not have.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::new(DateReason::NoYear(year)));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::new(DateReason::NoMonth(month)));
        }
        let days = days_in_month(year, month);
        if day == 0 || day > days {
            return Err(DateError::new(DateReason::NoDay {
                day,
                month,
                year,
                days,
            }));
        }
        Ok(Date { year, month, day })
    }

    /// The year, 1 to 9999.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads exactly `YYYY-MM-DD`; anything else is an error that says why, with the ISO
    /// spelling when the day meant is certain.
    fn from_str(text: &str) -> Result<Date, DateError> {
        match iso_parts(text) {
            Some((year, month, day)) => Date::new(year, month, day),
            None => Err(misspelt(text)),
        }
    }
}

/// The numbers of `YYYY-MM-DD`, when `text` has exactly that shape.
fn iso_parts(text: &str) -> Option<(u16, u8, u8)> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| bytes[i].is_ascii_digit());
    if !shape {
        return None;
    }
    Some((
        text[..4].parse().ok()?,
        text[5..7].parse().ok()?,
        text[8..].parse().ok()?,
    ))
}

/// The error for a text that is not shaped `YYYY-MM-DD`: what the author seems to have meant.
fn misspelt(text: &str) -> DateError {
    let trimmed = text.trim();
    if trimmed != text && iso_parts(trimmed).is_some() {
        return certain(trimmed.parse(), DateReason::Spaces);
    }
    if let Some((date, rest)) = trimmed.split_at_checked(10)
        && iso_parts(date).is_some()
        && rest.starts_with(['T', 't', ' '])
    {
        return certain(date.parse(), DateReason::TimeOfDay);
    }
    numeric(trimmed).unwrap_or_else(|| DateError::new(DateReason::Format))
}

/// The error for a text whose date part is `date`: its ISO spelling, or why it is no date.
fn certain(date: Result<Date, DateError>, why: DateReason) -> DateError {
    match date {
        Ok(date) => suggest(date, why),
        Err(error) => error,
    }
}

/// The error for a date written with numbers in another order or with other separators.
fn numeric(text: &str) -> Option<DateError> {
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) {
        let (year, month, day) = (&text[..4], &text[4..6], &text[6..]);
        return Some(spelled(year, month, day, DateReason::NotJoined));
    }
    let separator = text.chars().find(|c| matches!(c, '.' | '/' | '-' | ' '))?;
    // At most four parts: a fourth means the text is no date, however long it is.
    let parts: Vec<&str> = text.splitn(4, separator).collect();
    let [first, second, third] = parts[..] else {
        return None;
    };
    let digits = |part: &str, lengths: &[usize]| {
        lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    if digits(first, &[4]) && digits(second, &[1, 2]) && digits(third, &[1, 2]) {
        return Some(spelled(first, second, third, DateReason::TwoDigits));
    }
    if !(digits(first, &[1, 2]) && digits(second, &[1, 2]) && digits(third, &[4])) {
        return None;
    }
    Some(if separator == '.' {
        spelled(third, second, first, DateReason::YearFirst)
    } else {
        day_or_month_first(first, second, third, separator)
    })
}

/// `01/02/2026`: day first (Europe) or month first (USA). Suggested only when one reading
/// alone is a date or both read the same.
fn day_or_month_first(first: &str, second: &str, year: &str, separator: char) -> DateError {
    let date = |month: &str, day: &str| {
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
    };
    let (day_first, month_first) = (date(second, first), date(first, second));
    match (day_first, month_first) {
        (Some(day_first), Some(month_first)) if day_first != month_first => {
            DateError::new(DateReason::DayOrMonth {
                written: format!("{first}{separator}{second}{separator}{year}"),
                day_first,
                month_first,
            })
        }
        (Some(date), _) | (None, Some(date)) => suggest(date, DateReason::YearFirst),
        (None, None) => DateError::new(DateReason::Format),
    }
}

/// The error for a date whose parts are known: the ISO spelling when they make a date, or why
/// they do not.
fn spelled(year: &str, month: &str, day: &str, why: DateReason) -> DateError {
    let parsed = (year.parse(), month.parse(), day.parse());
    let (Ok(year), Ok(month), Ok(day)) = parsed else {
        return DateError::new(DateReason::Format);
    };
    certain(Date::new(year, month, day), why)
}

/// The error that says `why` and suggests `date`.
fn suggest(date: Date, why: DateReason) -> DateError {
    DateError {
        suggestion: Some(date.to_string()),
        ..DateError::new(why)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Any scalar, so that an unquoted `20260101` or `2026` is told what a date looks
        // like, rather than to quote it and then be told.
        deserializer.deserialize_any(DateVisitor)
    }
}

struct DateVisitor;

impl DateVisitor {
    fn read<E: de::Error>(text: &str) -> Result<Date, E> {
        text.parse()
            .map_err(|error: DateError| E::custom(not_a_date(text, &error)))
    }
}

impl de::Visitor<'_> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
        Self::read(text)
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Date, E> {
        Self::read(&number.to_string())
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Date, E> {
        Self::read(&number.to_string())
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Date, E> {
        Self::read(&number.to_string())
    }
}

/// The message of a value that is not a date: names the value and says what is wrong. The
/// loader recognises a date error by its [`NOT_A_DATE`] marker.
pub fn not_a_date(written: &str, error: &DateError) -> String {
    format!("`{written}`{NOT_A_DATE}{error}")
}

/// What joins the value and the reason in [`not_a_date`].
pub const NOT_A_DATE: &str = " is not a valid date: ";

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar date, YYYY-MM-DD (ISO 8601), from 0001-01-01 to 9999-12-31.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> DateError {
        text.parse::<Date>().expect_err(text)
    }

    #[test]
    fn reads_iso_dates_and_orders_them_by_value() {
        let date: Date = "2026-01-31".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 1, 31));
        assert_eq!(date.to_string(), "2026-01-31");
        for text in ["0001-01-01", "9999-12-31", "2024-02-29", "2000-02-29"] {
            assert_eq!(text.parse::<Date>().unwrap().to_string(), text);
        }
        let sorted: Vec<Date> = ["2025-12-31", "2026-01-01", "2026-02-01", "2026-02-02"]
            .iter()
            .map(|text| text.parse().unwrap())
            .collect();
        assert!(sorted.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn knows_the_calendar() {
        assert_eq!(
            error("2025-13-45").reason(),
            "there is no month 13 (months run from 01 to 12)"
        );
        assert_eq!(error("2025-13-45").suggestion(), None);
        assert_eq!(
            error("2025-02-29").reason(),
            "there is no day 29 in February 2025 (it has 28 days)"
        );
        assert!(error("1900-02-29").reason().contains("28 days"));
        assert!(
            error("2026-04-31")
                .reason()
                .contains("April 2026 (it has 30 days)")
        );
        assert!(error("2026-01-00").reason().contains("no day 0"));
        assert!(error("0000-01-01").reason().contains("no year 0000"));
        assert!(Date::new(2026, 0, 1).is_err());
        assert!(Date::new(10_000, 1, 1).is_err());
    }

    #[test]
    fn suggests_the_iso_spelling_when_the_day_meant_is_certain() {
        for (written, meant) in [
            ("01.01.2026", "2026-01-01"),
            ("1.1.2026", "2026-01-01"),
            ("31.12.2025", "2025-12-31"),
            ("2026/01/01", "2026-01-01"),
            ("2026.01.01", "2026-01-01"),
            ("20260101", "2026-01-01"),
            ("2026-1-5", "2026-01-05"),
            ("2026-01-01T00:00:00Z", "2026-01-01"),
            ("2026-01-01 10:30", "2026-01-01"),
            (" 2026-01-01", "2026-01-01"),
            ("31/12/2025", "2025-12-31"),
            ("12/31/2025", "2025-12-31"),
            ("05/05/2026", "2026-05-05"),
        ] {
            let error = error(written);
            assert_eq!(error.suggestion(), Some(meant), "{written}: {error}");
            assert!(
                error.to_string().ends_with(&format!(": write {meant}")),
                "{error}"
            );
        }
        assert_eq!(
            error("01.01.2026").reason(),
            "dates are written year first, YYYY-MM-DD"
        );
        assert_eq!(
            error("01.01.2026").to_string(),
            "dates are written year first, YYYY-MM-DD: write 2026-01-01"
        );
    }

    #[test]
    fn does_not_guess() {
        let ambiguous = error("01/02/2026");
        assert_eq!(ambiguous.suggestion(), None);
        assert!(ambiguous.reason().contains("2026-02-01"), "{ambiguous}");
        assert!(ambiguous.reason().contains("2026-01-02"), "{ambiguous}");
        for text in [
            "soon",
            "",
            "2026",
            "2026-01",
            "yesterday 2026-01-01",
            "٢٠٢٦-٠١-٠١",
            "1/1/26",
        ] {
            let error = error(text);
            assert_eq!(error.reason(), DATE_FORMAT_HELP, "{text}");
            assert_eq!(error.suggestion(), None, "{text}");
        }
        assert_eq!(error("31.02.2026").suggestion(), None);
        assert_eq!(error("2026-13-01T00:00:00Z").suggestion(), None);
        assert!(
            error("2026-13-01T00:00:00Z")
                .reason()
                .contains("no month 13")
        );
        assert!(
            error("31.02.2026")
                .reason()
                .contains("no day 31 in February 2026")
        );
    }

    #[test]
    fn reads_and_writes_the_iso_text() {
        let date: Date = serde_json::from_str("\"2026-03-08\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-03-08\"");
        let message = serde_json::from_str::<Date>("\"soon\"")
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with(&format!("`soon`{NOT_A_DATE}{DATE_FORMAT_HELP}")),
            "{message}"
        );
        let number = serde_json::from_str::<Date>("20260101")
            .unwrap_err()
            .to_string();
        assert!(
            number.starts_with("`20260101` is not a valid date: ")
                && number.contains("write 2026-01-01"),
            "{number}"
        );
        let list = serde_json::from_str::<Date>("[2026, 1, 1]").unwrap_err();
        assert!(
            list.to_string().contains("a date written YYYY-MM-DD"),
            "{list}"
        );
    }
}
