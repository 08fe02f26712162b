//! Sync end to end: a real `waypoint-server` process on 127.0.0.1:0 and several device stores.

mod server;

use server::TestServer;
use waypoint_client::{Config, ErrorCode, KdfParams, ListQuery, SetUpForm, Waypoint};
use waypoint_core::document::FieldValue;
use waypoint_core::form::{ConsentForm, NameForm, RegistrationForm};
use waypoint_core::model::{ConsentScope, NameKind};

const PASSPHRASE: &str = "correct horse battery";

struct Device {
    app: Waypoint,
    _dir: tempfile::TempDir,
}

fn device(server: &TestServer, name: &str) -> Device {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = Waypoint::open(Config {
        data_dir: dir.path().to_path_buf(),
        kdf: KdfParams::INSECURE_TEST_ONLY,
    })
    .expect("open");
    app.set_up(&SetUpForm {
        site_code: "LSV".into(),
        username: name.into(),
        display_name: name.into(),
        passphrase: PASSPHRASE.into(),
    })
    .expect("set up");
    let code = server.enrolment_code("LSV", "supervisor");
    let status = app.enrol(&server.url, &code).expect("enrol");
    assert!(status.enrolled);
    Device { app, _dir: dir }
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
            assert!(report.requests >= 3, "session pair and at least one pull");
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
    let again = a.app.sync_now().expect("no-op sync");
    assert_eq!(again.pushed, 0, "nothing to push");
    assert_eq!(again.requests, 3, "session pair and one empty pull");
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
    assert_eq!(err.code, ErrorCode::ServerRefused, "{err}");
    assert!(err.message.contains("enrolment_code_invalid"), "{err}");
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
