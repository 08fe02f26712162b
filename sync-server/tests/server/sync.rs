//! Sync protocol v1 through the router (`oneshot`, no sockets): enrolment, sessions, push, pull,
//! compare, and every way a request can be refused without storing anything.

use std::{collections::BTreeSet, sync::Arc, time::Duration};

use automerge::{AutoCommit, ROOT, ReadDoc, transaction::Transactable};
use axum::http::StatusCode;
use ed25519_dalek::Signer;
use proptest::{prelude::*, test_runner::TestRunner};
use uuid::Uuid;
use waypoint_core::sync::{
    CompareRequest, CompareResponse, Hash, MAX_RECORDS_PER_REQUEST, PullRequest, PullResponse,
    PushRecord, PushRequest, RecordKind, decode, encode, heads_digest,
};
use waypoint_server::{
    HttpLimits,
    storage::SqliteStorage,
    wire::{
        ChallengeResponse, EnrolRequest, EnrolResponse, Role, SessionRequest, SessionResponse,
        session_signing_message,
    },
};

use crate::api::{Server, new_key, person, push_record, record_id, rename, sorted, wire_heads};

fn name_of(doc: &AutoCommit) -> String {
    doc.get(ROOT, "name")
        .expect("read")
        .and_then(|(value, _)| value.into_string().ok())
        .unwrap_or_default()
}

/// Loads pulled changes into a new document, as a device without the record does.
fn load(changes: &[u8]) -> AutoCommit {
    let mut doc = AutoCommit::new();
    doc.load_incremental(changes).expect("pulled changes load");
    doc
}

// ---- enrolment and sessions -------------------------------------------------------------------

#[tokio::test]
async fn an_enrolment_code_enrols_one_device_and_is_refused_the_second_time() {
    let server = Server::new();
    let code = server.issue_code("LSV", Role::Supervisor).await;
    let enrol = |key: ed25519_dalek::SigningKey| EnrolRequest {
        code: code.to_lowercase(),
        public_key: key.verifying_key().to_bytes().to_vec(),
        site: None,
    };

    let first: EnrolResponse = server
        .post("/v1/enrol", &enrol(new_key()), None)
        .await
        .message();
    assert_eq!(first.site, "LSV", "the device joins the code's site");
    assert_eq!(first.role, Role::Supervisor, "and gets the code's role");

    let second = server.post("/v1/enrol", &enrol(new_key()), None).await;
    second.assert_error(StatusCode::FORBIDDEN, "enrolment_code_invalid");
    let devices = server.state.storage().devices().await.expect("devices");
    assert_eq!(devices.len(), 1, "a spent code enrols nobody else");
}

#[tokio::test]
async fn an_expired_or_mistyped_enrolment_code_is_refused() {
    let server = Server::new();
    let code = server.issue_code("LSV", Role::Officer).await;
    server.advance(Duration::from_secs(25 * 60 * 60));
    let request = EnrolRequest {
        code,
        public_key: new_key().verifying_key().to_bytes().to_vec(),
        site: None,
    };
    let expired = server.post("/v1/enrol", &request, None).await;
    expired.assert_error(StatusCode::FORBIDDEN, "enrolment_code_invalid");

    let mistyped = EnrolRequest {
        code: "12".to_owned(),
        ..request
    };
    let message = server
        .post("/v1/enrol", &mistyped, None)
        .await
        .assert_error(StatusCode::FORBIDDEN, "enrolment_code_invalid");
    assert!(
        message.contains("16"),
        "the message says what a code looks like: {message}"
    );
}

#[tokio::test]
async fn a_public_key_enrols_only_once_and_the_code_is_kept_for_a_new_key() {
    let server = Server::new();
    let key = new_key();
    let first = EnrolRequest {
        code: server.issue_code("LSV", Role::Officer).await,
        public_key: key.verifying_key().to_bytes().to_vec(),
        site: None,
    };
    let _: EnrolResponse = server.post("/v1/enrol", &first, None).await.message();
    let code = server.issue_code("LSV", Role::Officer).await;
    let reused = EnrolRequest {
        code: code.clone(),
        public_key: key.verifying_key().to_bytes().to_vec(),
        site: None,
    };
    server
        .post("/v1/enrol", &reused, None)
        .await
        .assert_error(StatusCode::CONFLICT, "public_key_in_use");
    let fresh = EnrolRequest {
        code,
        public_key: new_key().verifying_key().to_bytes().to_vec(),
        site: None,
    };
    let _: EnrolResponse = server.post("/v1/enrol", &fresh, None).await.message();
}

