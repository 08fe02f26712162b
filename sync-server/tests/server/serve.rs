//! `waypoint-server serve`.

use serde_json::Value;

use crate::support::{TestServer, http_get, server_command};

#[test]
fn a_fresh_server_creates_its_database_and_reports_healthy() {
    let server = TestServer::start();

    let response = http_get(server.address(), "/health");
    assert_eq!(response.status, 200, "log:\n{}", server.log());
    let body: Value = serde_json::from_str(&response.body).expect("JSON body");
    assert_eq!(body["status"], "ok", "{body}");
    assert_eq!(body["database"], "ok", "{body}");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["protocol_versions"], serde_json::json!([1]));

    assert!(
        server.data_dir().join("waypoint-server.sqlite3").is_file(),
        "serve creates the database in the data directory"
    );
}

#[test]
fn an_unknown_route_gets_a_json_error_from_the_real_server() {
    let server = TestServer::start();
    let response = http_get(server.address(), "/nowhere");
    assert_eq!(response.status, 404);
    let body: Value = serde_json::from_str(&response.body).expect("JSON body");
    assert_eq!(body["code"], "not_found");
}

#[cfg(unix)]
#[test]
fn the_server_shuts_down_cleanly_on_sigterm() {
    let mut server = TestServer::start();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success(), "SIGTERM delivered");

    let status = server.wait_for_exit();
    assert!(
        status.success(),
        "a graceful shutdown exits 0, got {status}; log:\n{}",
        server.log()
    );
    assert!(
        server.log().contains("SIGTERM"),
        "the shutdown is logged:\n{}",
        server.log()
    );
}

#[test]
fn a_broken_config_file_stops_start_up_with_a_message_naming_the_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("server.toml");
    std::fs::write(&config, "bnid = \"127.0.0.1:0\"\n").expect("write config");
    let output = server_command(dir.path())
        .arg("serve")
        .arg("--config")
        .arg(&config)
        .output()
        .expect("the server binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "a bad config must not start");
    assert!(stderr.contains("bnid"), "the typo is named: {stderr}");
}

#[test]
fn the_server_describes_its_api_as_openapi_generated_from_the_code() {
    let server = TestServer::start();
    let response = http_get(server.address(), "/v1/openapi.json");
    assert_eq!(response.status, 200, "log:\n{}", server.log());
    let doc: Value = serde_json::from_str(&response.body).expect("JSON body");
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")),
        "{doc}"
    );
    for (path, method) in [
        ("/health", "get"),
        ("/v1/openapi.json", "get"),
        ("/v1/enrol", "post"),
        ("/v1/session/challenge", "post"),
        ("/v1/session", "post"),
        ("/v1/push", "post"),
        ("/v1/pull", "post"),
        ("/v1/compare", "post"),
        ("/v1/leaflets", "post"),
    ] {
        assert!(
            doc["paths"][path][method].is_object(),
            "{method} {path} is not described"
        );
    }
    let push = &doc["paths"]["/v1/push"]["post"];
    assert!(
        push["requestBody"]["content"]["application/x-waypoint-sync"].is_object(),
        "sync bodies are described with their content type: {push}"
    );
    assert!(
        push["security"][0]["bearer"].is_array(),
        "push needs a session token"
    );
    for status in ["200", "400", "401", "403", "413"] {
        assert!(
            push["responses"][status].is_object(),
            "push documents {status}"
        );
    }
    let schemas = &doc["components"]["schemas"];
    for field in ["records", "erasures"] {
        assert!(
            schemas["PushRequest"]["properties"][field].is_object(),
            "PushRequest.{field} missing: {}",
            schemas["PushRequest"]
        );
    }
    assert_eq!(
        schemas["PushRecord"]["properties"]["changes"]["format"],
        "binary"
    );
    assert!(schemas["ApiError"]["properties"]["code"].is_object());
}
