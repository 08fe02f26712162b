//! Leaflet packs: an administrator publishes the leaflet folder (`publish-leaflets`, checked
//! whole, each edition later than the last) and devices fetch the latest pack they lack
//! (`POST /v1/leaflets`).

use std::path::{Path, PathBuf};

use waypoint_core::sync::{LeafletsRequest, LeafletsResponse};
use waypoint_server::{admin, storage::PublishOutcome};

use crate::api::Server;
use crate::support::server_command;

fn repository_leaflets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../leaflets")
}

/// A copy of the repository's leaflet folder with `edition` in its catalogue.
fn leaflet_folder(edition: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in admin::read_leaflet_folder(&repository_leaflets()).expect("leaflets/") {
        let target = dir.path().join(&path);
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("mkdir");
        let text = if path == "catalogue.toml" {
            let start = text.find("\nedition = ").expect("an edition line") + 1;
            let end = start + text[start..].find('\n').expect("end of line");
            format!("{}edition = \"{edition}\"{}", &text[..start], &text[end..])
        } else {
            text
        };
        std::fs::write(target, text).expect("write");
    }
    dir
}

fn publish(data_dir: &Path, folder: &Path) -> std::process::Output {
    server_command(data_dir)
        .arg("publish-leaflets")
        .arg(folder)
        .output()
        .expect("the server binary runs")
}

#[test]
fn an_administrator_publishes_later_editions_only_and_never_a_broken_folder() {
    let data = tempfile::tempdir().expect("temp dir");
    let first = leaflet_folder("2027-01-10");
    let output = publish(data.path(), first.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "stderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("published leaflet edition 2027-01-10 as pack 1"),
        "{stdout}"
    );

    let output = publish(data.path(), first.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the same edition again is refused"
    );
    assert!(
        stderr.contains("not later than the published edition 2027-01-10"),
        "{stderr}"
    );

    let broken = leaflet_folder("2027-02-01");
    std::fs::remove_file(broken.path().join("eurodac/ti.md")).expect("remove a translation");
    let output = publish(data.path(), broken.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "a folder with a text missing is refused"
    );
    assert!(
        stderr.contains("eurodac/ti.md is missing") && stderr.contains("nothing was published"),
        "{stderr}"
    );
}

#[tokio::test]
async fn a_device_fetches_the_packs_it_lacks_and_nothing_once_it_has_them() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let request = |after| LeafletsRequest { after };
    let none: LeafletsResponse = server
        .post("/v1/leaflets", &request(0), Some(&device.token))
        .await
        .message();
    assert!(none.packs.is_empty(), "nothing published yet");

    let storage = server.state.storage();
    let files = admin::read_leaflet_folder(&repository_leaflets()).expect("leaflets/");
    for (edition, want) in [("2027-01-10", 1), ("2027-03-01", 2)] {
        let outcome = storage
            .publish_leaflets(edition.to_owned(), files.clone(), 0)
            .await
            .expect("stored");
        assert_eq!(outcome, PublishOutcome::Published(want));
    }
    let latest: LeafletsResponse = server
        .post("/v1/leaflets", &request(0), Some(&device.token))
        .await
        .message();
    let editions: Vec<(u64, &str)> = latest
        .packs
        .iter()
        .map(|p| (p.id, p.edition.as_str()))
        .collect();
    assert_eq!(
        editions,
        [(1, "2027-01-10"), (2, "2027-03-01")],
        "every pack, oldest first: a hand-over may cite an older text"
    );
    assert_eq!(latest.packs[1].files, files, "the files as published");

    let again: LeafletsResponse = server
        .post("/v1/leaflets", &request(2), Some(&device.token))
        .await
        .message();
    assert!(
        again.packs.is_empty(),
        "a device holding pack 2 gets nothing"
    );

    let unauthenticated = server.post("/v1/leaflets", &request(0), None).await;
    assert_eq!(unauthenticated.status, axum::http::StatusCode::UNAUTHORIZED);
}
