//! Calendar dates without time of day or time zone: the reference date of an evaluation,
//! the validity dates of rights and sources, answers to date questions.
//! This module never reads the clock; callers pass "today".

use std::fmt;

/// A day of the proleptic Gregorian calendar, stored as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

impl Date {
    /// The date for a year, month (1-12) and day (1-31), if it exists (and lies within the
    /// five million years or so that a day count fits in).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        i32::try_from(days_from_civil(year, month, day)).ok().map(Date)
    }

    /// Parses `YYYY-MM-DD`, digits only.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        Date::from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    /// The day (in UTC) of a moment given as seconds since 1970-01-01T00:00:00Z, as a
    /// caller's clock gives it; past the last day a `Date` holds, that last day.
    pub fn from_unix_seconds(seconds: u64) -> Date {
        Date::clamped(i64::try_from(seconds / 86_400).unwrap_or(i64::MAX))
    }

    /// The day `days` after 1970-01-01, or the first or last day a `Date` can hold.
    fn clamped(days: i64) -> Date {
        Date(i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX }))
    }

    pub fn days(self) -> i32 {
        self.0
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Whole years from `earlier` to `self` (negative if `earlier` is later), as a person's age counts.
    pub fn full_years_since(self, earlier: Date) -> i64 {
        let (y1, m1, d1) = earlier.ymd();
        let (y2, m2, d2) = self.ymd();
        let mut years = i64::from(y2) - i64::from(y1);
        if years > 0 && (m2, d2) < (m1, d1) {
            years -= 1;
        } else if years < 0 && (m2, d2) > (m1, d1) {
            years += 1;
        }
        years
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// A date known to the year, the month or the day, as legal sources often give them
/// ("a circular of 2008"). It is shown with the precision it has, never more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub year: i32,
    /// 0 when only the year is known.
    pub month: u8,
    /// 0 when the day is not known.
    pub day: u8,
}

impl PartialDate {
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: 0, day: 0 }
    }

    pub fn day(date: Date) -> PartialDate {
        let (year, month, day) = date.ymd();
        PartialDate { year, month: month as u8, day: day as u8 }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, digits only.
    pub fn parse(text: &str) -> Option<PartialDate> {
        match text.len() {
            4 if digits(text, 4) => Some(PartialDate::year(text.parse().ok()?)),
            4 => None,
            7 => {
                let date = Date::parse(&format!("{text}-01"))?;
                let (year, month, _) = date.ymd();
                Some(PartialDate { year, month: month as u8, day: 0 })
            }
            _ => Date::parse(text).map(PartialDate::day),
        }
    }

    /// The first day this date can mean: used for "valid from".
    pub fn first_day(self) -> Date {
        let month = u32::from(self.month.max(1));
        let day = u32::from(self.day.max(1));
        Date::clamped(days_from_civil(self.year, month, day))
    }

    /// The last day this date can mean: used for "valid until".
    pub fn last_day(self) -> Date {
        let month = if self.month == 0 { 12 } else { u32::from(self.month) };
        let day = if self.day == 0 { days_in_month(self.year, month) } else { u32::from(self.day) };
        Date::clamped(days_from_civil(self.year, month, day))
    }

    /// The first day of the month `months` after the first day of this date: when evidence
    /// dated so ages (`check` reviews it, and an outcome marks it).
    pub fn months_later(self, months: u16) -> Date {
        let (year, month, _) = self.first_day().ymd();
        let total = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(months);
        let year = i32::try_from(total.div_euclid(12)).unwrap_or(i32::MAX);
        Date::from_ymd(year, total.rem_euclid(12) as u32 + 1, 1).unwrap_or(Date::from_days(i32::MAX))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{m:02}", self.year),
            (m, d) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

/// `text` is exactly `count` ASCII digits (no sign, unlike `str::parse`).
fn digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Day counting by 400-year eras (146 097 days each), with years starting in March so that
// the leap day falls at the end of the counting year. In i64, so that no year overflows.
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let year = i64::from(year);
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = i64::from((month + 9) % 12);
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

// In i64 so that every i32 day count works; the year then fits an i32 with room to spare.
fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let start = Date::from_ymd(1900, 1, 1).unwrap().days();
        let end = Date::from_ymd(2300, 12, 31).unwrap().days();
        for days in start..=end {
            let (y, m, d) = Date::from_days(days).ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(Date::from_days(days)));
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::parse("2022-11-30").unwrap().to_string(), "2022-11-30");
        assert_eq!(Date::parse("2024-02-29").map(|d| d.ymd()), Some((2024, 2, 29)));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-2-1"), None);
        assert_eq!(Date::parse("not a date"), None);
    }

    #[test]
    fn full_years_count_like_an_age() {
        let born = Date::parse("2010-06-15").unwrap();
        assert_eq!(Date::parse("2026-06-14").unwrap().full_years_since(born), 15);
        assert_eq!(Date::parse("2026-06-15").unwrap().full_years_since(born), 16);
        assert_eq!(born.full_years_since(Date::parse("2026-06-15").unwrap()), -16);
    }

    #[test]
    fn partial_dates_cover_their_whole_period() {
        let year = PartialDate::parse("2008").unwrap();
        assert_eq!(year.first_day().to_string(), "2008-01-01");
        assert_eq!(year.last_day().to_string(), "2008-12-31");
        let month = PartialDate::parse("2024-02").unwrap();
        assert_eq!(month.last_day().to_string(), "2024-02-29");
        assert_eq!(month.to_string(), "2024-02");
        let day = PartialDate::parse("2022-11-30").unwrap();
        assert_eq!((day.first_day(), day.last_day()), (day.first_day(), day.first_day()));
        assert_eq!(PartialDate::parse("2022-13"), None);
    }

    #[test]
    fn months_later_count_from_the_start_of_what_the_date_says() {
        let day = |y, m, d| Date::from_ymd(y, m, d).unwrap();
        assert_eq!(PartialDate::parse("2020").unwrap().months_later(24), day(2022, 1, 1));
        assert_eq!(PartialDate::parse("2024-11").unwrap().months_later(18), day(2026, 5, 1));
        assert_eq!(PartialDate::parse("2024-12-15").unwrap().months_later(1), day(2025, 1, 1));
        assert_eq!(PartialDate::year(i32::MAX).months_later(u16::MAX), Date::from_days(i32::MAX));
    }

    #[test]
    fn extreme_years_and_day_counts_do_not_overflow() {
        assert_eq!(Date::from_ymd(i32::MAX, 12, 31), None);
        assert_eq!(Date::from_ymd(i32::MIN, 1, 1), None);
        assert!(Date::from_days(i32::MAX).ymd().0 > 5_000_000);
        assert!(Date::from_days(i32::MIN).ymd().0 < -5_000_000);
        assert_eq!(PartialDate::year(i32::MAX).last_day(), Date::from_days(i32::MAX));
    }

    #[test]
    fn a_clock_reading_is_the_day_it_falls_in() {
        assert_eq!(Date::from_unix_seconds(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_seconds(1_795_478_399).to_string(), "2026-11-23");
        assert_eq!(Date::from_unix_seconds(1_795_478_400).to_string(), "2026-11-24");
        assert_eq!(Date::from_unix_seconds(u64::MAX), Date::from_days(i32::MAX));
    }

    #[test]
    fn only_digits_make_a_year() {
        assert_eq!(PartialDate::parse("-999"), None);
        assert_eq!(PartialDate::parse("+999"), None);
        assert_eq!(Date::parse("+999-01-01"), None);
        assert_eq!(PartialDate::parse("0999").map(|d| d.year), Some(999));
    }
}