#[tokio::test]
async fn a_code_for_another_site_is_refused_and_not_spent() {
    let server = Server::new();
    let code = server.issue_code("LSV", Role::Officer).await;
    let elsewhere = EnrolRequest {
        code: code.clone(),
        public_key: new_key().verifying_key().to_bytes().to_vec(),
        site: Some("ATH".to_owned()),
    };
    let message = server
        .post("/v1/enrol", &elsewhere, None)
        .await
        .assert_error(StatusCode::CONFLICT, "site_mismatch");
    assert!(
        message.contains("LSV") && message.contains("ATH"),
        "the message names both sites: {message}"
    );
    assert!(
        server
            .state
            .storage()
            .devices()
            .await
            .expect("devices")
            .is_empty()
    );
    let here = EnrolRequest {
        site: Some("LSV".to_owned()),
        ..elsewhere
    };
    let enrolled: EnrolResponse = server.post("/v1/enrol", &here, None).await.message();
    assert_eq!(
        enrolled.site, "LSV",
        "the code still works for its own site"
    );
}

#[tokio::test]
async fn a_signed_challenge_opens_a_session_whose_token_authorises_sync() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let session: SessionResponse = server.open_session(&device).await.message();
    assert_eq!(session.token.len(), 64, "32 random bytes in hex");
    assert!(session.expires_in >= 60, "a token lasts at least a sync");
    let pulled = server
        .post(
            "/v1/pull",
            &PullRequest {
                cursor: 0,
                limit: 10,
                own_acked: 0,
            },
            Some(&session.token),
        )
        .await;
    assert_eq!(pulled.status, StatusCode::OK, "the new token is accepted");
}

#[tokio::test]
async fn a_challenge_can_be_signed_once_and_only_within_a_minute() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let session_with = |nonce: Vec<u8>| SessionRequest {
        device_id: device.id,
        signature: device
            .key
            .sign(&session_signing_message(&nonce))
            .to_bytes()
            .to_vec(),
        nonce,
    };

    let nonce = server
        .challenge(device.id)
        .await
        .message::<ChallengeResponse>()
        .nonce;
    let _: SessionResponse = server
        .post("/v1/session", &session_with(nonce.clone()), None)
        .await
        .message();
    server
        .post("/v1/session", &session_with(nonce), None)
        .await
        .assert_error(StatusCode::UNAUTHORIZED, "unauthenticated");

    let late = server
        .challenge(device.id)
        .await
        .message::<ChallengeResponse>()
        .nonce;
    server.advance(Duration::from_secs(61));
    server
        .post("/v1/session", &session_with(late), None)
        .await
        .assert_error(StatusCode::UNAUTHORIZED, "unauthenticated");
}

#[tokio::test]
async fn a_signature_by_another_key_opens_no_session() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let nonce = server
        .challenge(device.id)
        .await
        .message::<ChallengeResponse>()
        .nonce;
    let forged = new_key().sign(&session_signing_message(&nonce));
    let reply = server
        .post(
            "/v1/session",
            &SessionRequest {
                device_id: device.id,
                nonce,
                signature: forged.to_bytes().to_vec(),
            },
            None,
        )
        .await;
    reply.assert_error(StatusCode::UNAUTHORIZED, "unauthenticated");
}

#[tokio::test]
async fn requests_without_a_valid_token_are_401() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let pull = PullRequest {
        cursor: 0,
        limit: 10,
        own_acked: 0,
    };
    for path in ["/v1/push", "/v1/pull", "/v1/compare"] {
        let reply = server.post(path, &pull, None).await;
        reply.assert_error(StatusCode::UNAUTHORIZED, "unauthenticated");
        let reply = server.post(path, &pull, Some(&"ab".repeat(32))).await;
        reply.assert_error(StatusCode::UNAUTHORIZED, "unauthenticated");
    }
    server.advance(Duration::from_secs(2 * 60 * 60));
    device
        .pull(&server, 0, 10)
        .await
        .assert_error(StatusCode::UNAUTHORIZED, "unauthenticated");
}

