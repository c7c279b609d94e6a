//! The date of a check: `[check] date` of `kasb.toml`, or today by the system clock, in UTC.

use std::time::{SystemTime, UNIX_EPOCH};

use kasb_model::Date;

use crate::Config;

/// The day validity is judged on: the configured one, or today (UTC).
pub(crate) fn check_date(config: &Config) -> Date {
    config.check_date.unwrap_or_else(today)
}

/// Today in UTC; a clock set before 1970 reads as 1970-01-01, one past 9999 as 9999-12-31.
fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    civil_from_days(seconds / 86_400)
}

/// The Gregorian date `days` days after 1970-01-01: Howard Hinnant's `civil_from_days`, for
/// days that are not negative (so in unsigned arithmetic), up to 9999-12-31.
fn civil_from_days(days: u64) -> Date {
    const LAST: u64 = 2_932_896; // 9999-12-31
    // Counted from 0000-03-01, so a leap day ends its 400-year era's years.
    let z = days.min(LAST) + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    // In range by construction (years 1970 to 9999, months 1 to 12, days of their month), as
    // the test of every day of that range shows.
    Date::new(year as u16, month as u8, day as u8).expect("a day of the calendar")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn days_since_the_epoch_are_the_calendar_s_days() {
        for (seconds, expected) in [
            (0, "1970-01-01"),
            (951_782_400, "2000-02-29"),
            (951_868_800, "2000-03-01"),
            (1_796_083_200, "2026-12-01"),
            (1_796_083_200 + 86_399, "2026-12-01"),
            (4_107_542_400, "2100-03-01"),
            (253_402_214_400, "9999-12-31"),
            (u64::MAX, "9999-12-31"),
        ] {
            assert_eq!(
                civil_from_days(seconds / 86_400),
                date(expected),
                "{seconds}"
            );
        }
    }

    #[test]
    fn every_day_follows_the_one_before() {
        let mut previous = civil_from_days(0);
        for days in 1..=2_932_896 {
            let current = civil_from_days(days);
            assert!(current > previous, "{days}: {current} after {previous}");
            let next_day = current.day() == previous.day() + 1;
            let next_month = current.day() == 1
                && (current.month() == previous.month() + 1
                    || (current.month() == 1 && previous.month() == 12));
            assert!(next_day || next_month, "{previous} then {current}");
            previous = current;
        }
    }

    #[test]
    fn the_configured_date_wins_over_the_clock() {
        let config = Config::from_toml("[check]\ndate = \"2020-02-29\"\n").unwrap();
        assert_eq!(check_date(&config), date("2020-02-29"));
        assert!(check_date(&Config::default()) >= date("2026-01-01"));
    }
}
