//! Officers: set-up, roles, several officers on one device.

use crate::support::*;
use waypoint_client::{DEFAULT_LOCK_AFTER_SECONDS, ErrorCode, OfficerForm, OfficerRole, SetUpForm};

#[test]
fn several_officers_share_one_device_each_with_their_own_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    app.create_officer(&OfficerForm {
        username: "jonas".into(),
        display_name: "Jonas P.".into(),
        passphrase: "another long passphrase".into(),
        role: OfficerRole::Officer,
    })
    .expect("supervisor adds an officer");
    let registered = app
        .register_person(&person("Hamid", "Hamid", "Karimi", "Karimi"))
        .expect("register");
    app.lock();

    let mut app = reopen(dir.path(), &clock);
    let status = app.status();
    assert!(status.set_up && status.officer.is_none());
    assert_eq!(status.officers.len(), 2);
    app.unlock("JONAS", "another long passphrase")
        .expect("usernames ignore case");
    let seen = app
        .get_person(registered.person.id)
        .expect("officer reads the record");
    assert_eq!(seen.display_name, "Hamid Karimi");
    let err = app
        .create_officer(&OfficerForm {
            username: "eve".into(),
            display_name: "Eve".into(),
            passphrase: "yet another passphrase".into(),
            role: OfficerRole::Supervisor,
        })
        .expect_err("an officer cannot add officers");
    assert_eq!(err.code, ErrorCode::Forbidden);
}

#[test]
fn set_up_twice_and_weak_input_are_refused_with_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let again = app.set_up(&SetUpForm {
        site_code: "LSV".into(),
        username: "x1".into(),
        display_name: "X".into(),
        passphrase: PASSPHRASE.into(),
    });
    assert_eq!(again.expect_err("refused").code, ErrorCode::AlreadySetUp);

    let dir2 = tempfile::tempdir().expect("tempdir");
    let mut fresh = reopen(dir2.path(), &clock);
    let short = fresh.set_up(&SetUpForm {
        site_code: "LSV".into(),
        username: "amina".into(),
        display_name: "Amina".into(),
        passphrase: "short".into(),
    });
    let err = short.expect_err("short passphrase");
    assert_eq!(err.code, ErrorCode::Validation);
    assert_eq!(err.fields[0].field, "passphrase");
    let bad_site = fresh.set_up(&SetUpForm {
        site_code: "L".into(),
        username: "amina".into(),
        display_name: "Amina".into(),
        passphrase: PASSPHRASE.into(),
    });
    assert_eq!(bad_site.expect_err("bad site").fields[0].field, "site_code");
    assert!(
        !fresh.status().set_up,
        "nothing was set up by refused attempts"
    );
}

#[test]
fn the_auto_lock_delay_is_a_supervisors_setting_within_bounds_kept_across_restarts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    assert_eq!(
        app.lock_after_seconds().expect("read"),
        DEFAULT_LOCK_AFTER_SECONDS
    );
    for refused in [0, 29, 3_601] {
        let err = app
            .set_lock_after_seconds(refused)
            .expect_err("out of range");
        assert_eq!(err.code, ErrorCode::Validation, "{refused}");
    }
    app.set_lock_after_seconds(60)
        .expect("a supervisor sets it");
    app.create_officer(&OfficerForm {
        username: "jonas".into(),
        display_name: "Jonas P.".into(),
        passphrase: "another long passphrase".into(),
        role: OfficerRole::Officer,
    })
    .expect("add an officer");
    app.lock();
    assert_eq!(
        app.lock_after_seconds().expect_err("locked").code,
        ErrorCode::Locked
    );

    let mut app = reopen(dir.path(), &clock);
    app.unlock("jonas", "another long passphrase")
        .expect("unlock");
    assert_eq!(app.lock_after_seconds().expect("read"), 60, "kept");
    let err = app
        .set_lock_after_seconds(900)
        .expect_err("an officer cannot");
    assert_eq!(err.code, ErrorCode::Forbidden);
}
