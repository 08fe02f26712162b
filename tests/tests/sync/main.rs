//! Sync end to end: a real `waypoint-server` process on 127.0.0.1:0 and several device stores.

mod auto;
mod duplicates;
mod erasure;
mod faults;
mod leaflets;
mod sensitive;
mod site_settings;
mod tls;

use waypoint_client::{
    Config, ErrorCode, KdfParams, ListQuery, SetUpForm, SyncCancel, SyncPhase, SyncProgress,
    Waypoint,
};
use waypoint_core::document::FieldValue;
use waypoint_core::form::{ConsentForm, NameForm, RegistrationForm};
use waypoint_core::model::{ConsentScope, NameKind};
use waypoint_e2e::server::TestServer;

const PASSPHRASE: &str = "correct horse battery";

struct Device {
    app: Waypoint,
    _dir: tempfile::TempDir,
}

/// A set-up device at site LSV, enrolled as a supervisor with `server`.
fn device(server: &TestServer, name: &str) -> Device {
    device_via(&server.url, server, name)
}

/// A set-up device enrolled through `url` (the server's, or a proxy's in front of it).
fn device_via(url: &str, server: &TestServer, name: &str) -> Device {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = Waypoint::open(Config {
        data_dir: dir.path().to_path_buf(),
        kdf: KdfParams::INSECURE_TEST_ONLY,
    })
    .expect("open");
    enrolled(app, dir, url, server, name)
}

/// Sets up an opened device at site LSV and enrols it as a supervisor.
fn enrolled(
    mut app: Waypoint,
    dir: tempfile::TempDir,
    url: &str,
    server: &TestServer,
    name: &str,
) -> Device {
    app.set_up(&SetUpForm {
        site_code: "LSV".into(),
        username: name.into(),
        display_name: name.into(),
        passphrase: PASSPHRASE.into(),
    })
    .expect("set up");
    let code = server.enrolment_code("LSV", "supervisor");
    let status = app.enrol(url, &code).expect("enrol");
    assert!(status.enrolled);
    Device { app, _dir: dir }
}

/// Registers a person with one Latin given name; returns the id.
fn register(app: &mut Waypoint, name: &str) -> waypoint_core::ids::PersonId {
    app.register_person(&person(name, name))
        .expect("register")
        .person
        .id
}

fn person(given: &str, latin: &str) -> RegistrationForm {
    RegistrationForm {
        names: vec![NameForm {
            id: None,
            kind: Some(NameKind::Given),
            original: given.into(),
            latin: vec![latin.into()],
        }],
        consents: vec![ConsentForm {
            scope: ConsentScope::Registration,
            given: true,
        }],
        ..RegistrationForm::default()
    }
}

fn all_case_numbers(app: &mut Waypoint) -> Vec<String> {
    let mut v: Vec<String> = app
        .list_people(&ListQuery {
            limit: 500,
            ..ListQuery::default()
        })
        .expect("list")
        .items
        .into_iter()
        .map(|p| p.case_number)
        .collect();
    v.sort();
    v
}

