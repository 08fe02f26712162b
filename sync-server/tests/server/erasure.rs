//! Erasure through the router: a supervisor's device erases a record; its bytes leave the
//! database file and its journal; devices learn of it by pull and by compare; it never comes
//! back.

use std::path::Path;

use axum::http::StatusCode;
use waypoint_core::sync::{CompareRequest, CompareResponse, PushResponse, heads_digest};
use waypoint_server::wire::Role;

use crate::api::{Server, person, push_record, record_id, rename};

/// Whether `needle` occurs in the database file or its WAL.
pub fn on_disk(database: &Path, needle: &[u8]) -> bool {
    ["", "-wal"].iter().any(|suffix| {
        let mut path = database.as_os_str().to_owned();
        path.push(suffix);
        std::fs::read(&path)
            .map(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
            .unwrap_or(false)
    })
}

#[tokio::test]
async fn an_erased_record_leaves_no_byte_on_disk_and_every_device_learns_of_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("server.sqlite3");
    let server = Server::on_file(&path);
    let officer = server.device("LSV").await;
    let other = server.device("LSV").await;
    let supervisor = server.device_as("LSV", Role::Supervisor).await;
    // A name long enough to be unmistakable in a raw file (Automerge keeps short strings raw).
    let marker = "Quetzalcoatl-Erasure-Marker-7f3a";
    let mut doc = person(marker);
    let kept_name = "Kept-Record-Marker-c41d";
    let mut kept = person(kept_name);
    officer
        .push_ok(
            &server,
            vec![
                push_record(record_id(1), &mut doc, &[]),
                push_record(record_id(2), &mut kept, &[]),
            ],
        )
        .await;
    let base = doc.get_heads();
    rename(&mut doc, &format!("{marker} (edited)"));
    officer
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &base)])
        .await;
    assert!(
        on_disk(&path, marker.as_bytes()),
        "before the erasure the name is in the file (else this test proves nothing)"
    );
    let before = other.pull_ok(&server, 0, 100).await;
    assert_eq!(before.records.len(), 2);

    let erased: PushResponse = supervisor.erase(&server, &[record_id(1)]).await.message();
    assert_eq!(erased.results.len(), 1);
    assert!(erased.results[0].erased, "the erasure is confirmed");
    assert!(
        !on_disk(&path, marker.as_bytes()),
        "no byte of the erased record's name is left in the database or its WAL"
    );
    assert!(
        on_disk(&path, kept_name.as_bytes()),
        "the other record is untouched"
    );

    // A device that had it learns by pull; a device that repairs learns by compare.
    let after = other.pull_ok(&server, before.next, 100).await;
    assert_eq!(after.erased, vec![record_id(1)]);
    assert!(after.records.is_empty());
    let from_start = other.pull_ok(&server, 0, 100).await;
    assert_eq!(from_start.records.len(), 1, "only the kept record remains");
    assert_eq!(from_start.erased, vec![record_id(1)]);
    let compared: CompareResponse = server
        .post(
            "/v1/compare",
            &CompareRequest {
                records: vec![(record_id(1), heads_digest(&doc.get_heads()))],
            },
            Some(&other.token),
        )
        .await
        .message();
    assert_eq!(compared.erased, vec![record_id(1)]);
    assert!(compared.differ.is_empty());

    // An edit made offline before the erasure arrived is refused, and stores nothing.
    let base = doc.get_heads();
    rename(&mut doc, &format!("{marker} (late edit)"));
    let late = officer
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &base)])
        .await;
    assert!(late.results[0].erased, "the erasure wins over a late edit");
    let whole = officer
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &[])])
        .await;
    assert!(whole.results[0].erased, "a whole copy cannot bring it back");
    assert!(!on_disk(&path, marker.as_bytes()));
    let report = server.state.storage().verify().await.expect("verify");
    assert!(report.problems.is_empty(), "{:?}", report.problems);

    // Erasing again is a no-op that still answers `erased` (a replayed request).
    let again: PushResponse = supervisor.erase(&server, &[record_id(1)]).await.message();
    assert!(again.results[0].erased);
    assert_eq!(
        again.own_seq, 0,
        "a replayed erasure adds nothing to the change log"
    );
}

#[tokio::test]
async fn only_a_device_enrolled_as_supervisor_may_erase() {
    let server = Server::new();
    let officer = server.device("LSV").await;
    let mut doc = person("Amina");
    officer
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &[])])
        .await;
    let message = officer
        .erase(&server, &[record_id(1)])
        .await
        .assert_error(StatusCode::FORBIDDEN, "forbidden");
    assert!(message.contains("supervisor"), "{message}");
    let pulled = officer.pull_ok(&server, 0, 10).await;
    assert_eq!(pulled.records.len(), 1, "nothing was erased");
    assert!(pulled.erased.is_empty());
}

#[tokio::test]
async fn a_supervisor_cannot_erase_another_sites_record() {
    let server = Server::new();
    let officer = server.device("LSV").await;
    let supervisor = server.device_as("AZ01", Role::Supervisor).await;
    let mut doc = person("Amina");
    officer
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &[])])
        .await;
    supervisor
        .erase(&server, &[record_id(1)])
        .await
        .assert_error(StatusCode::FORBIDDEN, "forbidden");
    assert_eq!(officer.pull_ok(&server, 0, 10).await.records.len(), 1);
}

#[tokio::test]
async fn erasing_a_record_the_server_never_had_refuses_it_later() {
    let server = Server::new();
    let supervisor = server.device_as("LSV", Role::Supervisor).await;
    let officer = server.device("LSV").await;
    let answer: PushResponse = supervisor.erase(&server, &[record_id(9)]).await.message();
    assert!(answer.results[0].erased);
    let mut doc = person("Registered offline, erased before it synced");
    let late = officer
        .push_ok(&server, vec![push_record(record_id(9), &mut doc, &[])])
        .await;
    assert!(late.results[0].erased);
    assert!(officer.pull_ok(&server, 0, 10).await.records.is_empty());
}
