//! Sync under faults: a server killed before or after COMMIT, answers lost or cut short,
//! requests duplicated, replayed out of order, cut short or damaged, a device killed mid-sync,
//! device clocks days off. After each: nothing acknowledged is lost, nothing is duplicated,
//! replicas converge and `waypoint-server verify` finds the database sound — with no one doing
//! anything by hand but syncing again.

use super::*;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};
use waypoint_client::{Clock, RandomIds};
use waypoint_e2e::proxy::{Fault, Proxy};

fn register_many(app: &mut Waypoint, prefix: &str, n: usize) {
    for i in 0..n {
        app.register_person(&person(&format!("{prefix}{i}"), &format!("{prefix}{i}")))
            .expect("register");
    }
}

fn waiting(app: &mut Waypoint) -> u32 {
    app.sync_status().expect("status").waiting
}

/// A new device pulls everything and must hold exactly `expected` (no record twice).
fn assert_a_new_device_sees(server: &TestServer, url: &str, expected: &[String]) {
    let mut fresh = device_via(url, server, "checker");
    fresh.app.sync_now().expect("a new device syncs");
    assert_eq!(all_case_numbers(&mut fresh.app), expected);
}

fn server_killed_at(point: &str) {
    let mut server = TestServer::start_with(&[("WAYPOINT_FAULT", &format!("{point}:1"))]);
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    register_many(&mut a.app, "Kill", 30);

    let err = a.app.sync_now().expect_err("the server dies mid-push");
    assert_eq!(err.code, ErrorCode::Network, "{err}");
    assert!(server.wait_for_exit(), "the fault point aborted the server");
    server.restart(&[]);
    proxy.set_upstream(&server.url);
    let on_server = server.verify();
    assert_eq!(
        on_server,
        if point == "push-before-commit" { 0 } else { 30 },
        "an uncommitted push left nothing; a committed one survived the crash"
    );
    assert_eq!(waiting(&mut a.app), 30, "unacknowledged: all still waiting");

    let report = a.app.sync_now().expect("sync after the restart");
    assert_eq!(report.pushed, 30);
    assert_eq!(waiting(&mut a.app), 0);
    assert_eq!(server.verify(), 30, "no record twice, database sound");
    let expected = all_case_numbers(&mut a.app);
    assert_eq!(expected.len(), 30);
    assert_a_new_device_sees(&server, &proxy.url, &expected);
}

#[test]
fn a_server_killed_before_commit_loses_nothing_the_device_holds() {
    server_killed_at("push-before-commit");
}

#[test]
fn a_server_killed_after_commit_but_before_answering_duplicates_nothing() {
    server_killed_at("push-after-commit");
}

#[test]
fn lost_and_cut_answers_are_recovered_by_syncing_again() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    let mut b = device_via(&proxy.url, &server, "jonas");
    let cases = [
        ("/v1/push", Fault::DropResponse),
        ("/v1/push", Fault::TruncateResponse),
        ("/v1/pull", Fault::DropResponse),
        ("/v1/pull", Fault::TruncateResponse),
    ];
    for (round, (path, fault)) in cases.into_iter().enumerate() {
        register_many(&mut a.app, &format!("Lost{round}x"), 5);
        if path == "/v1/push" {
            proxy.fail_nth(path, 1, fault);
            let err = a
                .app
                .sync_now()
                .expect_err("the answer never arrives whole");
            assert_eq!(err.code, ErrorCode::Network, "{path} {fault:?}: {err}");
            assert_eq!(waiting(&mut a.app), 5, "{path} {fault:?}: still waiting");
            a.app.sync_now().expect("the next sync");
        } else {
            a.app.sync_now().expect("sync");
            proxy.fail_nth(path, 1, fault);
            let err = b
                .app
                .sync_now()
                .expect_err("the answer never arrives whole");
            assert!(
                matches!(err.code, ErrorCode::Network | ErrorCode::ServerRefused),
                "{path} {fault:?}: {err}"
            );
        }
        assert_eq!(waiting(&mut a.app), 0, "{path} {fault:?}");
        b.app.sync_now().expect("the next sync");
        let expected = all_case_numbers(&mut a.app);
        assert_eq!(expected.len(), 5 * (round + 1));
        assert_eq!(
            all_case_numbers(&mut b.app),
            expected,
            "{path} {fault:?}: converged"
        );
    }
    assert_eq!(server.verify(), 20);
}

