//! HTTPS end to end: a server with a self-signed certificate, a device that pins it at
//! enrolment, and a device that refuses a server presenting another certificate later.

use waypoint_client::{ErrorCode, Waypoint};
use waypoint_e2e::server::TestServer;

use super::{Device, device, person};

const SELF_SIGNED: &[(&str, &str)] = &[("WAYPOINT_TLS_SELF_SIGNED", "true")];

fn waiting(app: &mut Waypoint) -> u32 {
    app.sync_status().expect("status").waiting
}

#[test]
fn a_device_pins_a_self_signed_server_and_refuses_another_certificate_later() {
    let mut server = TestServer::start_with(SELF_SIGNED);
    assert!(
        server.url.starts_with("https://127.0.0.1:"),
        "{}",
        server.url
    );
    let mut a: Device = device(&server, "amina");
    let status = a.app.sync_status().expect("status");
    let pinned = status
        .server_fingerprint
        .expect("a self-signed certificate is pinned");
    assert_eq!(pinned.len(), 95, "SHA-256 as AB:CD:…: {pinned}");

    a.app
        .register_person(&person("Amina", "Amina"))
        .expect("register");
    let report = a.app.sync_now().expect("sync over HTTPS");
    assert_eq!(report.pushed, 1);

    // A restart keeps the certificate: the device goes on syncing.
    server.restart_on_same_port(SELF_SIGNED);
    a.app
        .register_person(&person("Yusuf", "Yusuf"))
        .expect("register");
    assert_eq!(a.app.sync_now().expect("sync after restart").pushed, 1);

    // Someone answers at the same address with another certificate: nothing is sent.
    std::fs::remove_dir_all(server.data_dir().join("tls")).expect("remove certificate");
    server.restart_on_same_port(SELF_SIGNED);
    a.app
        .register_person(&person("Sara", "Sara"))
        .expect("register");
    let err = a
        .app
        .sync_now()
        .expect_err("another certificate is refused");
    assert_eq!(err.code, ErrorCode::Network, "{err}");
    assert_eq!(
        waiting(&mut a.app),
        1,
        "the record waits, safe on the device"
    );
}

#[test]
fn plain_http_is_refused_for_any_address_but_this_machine() {
    let server = TestServer::start();
    let mut a = device(&server, "amina");
    let err = a
        .app
        .enrol("http://192.0.2.10:8787", "AAAA-BBBB")
        .expect_err("plain http across a network");
    assert_eq!(err.code, ErrorCode::Validation);
    assert!(err.message.contains("https"), "{err}");
    let err = a
        .app
        .enrol("ftp://127.0.0.1", "AAAA-BBBB")
        .expect_err("not http");
    assert_eq!(err.code, ErrorCode::Validation);
}

#[test]
fn a_rotated_certificate_is_trusted_by_devices_that_synced_while_it_was_announced() {
    let mut server = TestServer::start_with(SELF_SIGNED);
    let mut a: Device = device(&server, "amina");
    let mut late: Device = device(&server, "jonas");
    let first = a
        .app
        .sync_status()
        .expect("status")
        .server_fingerprint
        .expect("pinned");

    // The operator prepares the next certificate and restarts: it is announced, not served.
    let out = server.admin_with(&["rotate-certificate"], SELF_SIGNED);
    assert!(out.contains("next certificate: "), "{out}");
    server.restart_on_same_port(SELF_SIGNED);
    a.app
        .sync_now()
        .expect("sync while the next certificate is announced");
    assert_eq!(
        a.app.sync_status().expect("status").server_fingerprint,
        Some(first.clone()),
        "the current certificate stays pinned until the server presents the next"
    );

    // The operator finishes the rotation: the device that synced in between goes on.
    let out = server.admin_with(&["rotate-certificate", "--finish"], SELF_SIGNED);
    assert!(out.contains("in place"), "{out}");
    server.restart_on_same_port(SELF_SIGNED);
    a.app
        .register_person(&person("Amina", "Amina"))
        .expect("register");
    let report = a.app.sync_now().expect("sync with the new certificate");
    assert_eq!(report.pushed, 1);
    let second = a
        .app
        .sync_status()
        .expect("status")
        .server_fingerprint
        .expect("pinned");
    assert_ne!(second, first, "the new certificate is the pinned one now");
    assert!(
        out.contains(&second),
        "the app shows what the server printed: {out}"
    );

    // A device that did not sync while it was announced refuses it, and keeps its records.
    late.app
        .register_person(&person("Yusuf", "Yusuf"))
        .expect("register");
    let err = late
        .app
        .sync_now()
        .expect_err("a certificate never announced to it is refused");
    assert_eq!(err.code, ErrorCode::Network, "{err}");
    assert_eq!(waiting(&mut late.app), 1);

    // Finishing again without a prepared rotation is refused with a clear message.
    let again = std::process::Command::new(waypoint_e2e::server::binary())
        .args(["rotate-certificate", "--finish", "--data-dir"])
        .arg(server.data_dir())
        .env("WAYPOINT_TLS_SELF_SIGNED", "true")
        .output()
        .expect("run");
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("no rotation was prepared"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}