#[test]
fn three_devices_editing_offline_converge_and_show_the_same_conflict() {
    let server = TestServer::start();
    let mut devices: Vec<Device> = ["amina", "jonas", "sara"]
        .iter()
        .map(|n| device(&server, n))
        .collect();

    // Offline: each device registers people.
    let first = devices[0]
        .app
        .register_person(&person("محمد", "Mohammed"))
        .expect("register");
    for (i, d) in devices.iter_mut().enumerate() {
        for j in 0..3 {
            d.app
                .register_person(&person(&format!("Name{i}{j}"), &format!("Name{i}{j}")))
                .expect("register");
        }
    }
    // Device 0 shares the first record; everyone syncs so all hold it.
    for d in devices.iter_mut() {
        d.app.sync_now().expect("sync");
    }
    devices[0].app.sync_now().expect("sync again");
    let id = first.person.id;
    // Offline again: two devices edit the same field, the third a different one.
    let mut f1 = devices[1].app.get_person(id).expect("device 1 has it").form;
    f1.date_of_birth = "1990".into();
    devices[1].app.edit_person(id, &f1).expect("edit");
    let mut f2 = devices[2].app.get_person(id).expect("device 2 has it").form;
    f2.date_of_birth = "1992-03".into();
    devices[2].app.edit_person(id, &f2).expect("edit");
    let mut f0 = devices[0].app.get_person(id).expect("get").form;
    f0.phone = "+963 11".into();
    devices[0].app.edit_person(id, &f0).expect("edit");

    // Sync in a scrambled order, twice round, so every device has seen everything.
    for round in 0..2 {
        for i in [2usize, 0, 1] {
            let report = devices[i]
                .app
                .sync_now()
                .unwrap_or_else(|e| panic!("round {round} device {i}: {e}"));
            assert!(report.requests >= 1, "at least one pull");
        }
    }
    let expected = all_case_numbers(&mut devices[0].app);
    assert_eq!(expected.len(), 10, "every registration reached device 0");
    let mut views = Vec::new();
    for d in devices.iter_mut() {
        assert_eq!(
            all_case_numbers(&mut d.app),
            expected,
            "every device holds the same records"
        );
        assert_eq!(
            d.app.sync_status().expect("status").waiting,
            0,
            "nothing left to send"
        );
        views.push(d.app.get_person(id).expect("get"));
    }
    for v in &views {
        assert_eq!(v.person, views[0].person, "the record converged");
        assert_eq!(
            v.conflicts.len(),
            1,
            "the same-field conflict shows on every device"
        );
        assert_eq!(v.conflicts[0].field, "date_of_birth");
        assert_eq!(v.person.fields.phone, "+963 11", "the other field merged");
    }

    // A supervisor resolves it on one device; the others learn it at their next sync.
    devices[1]
        .app
        .resolve_conflict(id, "date_of_birth", &FieldValue::Text("1992-03".into()))
        .expect("resolve");
    devices[1].app.sync_now().expect("sync");
    for d in devices.iter_mut() {
        d.app.sync_now().expect("sync");
        let v = d.app.get_person(id).expect("get");
        assert!(v.conflicts.is_empty(), "resolution reached every device");
    }
}

#[test]
fn a_no_op_sync_sends_nothing_and_a_replayed_sync_duplicates_nothing() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    for i in 0..25 {
        a.app
            .register_person(&person(&format!("P{i}"), &format!("P{i}")))
            .expect("register");
    }
    let first = a.app.sync_now().expect("sync");
    assert_eq!(first.pushed, 25);
    assert_eq!(
        (first.requests, first.pulled),
        (6, 0),
        "session pair, one push, one pull that does not send the device's own records back \
         (nothing to compare: every record waits in the outbox), the published leaflet packs \
         (asked at the first sync, then hourly) and the review candidates (a supervisor's \
         device, after a sync that moved records)"
    );
    let again = a.app.sync_now().expect("no-op sync");
    assert_eq!(again.pushed, 0, "nothing to push");
    assert_eq!(
        again.requests, 1,
        "one empty pull: the session token is reused"
    );
    assert!(
        again.bytes_up + again.bytes_down < 2_048,
        "a no-op sync is small: {again:?}"
    );

    // A new device pulls everything once; syncing again adds nothing.
    let mut b = device(&server, "jonas");
    b.app.sync_now().expect("sync");
    b.app.sync_now().expect("sync again");
    assert_eq!(all_case_numbers(&mut b.app), all_case_numbers(&mut a.app));
}