#[test]
fn duplicated_requests_change_nothing_more() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    let mut b = device_via(&proxy.url, &server, "jonas");
    proxy.fail_every("/v1/push", Fault::DuplicateRequest);
    proxy.fail_every("/v1/pull", Fault::DuplicateRequest);
    register_many(&mut a.app, "Dup", 20);
    register_many(&mut b.app, "Other", 5);
    for _ in 0..2 {
        a.app.sync_now().expect("sync a");
        b.app.sync_now().expect("sync b");
    }
    let expected = all_case_numbers(&mut a.app);
    assert_eq!(expected.len(), 25, "each record once");
    assert_eq!(all_case_numbers(&mut b.app), expected);
    assert_eq!(server.verify(), 25);
}

#[test]
fn requests_replayed_in_any_order_change_nothing_more() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    register_many(&mut a.app, "Replay", 10);
    a.app.sync_now().expect("sync 1");
    let id = a
        .app
        .list_people(&ListQuery::default())
        .expect("list")
        .items[0]
        .id;
    for (i, dob) in ["1990", "1991-04", "1992-05-06"].iter().enumerate() {
        let mut form = a.app.get_person(id).expect("get").form;
        form.date_of_birth = (*dob).into();
        form.phone = format!("+994 12 00{i}");
        a.app.edit_person(id, &form).expect("edit");
        a.app.sync_now().expect("sync");
    }
    let pushes = proxy.requests("/v1/push");
    assert_eq!(pushes.len(), 4);
    let before = a.app.get_person(id).expect("get");

    for i in [3usize, 0, 2, 1, 0, 3] {
        assert_eq!(
            proxy.replay(&pushes[i]),
            200,
            "replayed push {i} is accepted"
        );
    }
    let report = a.app.sync_now().expect("sync after the replays");
    assert_eq!(
        (report.pushed, report.pulled),
        (0, 0),
        "the replays added no change for anyone to pull"
    );
    assert_eq!(server.verify(), 10);
    let mut fresh = device_via(&proxy.url, &server, "checker");
    fresh.app.sync_now().expect("sync");
    let seen = fresh.app.get_person(id).expect("get");
    assert_eq!(seen.person, before.person, "the latest edit stands");
    assert!(seen.conflicts.is_empty(), "{:?}", seen.conflicts);
    assert_eq!(seen.form.date_of_birth, "1992-05-06");
}

#[test]
fn a_cut_or_damaged_request_is_refused_and_stores_nothing() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    register_many(&mut a.app, "Cut", 5);

    proxy.fail_nth("/v1/push", 1, Fault::TruncateRequest);
    let err = a.app.sync_now().expect_err("cut request");
    assert_eq!(err.code, ErrorCode::Network, "{err}");
    assert_eq!(server.verify(), 0, "half a request stored nothing");

    proxy.fail_nth("/v1/push", 1, Fault::CorruptRequest);
    let err = a.app.sync_now().expect_err("damaged request");
    assert_eq!(err.code, ErrorCode::ServerRefused, "{err}");
    assert!(err.message.contains("400 malformed"), "{err}");
    assert_eq!(server.verify(), 0, "a damaged request stored nothing");
    assert_eq!(waiting(&mut a.app), 5);

    a.app.sync_now().expect("an undamaged sync");
    assert_eq!(server.verify(), 5);
    assert_eq!(waiting(&mut a.app), 0);
}

/// A clock that starts `offset` away from the real time and goes back `step` at every reading.
#[derive(Clone)]
pub(super) struct SkewedClock {
    pub(super) at: Arc<AtomicI64>,
    step_back_ms: i64,
}