// ---- push and pull ----------------------------------------------------------------------------

#[tokio::test]
async fn pushed_documents_come_back_in_a_pull_at_the_same_site_only() {
    let server = Server::new();
    let tablet = server.device("LSV").await;
    let laptop = server.device("LSV").await;
    let elsewhere = server.device("AZ01").await;
    let mut amina = person("Amina");
    let mut yusuf = person("Yusuf");

    let pushed = tablet
        .push_ok(
            &server,
            vec![
                push_record(record_id(1), &mut amina, &[]),
                push_record(record_id(2), &mut yusuf, &[]),
            ],
        )
        .await;
    assert_eq!(pushed.results.len(), 2);
    assert_eq!(
        sorted(pushed.results[0].heads.clone()),
        wire_heads(&mut amina)
    );
    assert!(!pushed.results[0].need_full, "a new record needs no more");

    let pulled = laptop.pull_ok(&server, 0, 100).await;
    assert!(!pulled.more);
    let names: BTreeSet<String> = pulled
        .records
        .iter()
        .map(|record| name_of(&load(&record.changes)))
        .collect();
    assert_eq!(
        names,
        BTreeSet::from(["Amina".to_owned(), "Yusuf".to_owned()])
    );
    assert_eq!(pulled.records[0].kind, RecordKind::Person);
    assert_eq!(
        sorted(pulled.records[0].heads.clone()),
        wire_heads(&mut amina)
    );

    let other = elsewhere.pull_ok(&server, 0, 100).await;
    assert!(
        other.records.is_empty(),
        "another site's device sees none of LSV's records"
    );
}

#[tokio::test]
async fn replaying_a_push_changes_nothing_and_returns_the_same_heads() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let mut doc = person("Amina");
    let record = push_record(record_id(1), &mut doc, &[]);

    let first = device.push_ok(&server, vec![record.clone()]).await;
    let after_first = device.pull_ok(&server, 0, 100).await;
    let again = device.push_ok(&server, vec![record]).await;
    assert_eq!(
        again.results, first.results,
        "a lost response is repaired by replaying the request"
    );
    assert_eq!(first.own_seq, 1, "the first push added change-log entry 1");
    assert_eq!(again.own_seq, 0, "the replay added no entry");
    let after_again = device.pull_ok(&server, after_first.next, 100).await;
    assert!(
        after_again.records.is_empty(),
        "a replay adds no change-log entry, so nobody pulls the record again"
    );
}

#[tokio::test]
async fn a_device_is_not_sent_back_its_own_acknowledged_changes_but_gets_everyone_elses() {
    let server = Server::new();
    let tablet = server.device("LSV").await;
    let laptop = server.device("LSV").await;
    let mut amina = person("Amina");
    let mut yusuf = person("Yusuf");
    let pushed = tablet
        .push_ok(
            &server,
            vec![
                push_record(record_id(1), &mut amina, &[]),
                push_record(record_id(2), &mut yusuf, &[]),
            ],
        )
        .await;
    assert_eq!(pushed.own_seq, 2);
    let own: PullResponse = tablet
        .pull_acked(&server, 0, 100, pushed.own_seq)
        .await
        .message();
    assert!(
        own.records.is_empty(),
        "its own acknowledged records stay home"
    );
    assert_eq!(own.next, 2, "but the cursor moves past them");

    // The laptop edits Yusuf; the tablet gets that record (only), changes after its own.
    let mut copy = load(&yusuf.save());
    let yusuf_heads = copy.get_heads();
    copy.put(ROOT, "name", "Yusuf K.").expect("put");
    copy.commit();
    laptop
        .push_ok(
            &server,
            vec![push_record(record_id(2), &mut copy, &yusuf_heads)],
        )
        .await;
    let next: PullResponse = tablet
        .pull_acked(&server, own.next, 100, pushed.own_seq)
        .await
        .message();
    assert_eq!(next.records.len(), 1);
    assert_eq!(next.records[0].id, record_id(2));
    yusuf
        .load_incremental(&next.records[0].changes)
        .expect("applies");
    assert_eq!(name_of(&yusuf), "Yusuf K.");

    // A device that does not say what it has (or was restored from an older backup) gets all.
    let all: PullResponse = tablet.pull_acked(&server, 0, 100, 0).await.message();
    assert_eq!(all.records.len(), 2);
}

