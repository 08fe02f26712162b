//! Arrivals at this site: registrations per day and by nationality, for the home screen's
//! chart and its "today" count.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{AppError, ErrorCode, Waypoint};

/// Days a chart may cover.
pub const ARRIVAL_DAYS_RANGE: RangeInclusive<u32> = 1..=90;
/// Nationalities drawn in their own colour; the others count together as "other".
pub const CHART_NATIONALITIES: usize = 4;
/// The furthest a time zone is from UTC (UTC−12 to UTC+14), in minutes.
const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// Which arrivals to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArrivalsQuery {
    /// How many days, today included (1 to 90).
    pub days: u32,
    /// The device's offset from UTC in minutes (UTC+4, Baku: 240), so that a day is the
    /// officials' day; JavaScript's `getTimezoneOffset()` is the negative of this.
    pub utc_offset_minutes: i32,
}

/// Registrations at this site per day, by nationality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArrivalsChart {
    /// The site counted (this device's).
    pub site: String,
    /// Nationality codes with their own series, most arrivals first (at most four); the
    /// others, and people of no recorded nationality, are "other".
    pub nationalities: Vec<String>,
    /// Every day of the window, oldest first, today last, days with nobody included.
    pub days: Vec<ArrivalsDay>,
    /// Registrations today.
    pub today: u32,
    /// Registrations in the whole window.
    pub total: u32,
}

/// One day of [`ArrivalsChart`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ArrivalsDay {
    /// The day (`2026-12-02`), in the device's time zone.
    pub day: String,
    /// Registrations that day.
    pub total: u32,
    /// Per nationality of [`ArrivalsChart::nationalities`], in that order, then "other".
    pub counts: Vec<u32>,
}

impl Waypoint {
    /// Counts the people registered at this site on each of the last `query.days` days, by
    /// their first nationality. Counts registrations that are on this device: records purged
    /// after the retention window no longer count.
    pub fn arrivals(&mut self, query: &ArrivalsQuery) -> Result<ArrivalsChart, AppError> {
        if !ARRIVAL_DAYS_RANGE.contains(&query.days) {
            return Err(AppError::new(
                ErrorCode::Validation,
                format!(
                    "an arrivals chart covers {} to {} days, not {}",
                    ARRIVAL_DAYS_RANGE.start(),
                    ARRIVAL_DAYS_RANGE.end(),
                    query.days
                ),
            ));
        }
        let offset = utc_offset(query.utc_offset_minutes)?;
        let now = self.clock.now();
        let session = self.session()?;
        let site = session.device.site_code.to_string();
        let today = (now + offset).date_naive();
        let first = today - Duration::days(i64::from(query.days) - 1);
        // Midnight of the first day, local time, in UTC.
        let from = first.and_time(chrono::NaiveTime::MIN).and_utc() - offset;
        let rows = session.store.arrivals_by_day(&site, from, offset)?;
        Ok(chart(site, first, today, &rows))
    }
}

/// A time zone's offset from UTC given in minutes; `validation` beyond 14 hours.
pub(crate) fn utc_offset(minutes: i32) -> Result<Duration, AppError> {
    if minutes.abs() > MAX_OFFSET_MINUTES {
        return Err(AppError::new(
            ErrorCode::Validation,
            format!("a time zone is at most 14 hours from UTC, not {minutes} minutes"),
        ));
    }
    Ok(Duration::minutes(i64::from(minutes)))
}