impl SkewedClock {
    pub(super) fn new(offset: chrono::Duration, step_back: chrono::Duration) -> Self {
        Self {
            at: Arc::new(AtomicI64::new(
                (chrono::Utc::now() + offset).timestamp_millis(),
            )),
            step_back_ms: step_back.num_milliseconds(),
        }
    }
}

impl Clock for SkewedClock {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        let ms = self.at.fetch_sub(self.step_back_ms, Ordering::SeqCst);
        chrono::DateTime::from_timestamp_millis(ms).expect("a valid time")
    }
}

pub(super) fn device_with_clock(server: &TestServer, name: &str, clock: SkewedClock) -> Device {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = Waypoint::open_with(
        Config {
            data_dir: dir.path().to_path_buf(),
            kdf: KdfParams::INSECURE_TEST_ONLY,
        },
        Box::new(clock),
        Box::new(RandomIds),
    )
    .expect("open");
    enrolled(app, dir, &server.url, server, name)
}

#[test]
fn device_clocks_days_off_or_running_backwards_do_not_matter() {
    let server = TestServer::start();
    let ahead = SkewedClock::new(chrono::Duration::days(5), chrono::Duration::zero());
    let behind = SkewedClock::new(-chrono::Duration::days(3), chrono::Duration::minutes(7));
    let mut a = device_with_clock(&server, "amina", ahead);
    let mut b = device_with_clock(&server, "jonas", behind);
    let shared = register(&mut a.app, "Ali");
    register_many(&mut b.app, "Back", 3);
    a.app.sync_now().expect("sync a");
    b.app.sync_now().expect("sync b");
    // Offline, both edit the same field; b's clock keeps going backwards between edits.
    let mut fa = a.app.get_person(shared).expect("get").form;
    fa.phone = "+994 50 111".into();
    a.app.edit_person(shared, &fa).expect("edit a");
    for phone in ["+994 50 222", "+994 50 333"] {
        let mut fb = b.app.get_person(shared).expect("get").form;
        fb.phone = phone.into();
        b.app.edit_person(shared, &fb).expect("edit b");
    }
    for _ in 0..2 {
        a.app.sync_now().expect("sync a");
        b.app.sync_now().expect("sync b");
    }
    assert_eq!(waiting(&mut a.app), 0);
    assert_eq!(
        waiting(&mut b.app),
        0,
        "a clock running backwards loses no edit"
    );
    let va = a.app.get_person(shared).expect("get");
    let vb = b.app.get_person(shared).expect("get");
    assert_eq!(va.person, vb.person, "converged");
    assert_eq!(
        va.conflicts.len(),
        1,
        "the same-field edit is a conflict, not a clock race"
    );
    let mut values: Vec<String> = va.conflicts[0]
        .values
        .iter()
        .map(|v| format!("{:?}", v.value))
        .collect();
    values.sort();
    assert!(
        values.iter().any(|v| v.contains("111")) && values.iter().any(|v| v.contains("333")),
        "both devices' values are offered: {values:?}"
    );
    assert_eq!(all_case_numbers(&mut a.app), all_case_numbers(&mut b.app));
    assert_eq!(server.verify(), 4);
}

const CHILD_DIR: &str = "WAYPOINT_SYNC_CHILD_DIR";

/// Not a test on its own: the body that `a_device_killed_mid_sync_resumes_and_converges` runs in
/// a child process and kills.
#[test]
#[ignore = "run only as the child of a_device_killed_mid_sync_resumes_and_converges"]
fn sync_child() {
    let Ok(dir) = std::env::var(CHILD_DIR) else {
        return;
    };
    let mut app = Waypoint::open(Config {
        data_dir: dir.into(),
        kdf: KdfParams::INSECURE_TEST_ONLY,
    })
    .expect("open");
    app.unlock("amina", PASSPHRASE).expect("unlock");
    println!("ready");
    loop {
        match app.sync_now() {
            Ok(report) => println!("synced {} {}", report.pushed, report.pulled),
            Err(e) => println!("failed {e}"),
        }
    }
}

