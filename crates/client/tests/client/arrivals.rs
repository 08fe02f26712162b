//! The home screen's arrivals: registrations at this site per day and by nationality.

use crate::support::{TestClock, device, person};
use chrono::Duration;
use waypoint_client::{ArrivalsQuery, ErrorCode, ListQuery};

fn day(d: &str) -> chrono::NaiveDate {
    d.parse().expect("a date")
}

fn register(app: &mut waypoint_client::Waypoint, nationality: &str) {
    let mut form = person("Hamid", "Hamid", "Karimi", "Karimi");
    form.nationalities = vec![nationality.into()];
    app.register_person(&form).expect("register");
}

#[test]
fn arrivals_are_counted_per_day_of_the_devices_time_zone_and_by_nationality() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The clock starts at 2026-11-23 03:00 UTC.
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    register(&mut app, "SYR");
    register(&mut app, "AFG");
    clock.advance(Duration::days(2));
    for _ in 0..3 {
        register(&mut app, "SYR");
    }
    register(&mut app, "ERI");

    let utc = app
        .arrivals(&ArrivalsQuery {
            days: 7,
            utc_offset_minutes: 0,
        })
        .expect("arrivals");
    assert_eq!(utc.site, "LSV");
    assert_eq!(utc.nationalities, ["SYR", "AFG", "ERI"]);
    let days: Vec<(&str, u32)> = utc.days.iter().map(|d| (d.day.as_str(), d.total)).collect();
    assert_eq!(
        days,
        [
            ("2026-11-19", 0),
            ("2026-11-20", 0),
            ("2026-11-21", 0),
            ("2026-11-22", 0),
            ("2026-11-23", 2),
            ("2026-11-24", 0),
            ("2026-11-25", 4),
        ]
    );
    assert_eq!(
        utc.days[6].counts,
        [3, 0, 1, 0],
        "SYR, AFG, ERI, then other"
    );
    assert_eq!((utc.today, utc.total), (4, 6));

    // Four hours behind UTC, 03:00 UTC is 23:00 the day before: both days move back.
    let west = app
        .arrivals(&ArrivalsQuery {
            days: 7,
            utc_offset_minutes: -240,
        })
        .expect("arrivals");
    let busy: Vec<(&str, u32)> = west
        .days
        .iter()
        .filter(|d| d.total > 0)
        .map(|d| (d.day.as_str(), d.total))
        .collect();
    assert_eq!(busy, [("2026-11-22", 2), ("2026-11-24", 4)]);
    assert_eq!(
        west.days.last().map(|d| d.day.as_str()),
        Some("2026-11-24"),
        "it is still the evening of 24 November there"
    );
    assert_eq!(west.today, 4);
    // The list's registration-date filter reads its days in the same time zone, so that
    // "today's" list holds the people the card counts.
    let on_24th = |utc_offset_minutes| ListQuery {
        registered_from: Some(day("2026-11-24")),
        registered_to: Some(day("2026-11-24")),
        utc_offset_minutes,
        ..ListQuery::default()
    };
    let listed = app.list_people(&on_24th(Some(-240))).expect("list");
    assert_eq!(listed.total, 4);
    let listed = app.list_people(&on_24th(None)).expect("list");
    assert_eq!(listed.total, 0, "in UTC, nobody was registered on the 24th");
    let err = app
        .list_people(&on_24th(Some(15 * 60)))
        .expect_err("no such time zone");
    assert_eq!(err.code, ErrorCode::Validation);

    // Another site's device counts its own arrivals only.
    let other = tempfile::tempdir().expect("tempdir");
    let mut elsewhere = device(other.path(), "KRT", &clock);
    let none = elsewhere
        .arrivals(&ArrivalsQuery {
            days: 14,
            utc_offset_minutes: 0,
        })
        .expect("arrivals");
    assert_eq!((none.total, none.days.len()), (0, 14));
    assert!(none.nationalities.is_empty());
}

#[test]
fn an_arrivals_window_or_time_zone_out_of_range_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    for (days, utc_offset_minutes) in [(0, 0), (91, 0), (14, 15 * 60), (14, -15 * 60)] {
        let err = app
            .arrivals(&ArrivalsQuery {
                days,
                utc_offset_minutes,
            })
            .expect_err("out of range");
        assert_eq!(
            err.code,
            ErrorCode::Validation,
            "{days} days, {utc_offset_minutes} min"
        );
    }
    app.lock();
    let err = app
        .arrivals(&ArrivalsQuery {
            days: 14,
            utc_offset_minutes: 0,
        })
        .expect_err("locked");
    assert_eq!(err.code, ErrorCode::Locked);
}