/// Shapes the store's `(day since 1970, nationalities, count)` rows into a chart from `first`
/// to `today`. Pure, so that the grouping is tested without a store.
fn chart(
    site: String,
    first: NaiveDate,
    today: NaiveDate,
    rows: &[(i64, String, u64)],
) -> ArrivalsChart {
    let epoch = NaiveDate::default();
    let first_nationality = |codes: &str| codes.split_whitespace().next().unwrap_or("").to_owned();
    // A registration time ahead of the device's clock (a clock that went backwards) is left out.
    let (lo, hi) = ((first - epoch).num_days(), (today - epoch).num_days());
    let rows: Vec<&(i64, String, u64)> = rows
        .iter()
        .filter(|(d, _, _)| (lo..=hi).contains(d))
        .collect();
    let mut by_nationality: BTreeMap<String, u64> = BTreeMap::new();
    for (_, codes, count) in &rows {
        let code = first_nationality(codes);
        if !code.is_empty() {
            *by_nationality.entry(code).or_default() += count;
        }
    }
    let mut ranked: Vec<(String, u64)> = by_nationality.into_iter().collect();
    ranked.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)));
    let nationalities: Vec<String> = ranked
        .into_iter()
        .take(CHART_NATIONALITIES)
        .map(|(code, _)| code)
        .collect();
    let series = nationalities.len() + 1;
    let mut days: Vec<ArrivalsDay> = first
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|d| ArrivalsDay {
            day: d.to_string(),
            total: 0,
            counts: vec![0; series],
        })
        .collect();
    for (day, codes, count) in rows {
        let Some(slot) = usize::try_from(day - lo).ok().and_then(|i| days.get_mut(i)) else {
            continue;
        };
        let code = first_nationality(codes);
        let series_index = nationalities
            .iter()
            .position(|n| *n == code)
            .unwrap_or(series - 1);
        let count = u32::try_from(*count).unwrap_or(u32::MAX);
        slot.counts[series_index] = slot.counts[series_index].saturating_add(count);
        slot.total = slot.total.saturating_add(count);
    }
    let today_count = days.last().map_or(0, |d| d.total);
    let total = days.iter().fold(0u32, |n, d| n.saturating_add(d.total));
    ArrivalsChart {
        site,
        nationalities,
        days,
        today: today_count,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> NaiveDate {
        d.parse().expect("a date")
    }

    fn since_epoch(d: &str) -> i64 {
        (day(d) - NaiveDate::default()).num_days()
    }

    #[test]
    fn every_day_of_the_window_is_listed_and_the_four_commonest_nationalities_have_a_series() {
        let rows = vec![
            (since_epoch("2026-11-30"), "SYR".to_owned(), 5),
            (since_epoch("2026-11-30"), "AFG IRN".to_owned(), 3),
            (since_epoch("2026-12-02"), "SYR".to_owned(), 2),
            (since_epoch("2026-12-02"), "ERI".to_owned(), 4),
            (since_epoch("2026-12-02"), "SOM".to_owned(), 1),
            (since_epoch("2026-12-02"), "UKR".to_owned(), 1),
            (since_epoch("2026-12-02"), String::new(), 2),
        ];
        let c = chart("LSV".into(), day("2026-11-29"), day("2026-12-02"), &rows);
        assert_eq!(c.nationalities, ["SYR", "ERI", "AFG", "SOM"]);
        let days: Vec<&str> = c.days.iter().map(|d| d.day.as_str()).collect();
        assert_eq!(
            days,
            ["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]
        );
        assert_eq!(c.days[0].counts, [0, 0, 0, 0, 0]);
        assert_eq!(c.days[1].counts, [5, 0, 3, 0, 0]);
        // UKR (one person, fifth) and no nationality go to "other".
        assert_eq!(c.days[3].counts, [2, 4, 0, 1, 3]);
        assert_eq!((c.today, c.total), (10, 18));
    }

    #[test]
    fn rows_outside_the_window_are_left_out() {
        let rows = vec![
            (since_epoch("2026-12-03"), "SYR".to_owned(), 1),
            (since_epoch("2026-12-01"), "SYR".to_owned(), 1),
        ];
        let c = chart("LSV".into(), day("2026-12-02"), day("2026-12-02"), &rows);
        assert_eq!(c.days.len(), 1);
        assert_eq!((c.today, c.total), (0, 0));
    }
}