#[test]
fn a_device_killed_mid_sync_resumes_and_converges() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    // Every exchange takes 40 ms, so kills land in every phase of a sync.
    proxy.set_latency(Duration::from_millis(40));
    let mut a = device_via(&proxy.url, &server, "amina");
    let mut b = device_via(&proxy.url, &server, "jonas");
    let dir = a._dir.path().to_path_buf();
    register_many(&mut a.app, "Mid", 40);
    drop(a.app);

    let exe = std::env::current_exe().expect("test binary");
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for round in 0..8 {
        // Meanwhile another device adds records for the killed one to pull.
        register_many(&mut b.app, &format!("B{round}x"), 3);
        b.app.sync_now().expect("sync b");
        let mut child = Command::new(&exe)
            .args([
                "faults::sync_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("child");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let started = Instant::now();
        while let Some(Ok(line)) = lines.next() {
            // libtest prints "test faults::sync_child ... " before the child's first line.
            if line.ends_with("ready") {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "child never got ready"
            );
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(seed % 400));
        child.kill().expect("SIGKILL");
        child.wait().expect("wait");
    }

    let mut a = Waypoint::open(Config {
        data_dir: dir,
        kdf: KdfParams::INSECURE_TEST_ONLY,
    })
    .expect("the killed device opens");
    a.unlock("amina", PASSPHRASE).expect("unlock");
    a.sync_now().expect("a calm sync");
    b.app.sync_now().expect("sync b");
    assert_eq!(waiting(&mut a), 0);
    let expected = all_case_numbers(&mut b.app);
    assert_eq!(expected.len(), 40 + 8 * 3, "every record, once");
    assert_eq!(all_case_numbers(&mut a), expected, "converged");
    assert_eq!(server.verify(), 64);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(to).expect("read") {
        std::fs::remove_file(entry.expect("entry").path()).expect("rm");
    }
    for entry in std::fs::read_dir(from).expect("read") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

#[test]
fn a_server_restored_from_an_older_backup_gets_back_from_devices_what_it_lost() {
    let mut server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    let mut b = device_via(&proxy.url, &server, "jonas");
    register_many(&mut a.app, "Early", 5);
    a.app.sync_now().expect("sync a");
    b.app.sync_now().expect("sync b");

    // The operator's nightly backup (taken with the server stopped).
    let backup = tempfile::tempdir().expect("tempdir");
    server.kill();
    copy_dir(server.data_dir(), backup.path());
    server.restart(&[]);
    proxy.set_upstream(&server.url);

    // A day's work reaches the server, acknowledged...
    register_many(&mut a.app, "Late", 5);
    let id = a
        .app
        .list_people(&ListQuery::default())
        .expect("list")
        .items[0]
        .id;
    let mut form = a.app.get_person(id).expect("get").form;
    form.phone = "+30 210 000".into();
    a.app.edit_person(id, &form).expect("edit");
    a.app.sync_now().expect("sync a");
    b.app.sync_now().expect("sync b");
    assert_eq!(server.verify(), 10);

    // ...then the disk dies and last night's backup is restored.
    server.kill();
    copy_dir(backup.path(), server.data_dir());
    server.restart(&[]);
    proxy.set_upstream(&server.url);
    assert_eq!(server.verify(), 5, "the backup lacks the day's work");

    let report = a.app.sync_now().expect("sync a after the restore");
    assert!(
        report.repaired,
        "the device noticed and compared: {report:?}"
    );
    assert_eq!(
        server.verify(),
        10,
        "the device gave back what the server lost"
    );
    let report = b.app.sync_now().expect("sync b after the restore");
    assert!(report.repaired, "{report:?}");
    let expected = all_case_numbers(&mut a.app);
    assert_eq!(expected.len(), 10);
    assert_eq!(all_case_numbers(&mut b.app), expected);
    assert_eq!(
        b.app.get_person(id).expect("get").person.fields.phone,
        "+30 210 000"
    );
    assert_a_new_device_sees(&server, &proxy.url, &expected);
    // And it settles: the next syncs are plain again.
    assert!(!a.app.sync_now().expect("sync").repaired);
    assert!(!b.app.sync_now().expect("sync").repaired);
}

/// A pull of several pages stores each page as it goes: a connection lost before the second
/// page keeps the first. And a record changed on the server between two pages of one pull
/// (so it comes in both, the second time while the first is still being stored) is merged
/// into the copy the first page stored, not stored twice.
#[test]
fn a_pull_of_several_pages_keeps_each_page_and_merges_a_record_sent_twice() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&server.url, &server, "amina");
    let forms: Vec<_> = (0..2_500).map(waypoint_e2e::data::registration).collect();
    a.app.import_people(&forms).expect("import");
    a.app.sync_now().expect("upload");
    let total = |app: &mut Waypoint| app.list_people(&ListQuery::default()).expect("list").total;

    let mut b = device_via(&proxy.url, &server, "jonas");
    proxy.fail_nth("/v1/pull", 2, Fault::DropResponse);
    let err = b.app.sync_now().expect_err("the second page is lost");
    assert_eq!(err.code, ErrorCode::Network, "{err}");
    let kept = total(&mut b.app);
    assert!(kept > 0 && kept < 2_500, "the first page is kept: {kept}");
    let in_first_page = b
        .app
        .list_people(&ListQuery::default())
        .expect("list")
        .items[0]
        .id;

    let a = Arc::new(std::sync::Mutex::new(a));
    let editor = Arc::clone(&a);
    let mut c = device_via(&proxy.url, &server, "selam");
    proxy.before_nth("/v1/pull", 2, move || {
        let mut a = editor.lock().expect("device a");
        let mut form = a.app.get_person(in_first_page).expect("get").form;
        form.phone = "+994 12 555 0101".into();
        a.app.edit_person(in_first_page, &form).expect("edit");
        a.app
            .sync_now()
            .expect("the edit reaches the server between two pages");
    });
    let report = c
        .app
        .sync_now()
        .expect("a pull with one record in two pages");
    assert_eq!(report.pulled, 2_501, "2,500 records, one of them twice");
    assert_eq!(total(&mut c.app), 2_500, "no person twice");
    let mut a = a.lock().expect("device a");
    let on_a = a.app.get_person(in_first_page).expect("get");
    let on_c = c.app.get_person(in_first_page).expect("get");
    assert_eq!(on_c.form.phone, "+994 12 555 0101");
    assert_eq!(on_c.person, on_a.person);
    assert!(on_c.conflicts.is_empty(), "{:?}", on_c.conflicts);
    let heads = |app: &mut Waypoint| {
        let bytes = app.person_bytes(in_first_page).expect("bytes");
        waypoint_core::document::PersonDoc::load(&bytes)
            .expect("load")
            .heads()
    };
    assert_eq!(
        heads(&mut c.app),
        heads(&mut a.app),
        "the same changes on both"
    );

    b.app.sync_now().expect("the interrupted pull resumes");
    assert_eq!(total(&mut b.app), 2_500);
    assert_eq!(
        b.app.get_person(in_first_page).expect("get").form.phone,
        "+994 12 555 0101"
    );
    assert_eq!(server.verify(), 2_500);
}

/// A server too busy to take a push answers `503` with `Retry-After`; the device waits, sends
/// the same push again, and nothing is lost or stored twice.
#[test]
fn a_push_turned_away_by_a_busy_server_is_sent_again_after_the_delay() {
    let server = TestServer::start();
    let proxy = Proxy::start(&server.url);
    let mut a = device_via(&proxy.url, &server, "amina");
    register_many(&mut a.app, "Busy", 12);
    // Twice: each rule is spent by the next push to reach it.
    proxy.fail_nth("/v1/push", 1, Fault::Busy);
    proxy.fail_nth("/v1/push", 1, Fault::Busy);
    let started = Instant::now();
    let report = a.app.sync_now().expect("the sync waits and goes through");
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "it waited as told: {:?}",
        started.elapsed()
    );
    assert_eq!(report.busy_retries, 2);
    assert_eq!(report.pushed, 12);
    assert_eq!(waiting(&mut a.app), 0);
    assert_eq!(server.verify(), 12, "no record twice");
}