#[test]
fn a_bad_enrolment_code_is_refused_and_an_unenrolled_device_cannot_sync() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = Waypoint::open(Config {
        data_dir: dir.path().to_path_buf(),
        kdf: KdfParams::INSECURE_TEST_ONLY,
    })
    .expect("open");
    app.set_up(&SetUpForm {
        site_code: "LSV".into(),
        username: "amina".into(),
        display_name: "Amina".into(),
        passphrase: PASSPHRASE.into(),
    })
    .expect("set up");
    assert_eq!(
        app.sync_now().expect_err("not enrolled").code,
        ErrorCode::NotEnrolled
    );
    let err = app
        .enrol(&server.url, "AAAA-BBBB-CCCC-DDDD")
        .expect_err("bad code");
    assert_eq!(err.code, ErrorCode::EnrolmentCodeInvalid, "{err}");
    // A code for another site is refused and not used up: this device is set up for LSV.
    let elsewhere = server.enrolment_code("ATH", "officer");
    let err = app.enrol(&server.url, &elsewhere).expect_err("other site");
    assert_eq!(err.code, ErrorCode::SiteMismatch, "{err}");
    assert!(!app.sync_status().expect("status").enrolled);
    let err = app
        .enrol("http://127.0.0.1:9", "AAAA")
        .expect_err("no server");
    assert_eq!(err.code, ErrorCode::Network);
}

#[test]
fn a_revoked_device_is_refused_and_wipes_its_local_data() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    a.app
        .register_person(&person("Reza", "Reza"))
        .expect("register");
    a.app.sync_now().expect("sync");
    let device_id = server.only_device_id();
    server.revoke(&device_id);
    a.app
        .register_person(&person("Sara", "Sara"))
        .expect("register");
    let err = a.app.sync_now().expect_err("revoked");
    assert_eq!(err.code, ErrorCode::DeviceRevoked);
    assert!(!a.app.status().set_up, "the device is wiped");
    let left: Vec<_> = std::fs::read_dir(a._dir.path()).expect("dir").collect();
    assert!(left.is_empty(), "no file is left: {left:?}");
}

#[test]
fn a_sync_reports_its_progress_and_stops_when_cancelled_keeping_what_it_finished() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    let forms: Vec<_> = (0..4_500)
        .map(|i| person(&format!("P{i}"), &format!("P{i}")))
        .collect();
    a.app.import_people(&forms).expect("import");

    // Cancelled once the first batch of 2,000 is acknowledged. The second was sent with it
    // (two pushes travel at once): its answer is kept. The rest waits.
    let cancel = SyncCancel::new();
    let mut seen = Vec::new();
    let err = a
        .app
        .sync_watched(
            &mut |p: &SyncProgress| {
                if p.pushed > 0 {
                    cancel.cancel();
                }
                seen.push(p.clone());
            },
            &cancel,
        )
        .expect_err("cancelled");
    assert_eq!(err.code, ErrorCode::Cancelled);
    assert_eq!(
        a.app.sync_status().expect("status").waiting,
        500,
        "the acknowledged batches are kept"
    );
    assert!(seen.iter().all(|p| p.to_push == 4_500));
    assert_eq!(seen.last().map(|p| p.pushed), Some(4_000));

    // The next sync finishes the job; its phases come in order.
    let mut phases = Vec::new();
    let mut last = None;
    let report = a
        .app
        .sync_watched(
            &mut |p: &SyncProgress| {
                if phases.last() != Some(&p.phase) {
                    phases.push(p.phase);
                }
                last = Some(p.clone());
            },
            &SyncCancel::new(),
        )
        .expect("sync");
    assert_eq!(report.pushed, 500);
    assert_eq!(
        phases,
        [
            SyncPhase::Connecting,
            SyncPhase::Pushing,
            SyncPhase::Pulling,
            SyncPhase::Done
        ]
    );
    let last = last.expect("progress");
    assert_eq!(
        (last.pushed, last.bytes_up, last.bytes_down),
        (report.pushed, report.bytes_up, report.bytes_down),
        "the last progress is the report"
    );
    assert_eq!(a.app.sync_status().expect("status").waiting, 0);
}
