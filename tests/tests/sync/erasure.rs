//! Erasure and retention end to end: a real server process and several device stores.

use std::sync::atomic::Ordering;

use waypoint_client::{ErasureReason, ErrorCode, ListQuery, Waypoint};
use waypoint_core::form::SpecificNeedForm;
use waypoint_core::ids::PersonId;
use waypoint_e2e::server::TestServer;

use super::faults::{SkewedClock, device_with_clock};
use super::{device, register};

fn holds(app: &mut Waypoint, id: PersonId) -> bool {
    match app.get_person(id) {
        Ok(_) => true,
        Err(e) if e.code == ErrorCode::NotFound => false,
        Err(e) => panic!("reading {id}: {e}"),
    }
}

fn found_by_text(app: &mut Waypoint, text: &str) -> u32 {
    app.list_people(&ListQuery {
        text: Some(text.into()),
        ..ListQuery::default()
    })
    .expect("list")
    .total
}

/// Every file under `dir` that contains `needle`.
fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::read(&path)
                .map(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
                .unwrap_or(false)
            {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn an_erasure_reaches_every_device_beats_a_concurrent_edit_and_leaves_no_copy() {
    let server = TestServer::start();
    let mut supervisor = device(&server, "sara");
    let mut amina = device(&server, "amina");
    let mut jonas = device(&server, "jonas");
    let marker = "Quetzalerasure";
    let erased = register(&mut amina.app, marker);
    // With a note on a specific need, which lives in the person's sensitive part.
    let note = "Quetzalnote: uses a wheelchair";
    let mut form = amina.app.get_person(erased).expect("get").form;
    form.specific_needs = vec![SpecificNeedForm {
        code: "DS".into(),
        note: note.into(),
    }];
    amina.app.edit_person(erased, &form).expect("note");
    let kept = register(&mut amina.app, "Kept");
    for d in [&mut amina, &mut jonas, &mut supervisor] {
        d.app.sync_now().expect("sync");
    }
    assert!(holds(&mut jonas.app, erased) && holds(&mut supervisor.app, erased));
    assert!(
        !jonas
            .app
            .store()
            .expect("store")
            .columns_containing(marker.as_bytes())
            .expect("scan")
            .is_empty(),
        "a device's store holds the name before the erasure (else the scan proves nothing)"
    );
    assert!(
        !files_containing(server.data_dir(), marker.as_bytes()).is_empty(),
        "the server's database holds the name before the erasure (else this test proves nothing)"
    );
    assert_eq!(
        jonas
            .app
            .get_person(erased)
            .expect("get")
            .person
            .fields
            .specific_needs[0]
            .note,
        note,
        "a supervisor's device holds the note before the erasure"
    );

    // Offline, at the same time: Jonas edits the record, the supervisor erases it.
    let mut form = jonas.app.get_person(erased).expect("get").form;
    form.phone = "+963 11 555".into();
    jonas.app.edit_person(erased, &form).expect("edit");
    supervisor
        .app
        .erase_person(erased, ErasureReason::PersonRequested)
        .expect("erase");
    assert!(
        !holds(&mut supervisor.app, erased),
        "gone from the supervisor's device at once"
    );

    supervisor.app.sync_now().expect("the erasure goes up");
    let report = amina.app.sync_now().expect("sync");
    assert_eq!(report.erased, 1, "{report:?}");
    let report = jonas.app.sync_now().expect("sync");
    assert_eq!(
        report.erased, 1,
        "the edit met the erasure and lost: {report:?}"
    );
    assert_eq!(jonas.app.sync_status().expect("status").waiting, 0);
    supervisor.app.sync_now().expect("sync");

    for (name, d) in [
        ("amina", &mut amina),
        ("jonas", &mut jonas),
        ("supervisor", &mut supervisor),
    ] {
        assert!(
            !holds(&mut d.app, erased),
            "{name} still holds the erased record"
        );
        assert!(holds(&mut d.app, kept), "{name} lost the other record");
        assert_eq!(
            found_by_text(&mut d.app, marker),
            0,
            "{name}'s search still finds it"
        );
        let tombstone = d
            .app
            .store()
            .expect("store")
            .transaction(|tx| tx.is_erased(&erased.to_string()))
            .expect("read");
        assert!(
            tombstone,
            "{name} keeps the tombstone so it never comes back"
        );
        for needle in [marker, note] {
            assert_eq!(
                d.app
                    .store()
                    .expect("store")
                    .columns_containing(needle.as_bytes())
                    .expect("scan"),
                Vec::<String>::new(),
                "no table of {name}'s decrypted store holds {needle:?}"
            );
        }
        assert!(
            files_containing(d._dir.path(), marker.as_bytes()).is_empty(),
            "no file of {name}'s device holds the name in the clear"
        );
    }
    assert_eq!(
        server.verify(),
        1,
        "the server holds one record, and it is sound"
    );
    assert_eq!(
        files_containing(server.data_dir(), marker.as_bytes()),
        Vec::<std::path::PathBuf>::new(),
        "no server file holds a byte of the erased name"
    );
    assert_eq!(
        files_containing(server.data_dir(), note.as_bytes()),
        Vec::<std::path::PathBuf>::new(),
        "no server file holds a byte of the erased person's note"
    );

    // A device enrolled later never receives it.
    let mut late = device(&server, "late");
    late.app.sync_now().expect("sync");
    assert!(!holds(&mut late.app, erased));
    assert!(holds(&mut late.app, kept));
}

#[test]
fn only_a_supervisor_on_a_supervisor_device_may_erase() {
    let server = TestServer::start();
    let mut d = device(&server, "sara");
    let id = register(&mut d.app, "Amina");
    d.app
        .create_officer(&waypoint_client::OfficerForm {
            username: "omar".into(),
            display_name: "Omar".into(),
            passphrase: super::PASSPHRASE.into(),
            role: waypoint_client::OfficerRole::Officer,
        })
        .expect("officer");
    d.app.lock();
    d.app.unlock("omar", super::PASSPHRASE).expect("unlock");
    let err = d
        .app
        .erase_person(id, ErasureReason::EnteredInError)
        .expect_err("an officer cannot erase");
    assert_eq!(err.code, ErrorCode::Forbidden);
    assert!(holds(&mut d.app, id));
}

#[test]
fn retention_purges_only_synced_records_older_than_the_window_and_the_server_keeps_them() {
    let server = TestServer::start();
    let clock = SkewedClock::new(chrono::Duration::zero(), chrono::Duration::zero());
    let time = clock.at.clone();
    let mut a = device_with_clock(&server, "amina", clock);
    assert_eq!(
        a.app.retention_days().expect("days"),
        30,
        "the default window"
    );
    let synced = register(&mut a.app, "Synced");
    a.app.sync_now().expect("sync");
    let waiting = register(&mut a.app, "Waiting");

    // 29 days on: nothing is old enough.
    time.fetch_add(
        chrono::Duration::days(29).num_milliseconds(),
        Ordering::SeqCst,
    );
    assert_eq!(a.app.purge_expired().expect("purge"), 0);
    // 31 days on: the synced record goes; the one never sent stays.
    time.fetch_add(
        chrono::Duration::days(2).num_milliseconds(),
        Ordering::SeqCst,
    );
    assert_eq!(a.app.purge_expired().expect("purge"), 1);
    assert!(!holds(&mut a.app, synced));
    assert!(
        holds(&mut a.app, waiting),
        "an unsynced record is never purged"
    );
    // The sync sends it; once the server has it, it is old enough to go too.
    let report = a.app.sync_now().expect("sync");
    assert_eq!((report.pushed, report.purged), (1, 1), "{report:?}");
    assert!(!holds(&mut a.app, waiting));

    // The server kept both: a new device gets them.
    let mut b = device(&server, "jonas");
    b.app.sync_now().expect("sync");
    assert!(holds(&mut b.app, synced) && holds(&mut b.app, waiting));

    // A supervisor can widen the window; a nonsense one is refused.
    assert_eq!(a.app.set_retention_days(90).expect("set"), 90);
    assert_eq!(a.app.retention_days().expect("days"), 90);
    assert_eq!(
        a.app.set_retention_days(0).expect_err("zero").code,
        ErrorCode::Validation
    );
}