#[tokio::test]
async fn a_push_on_a_wrong_base_answers_need_full_and_then_a_full_push_works() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let id = record_id(1);
    let mut doc = person("Amina");
    device
        .push_ok(&server, vec![push_record(id, &mut doc, &[])])
        .await;
    // The device believes the server saw a change it never received (a lost request).
    rename(&mut doc, "Amina B.");
    let believed = doc.get_heads();
    rename(&mut doc, "Amina Bakr");

    let partial = device
        .push_ok(&server, vec![push_record(id, &mut doc, &believed)])
        .await;
    assert!(
        partial.results[0].need_full,
        "a missing dependency asks for the whole document"
    );
    assert!(partial.results[0].heads.is_empty());
    let held = server
        .post(
            "/v1/compare",
            &CompareRequest {
                records: vec![(id, heads_digest(&doc.get_heads()))],
            },
            Some(&device.token),
        )
        .await
        .message::<CompareResponse>();
    assert_eq!(
        held.differ.len(),
        1,
        "nothing of the partial push was applied"
    );

    let full = device
        .push_ok(&server, vec![push_record(id, &mut doc, &[])])
        .await;
    assert!(!full.results[0].need_full);
    assert_eq!(sorted(full.results[0].heads.clone()), wire_heads(&mut doc));
    let pulled = device.pull_ok(&server, 0, 10).await;
    assert_eq!(name_of(&load(&pulled.records[0].changes)), "Amina Bakr");
}

#[tokio::test]
async fn concurrent_edits_from_two_devices_are_both_kept() {
    let server = Server::new();
    let tablet = server.device("LSV").await;
    let laptop = server.device("LSV").await;
    let id = record_id(1);
    let mut on_tablet = person("Amina");
    tablet
        .push_ok(&server, vec![push_record(id, &mut on_tablet, &[])])
        .await;
    let pulled = laptop.pull_ok(&server, 0, 10).await;
    let mut on_laptop = load(&pulled.records[0].changes);
    let base = on_tablet.get_heads();

    on_tablet.put(ROOT, "phone", "+30 690").expect("put");
    on_tablet.commit();
    on_laptop.put(ROOT, "language", "ar").expect("put");
    on_laptop.commit();
    tablet
        .push_ok(&server, vec![push_record(id, &mut on_tablet, &base)])
        .await;
    let merged = laptop
        .push_ok(&server, vec![push_record(id, &mut on_laptop, &base)])
        .await;
    assert_eq!(
        merged.results[0].heads.len(),
        2,
        "two concurrent heads, nothing dropped"
    );

    let pulled = tablet.pull_ok(&server, 0, 10).await;
    let doc = load(&pulled.records[0].changes);
    assert!(
        doc.get(ROOT, "phone").expect("read").is_some(),
        "the tablet's edit survives"
    );
    assert!(
        doc.get(ROOT, "language").expect("read").is_some(),
        "the laptop's edit survives"
    );
}

