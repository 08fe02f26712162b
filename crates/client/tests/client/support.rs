//! Fixtures: a device in a temp folder with a stepping clock and cheap key derivation.

use chrono::{DateTime, Duration, TimeZone, Utc};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use waypoint_client::{Clock, Config, KdfParams, RandomIds, SetUpForm, Waypoint};
use waypoint_core::form::{ConsentForm, NameForm, RegistrationForm};
use waypoint_core::model::{ConsentScope, NameKind, Sex};

/// A clock tests can move forward.
#[derive(Clone)]
pub struct TestClock(pub Arc<AtomicI64>);

impl TestClock {
    pub fn new() -> Self {
        let start = Utc
            .with_ymd_and_hms(2026, 11, 23, 3, 0, 0)
            .single()
            .expect("time");
        Self(Arc::new(AtomicI64::new(start.timestamp_millis())))
    }
    pub fn advance(&self, by: Duration) {
        self.0.fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        Utc.timestamp_millis_opt(self.0.load(Ordering::SeqCst))
            .single()
            .expect("valid time")
    }
}

pub const PASSPHRASE: &str = "correct horse battery";

pub fn config(dir: &std::path::Path) -> Config {
    Config {
        data_dir: dir.to_path_buf(),
        kdf: KdfParams::INSECURE_TEST_ONLY,
    }
}

/// A set-up device, unlocked as supervisor `amina`.
pub fn device(dir: &std::path::Path, site: &str, clock: &TestClock) -> Waypoint {
    let mut app = Waypoint::open_with(config(dir), Box::new(clock.clone()), Box::new(RandomIds))
        .expect("open");
    app.set_up(&SetUpForm {
        site_code: site.into(),
        username: "amina".into(),
        display_name: "Amina K.".into(),
        passphrase: PASSPHRASE.into(),
    })
    .expect("set up");
    app
}

/// Reopens a device folder (as after an app restart), locked.
pub fn reopen(dir: &std::path::Path, clock: &TestClock) -> Waypoint {
    Waypoint::open_with(config(dir), Box::new(clock.clone()), Box::new(RandomIds)).expect("open")
}

pub fn person(
    given: &str,
    given_latin: &str,
    family: &str,
    family_latin: &str,
) -> RegistrationForm {
    RegistrationForm {
        names: vec![
            NameForm {
                id: None,
                kind: Some(NameKind::Given),
                original: given.into(),
                latin: vec![given_latin.into()],
            },
            NameForm {
                id: None,
                kind: Some(NameKind::Family),
                original: family.into(),
                latin: vec![family_latin.into()],
            },
        ],
        sex: Some(Sex::Male),
        date_of_birth: "1990-05".into(),
        nationalities: vec!["SYR".into()],
        languages: vec!["arb".into()],
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    }
}
