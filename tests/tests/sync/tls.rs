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