#[tokio::test]
async fn pull_pages_through_records_with_its_cursor_and_more_flag() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let mut docs: Vec<AutoCommit> = (0..5).map(|i| person(&format!("P{i}"))).collect();
    let records: Vec<PushRecord> = docs
        .iter_mut()
        .enumerate()
        .map(|(i, doc)| push_record(record_id(i as u128), doc, &[]))
        .collect();
    device.push_ok(&server, records).await;

    let mut cursor = 0;
    let mut pages = Vec::new();
    loop {
        let page = device.pull_ok(&server, cursor, 2).await;
        assert!(page.records.len() <= 2, "the limit is respected");
        assert!(page.next >= cursor, "the cursor never goes back");
        cursor = page.next;
        pages.push(page.records.iter().map(|r| r.id).collect::<Vec<Uuid>>());
        if !page.more {
            break;
        }
    }
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    let ids: BTreeSet<Uuid> = pages.concat().into_iter().collect();
    assert_eq!(ids.len(), 5, "every record exactly once");

    let idle = device.pull_ok(&server, cursor, 2).await;
    assert!(
        idle.records.is_empty() && !idle.more,
        "a no-op sync pulls nothing"
    );
    assert_eq!(idle.next, cursor, "and keeps the cursor");

    // An edit after the device's cursor comes as just the new change, applicable to its copy.
    let mut copy = load(
        &device
            .pull_ok(&server, 0, 100)
            .await
            .records
            .iter()
            .find(|r| r.id == record_id(3))
            .expect("record 3")
            .changes,
    );
    let base = docs[3].get_heads();
    rename(&mut docs[3], "P3 renamed");
    device
        .push_ok(
            &server,
            vec![push_record(record_id(3), &mut docs[3], &base)],
        )
        .await;
    let update = device.pull_ok(&server, cursor, 2).await;
    assert_eq!(update.records.len(), 1);
    assert!(
        update.records[0].changes.len() < docs[3].save().len(),
        "only what changed after the cursor is sent"
    );
    copy.load_incremental(&update.records[0].changes)
        .expect("applies to the device's copy");
    assert_eq!(name_of(&copy), "P3 renamed");
}

#[tokio::test]
async fn a_record_changed_while_a_device_pages_comes_again_on_a_later_page() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let mut docs: Vec<AutoCommit> = (0..3).map(|i| person(&format!("P{i}"))).collect();
    for (i, doc) in docs.iter_mut().enumerate() {
        device
            .push_ok(&server, vec![push_record(record_id(i as u128), doc, &[])])
            .await;
    }
    let first = device.pull_ok(&server, 0, 2).await;
    let first_ids: Vec<Uuid> = first.records.iter().map(|r| r.id).collect();
    assert_eq!(
        first_ids,
        [record_id(0), record_id(1)],
        "oldest change first"
    );

    let base = docs[0].get_heads();
    rename(&mut docs[0], "P0 renamed");
    device
        .push_ok(
            &server,
            vec![push_record(record_id(0), &mut docs[0], &base)],
        )
        .await;

    let second = device.pull_ok(&server, first.next, 2).await;
    let second_ids: Vec<Uuid> = second.records.iter().map(|r| r.id).collect();
    assert_eq!(
        second_ids,
        [record_id(2), record_id(0)],
        "the edit is not skipped"
    );
}

#[tokio::test]
async fn compare_returns_only_the_records_whose_heads_differ() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let elsewhere = server.device("AZ01").await;
    let mut same = person("Same");
    let mut stale = person("Stale");
    let mut foreign = person("Foreign");
    device
        .push_ok(
            &server,
            vec![
                push_record(record_id(1), &mut same, &[]),
                push_record(record_id(2), &mut stale, &[]),
            ],
        )
        .await;
    elsewhere
        .push_ok(&server, vec![push_record(record_id(4), &mut foreign, &[])])
        .await;
    let server_heads_of_stale = wire_heads(&mut stale);
    rename(&mut stale, "Stale, edited offline");

    let request = CompareRequest {
        records: vec![
            (record_id(1), heads_digest(&same.get_heads())),
            (record_id(2), heads_digest(&stale.get_heads())),
            (record_id(3), heads_digest(&person("Unsent").get_heads())),
            (record_id(4), heads_digest(&foreign.get_heads())),
        ],
    };
    let answer: CompareResponse = server
        .post("/v1/compare", &request, Some(&device.token))
        .await
        .message();
    let mut differ = answer.differ;
    differ.sort_by_key(|(id, _)| *id);
    assert_eq!(
        differ,
        vec![
            (record_id(2), server_heads_of_stale),
            (record_id(3), Vec::<Hash>::new()),
            (record_id(4), Vec::<Hash>::new()),
        ],
        "equal records are left out; unknown and other sites' records have no heads"
    );
}

