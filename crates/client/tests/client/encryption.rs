//! Encryption at rest: nothing readable on disk, wrong keys refused.

use crate::support::*;
use waypoint_client::ListQuery;

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_name_or_case_number_is_readable_in_any_file_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    let view = app
        .register_person(&person("محمد", "Mohammed", "الأحمد", "Zarqawiyyeh"))
        .expect("register");
    let case = view.person.case_number.to_string();
    // Leave data in the WAL too: don't checkpoint, keep the connection open while scanning.
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir.path()).expect("read dir") {
        let path = entry.expect("entry").path();
        files.push((path.clone(), std::fs::read(&path).expect("read")));
    }
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    assert!(
        names.iter().any(|n| n.ends_with("waypoint.db-wal")),
        "the WAL exists and is scanned: {names:?}"
    );
    for (path, bytes) in &files {
        for needle in [
            "محمد".as_bytes(),
            b"Mohammed",
            b"Zarqawiyyeh",
            case.as_bytes(),
            b"SQLite format 3",
        ] {
            assert!(
                !contains(bytes, needle),
                "{} contains {:?} in plain text",
                path.display(),
                String::from_utf8_lossy(needle)
            );
        }
    }
    app.lock();
}

#[test]
fn the_database_does_not_open_without_the_right_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    app.register_person(&person("Olena", "Olena", "Kovalenko", "Kovalenko"))
        .expect("register");
    app.lock();
    let err = app
        .unlock("amina", "wrong passphrase!!")
        .expect_err("refused");
    assert_eq!(err.code, waypoint_client::ErrorCode::WrongCredentials);
    assert!(
        app.list_people(&ListQuery::default()).is_err(),
        "still locked"
    );
    app.unlock("amina", PASSPHRASE).expect("right passphrase");
    assert_eq!(
        app.list_people(&ListQuery::default()).expect("list").total,
        1
    );
}

#[test]
fn repeated_wrong_passphrases_impose_growing_delays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = TestClock::new();
    let mut app = device(dir.path(), "LSV", &clock);
    app.lock();
    for _ in 0..3 {
        let e = app
            .unlock("amina", "not the passphrase")
            .expect_err("wrong");
        assert_eq!(e.code, waypoint_client::ErrorCode::WrongCredentials);
    }
    let e = app
        .unlock("amina", PASSPHRASE)
        .expect_err("must wait, even with the right passphrase");
    assert_eq!(e.code, waypoint_client::ErrorCode::TooManyAttempts);
    let first_wait = e.retry_after_secs.expect("wait given");
    clock.advance(chrono::Duration::seconds(first_wait));
    app.unlock("amina", "still wrong passphrase")
        .expect_err("wrong again");
    let e = app
        .unlock("amina", PASSPHRASE)
        .expect_err("must wait longer");
    let second_wait = e.retry_after_secs.expect("wait given");
    assert!(
        second_wait > first_wait,
        "delays grow: {first_wait} then {second_wait}"
    );
    // The count survives a restart of the app.
    let mut again = reopen(dir.path(), &clock);
    assert_eq!(
        again
            .unlock("amina", PASSPHRASE)
            .expect_err("still waiting")
            .code,
        waypoint_client::ErrorCode::TooManyAttempts
    );
    clock.advance(chrono::Duration::seconds(second_wait));
    again
        .unlock("amina", PASSPHRASE)
        .expect("unlocks after the wait");
    let audit = again
        .store()
        .expect("store")
        .audit_entries(1)
        .expect("audit");
    assert_eq!(audit[0].action, "unlock");
    assert!(
        audit[0].detail.as_deref().unwrap_or("").contains("failed"),
        "the failures are audited: {audit:?}"
    );
}