#[tokio::test]
async fn a_device_cannot_push_into_a_record_of_another_site() {
    let server = Server::new();
    let owner = server.device("LSV").await;
    let intruder = server.device("AZ01").await;
    let mut doc = person("Amina");
    owner
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &[])])
        .await;
    let base = doc.get_heads();
    rename(&mut doc, "Someone else");
    let mut own = person("Own");
    let reply = intruder
        .push(
            &server,
            vec![
                push_record(record_id(2), &mut own, &[]),
                push_record(record_id(1), &mut doc, &base),
            ],
        )
        .await;
    reply.assert_error(StatusCode::FORBIDDEN, "forbidden");
    assert!(
        intruder.pull_ok(&server, 0, 10).await.records.is_empty(),
        "the refused request stored nothing, not even its valid first record"
    );
}

#[tokio::test]
async fn an_acknowledged_push_survives_reopening_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("server.sqlite3");
    let server = Server::on_file(&path);
    let device = server.device("LSV").await;
    let mut doc = person("Amina");
    let acknowledged = device
        .push_ok(&server, vec![push_record(record_id(1), &mut doc, &[])])
        .await;
    drop(server);

    let reopened = Server::on(
        SqliteStorage::open(&path, None).expect("reopens"),
        HttpLimits::default(),
    );
    let reader = reopened.device("LSV").await;
    let pulled = reader.pull_ok(&reopened, 0, 10).await;
    assert_eq!(pulled.records.len(), 1, "acknowledged means stored");
    assert_eq!(
        sorted(pulled.records[0].heads.clone()),
        sorted(acknowledged.results[0].heads.clone())
    );
}

// ---- refusals that store nothing ----------------------------------------------------------------

#[tokio::test]
async fn corrupt_cbor_is_400_malformed_and_stores_nothing() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let mut body = encode(&PushRequest {
        records: vec![push_record(record_id(1), &mut person("Amina"), &[])],
        ..PushRequest::default()
    });
    body.truncate(body.len() / 2);
    let compressed = zstd::encode_all(&body[..], 3).expect("compress");
    let reply = server
        .post_raw("/v1/push", compressed, Some("zstd"), Some(&device.token))
        .await;
    reply.assert_error(StatusCode::BAD_REQUEST, "malformed");

    let not_zstd = server
        .post_raw(
            "/v1/push",
            b"definitely not zstd".to_vec(),
            Some("zstd"),
            Some(&device.token),
        )
        .await;
    not_zstd.assert_error(StatusCode::BAD_REQUEST, "malformed");
    assert!(
        device.pull_ok(&server, 0, 10).await.records.is_empty(),
        "nothing stored"
    );
}

#[tokio::test]
async fn damaged_automerge_bytes_refuse_the_whole_push() {
    let server = Server::new();
    let device = server.device("LSV").await;
    let good = push_record(record_id(1), &mut person("Amina"), &[]);
    let mut damaged = push_record(record_id(2), &mut person("Yusuf"), &[]);
    let middle = damaged.changes.len() / 2;
    damaged.changes[middle] ^= 0xff;
    let mut trailing = push_record(record_id(3), &mut person("Leyla"), &[]);
    trailing
        .changes
        .extend_from_slice(b"garbage after the document");

    for bad in [damaged, trailing] {
        let reply = device.push(&server, vec![good.clone(), bad.clone()]).await;
        let message = reply.assert_error(StatusCode::BAD_REQUEST, "malformed");
        assert!(
            message.contains(&bad.id.to_string()),
            "the message names the record: {message}"
        );
    }
    assert!(
        device.pull_ok(&server, 0, 10).await.records.is_empty(),
        "one bad record rolls back the request, good records included"
    );
}

#[tokio::test]
async fn oversized_requests_are_413() {
    let small = Server::on(
        SqliteStorage::open_in_memory().expect("db"),
        HttpLimits {
            max_request_bytes: 1024,
            ..HttpLimits::default()
        },
    );
    let device = small.device("LSV").await;
    let big = small
        .post_raw(
            "/v1/push",
            vec![0u8; 4096],
            Some("zstd"),
            Some(&device.token),
        )
        .await;
    big.assert_error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");

    let server = Server::new();
    let device = server.device("LSV").await;
    let too_many = PushRequest {
        records: (0..=MAX_RECORDS_PER_REQUEST as u128)
            .map(|i| PushRecord {
                id: record_id(i),
                kind: RecordKind::Person,
                base: vec![],
                changes: vec![],
            })
            .collect(),
        ..PushRequest::default()
    };
    let reply = server
        .post("/v1/push", &too_many, Some(&device.token))
        .await;
    let message = reply.assert_error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    assert!(
        message.contains("2000"),
        "the message gives the limit: {message}"
    );

    let bomb = zstd::encode_all(&vec![0u8; 17 * 1024 * 1024][..], 19).expect("compress");
    assert!(bomb.len() < 8 * 1024, "a tiny body that inflates to 17 MiB");
    let reply = server
        .post_raw("/v1/push", bomb, Some("zstd"), Some(&device.token))
        .await;
    reply.assert_error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
}

#[tokio::test]
async fn a_revoked_device_gets_403_and_uploads_nothing() {
    let server = Server::new();
    let revoked = server.device("LSV").await;
    let colleague = server.device("LSV").await;
    server
        .state
        .storage()
        .revoke(waypoint_core::ids::DeviceId(revoked.id), server.state.now())
        .await
        .expect("revoke");

    let reply = revoked
        .push(
            &server,
            vec![push_record(record_id(1), &mut person("Amina"), &[])],
        )
        .await;
    reply.assert_error(StatusCode::FORBIDDEN, "device_revoked");
    revoked
        .pull(&server, 0, 10)
        .await
        .assert_error(StatusCode::FORBIDDEN, "device_revoked");
    server
        .challenge(revoked.id)
        .await
        .assert_error(StatusCode::FORBIDDEN, "device_revoked");
    assert!(
        colleague.pull_ok(&server, 0, 10).await.records.is_empty(),
        "nothing stored"
    );
}

#[tokio::test]
async fn an_unknown_protocol_version_is_400_naming_the_versions_spoken() {
    let server = Server::new();
    let reply = server.post("/v2/push", &PushRequest::default(), None).await;
    let message = reply.assert_error(StatusCode::BAD_REQUEST, "unsupported_protocol");
    assert!(
        message.contains('1'),
        "the device learns which version to use: {message}"
    );
    let unknown = server
        .post("/v1/nothing", &PushRequest::default(), None)
        .await;
    unknown.assert_error(StatusCode::NOT_FOUND, "not_found");
}

#[test]
fn random_bytes_sent_to_push_pull_and_compare_are_400_malformed_never_a_crash() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = Server::new();
    let device = runtime.block_on(server.device("LSV"));
    let server = Arc::new(server);

    let mut runner = TestRunner::new(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let strategy = (
        proptest::collection::vec(any::<u8>(), 0..600),
        0usize..3,
        prop_oneof![Just("/v1/push"), Just("/v1/pull"), Just("/v1/compare")],
    );
    runner
        .run(&strategy, |(bytes, framing, path)| {
            let decodes = match path {
                "/v1/push" => decode::<PushRequest>(&bytes).is_ok(),
                "/v1/pull" => decode::<PullRequest>(&bytes).is_ok(),
                _ => decode::<CompareRequest>(&bytes).is_ok(),
            };
            prop_assume!(!decodes);
            let (body, encoding) = match framing {
                0 => (bytes, None),
                1 => (
                    zstd::encode_all(&bytes[..], 1).expect("compress"),
                    Some("zstd"),
                ),
                _ => (bytes, Some("zstd")),
            };
            let reply =
                runtime.block_on(server.post_raw(path, body, encoding, Some(&device.token)));
            prop_assert_eq!(reply.status, StatusCode::BAD_REQUEST);
            prop_assert_eq!(&reply.error()["code"], "malformed");
            Ok(())
        })
        .expect("every undecodable body is refused as malformed");
    let stored = runtime.block_on(device.pull_ok(&server, 0, 10));
    assert!(stored.records.is_empty(), "nothing was stored");
}
