//! Integration tests of the device store: migrations, schema versions, document compaction,
//! search.

mod search;

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ROOT, ReadDoc};
use chrono::Utc;
use waypoint_store::keyring::DbKey;
use waypoint_store::{COMPACT_AFTER_CHUNKS, DocumentKind, SCHEMA_VERSION, Store, StoreError};

#[test]
fn a_new_database_is_at_the_latest_schema_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DbKey::generate().expect("key");
    let path = dir.path().join("w.db");
    let store = Store::open(&path, &key).expect("open");
    assert_eq!(store.integrity_check().expect("check"), "ok");
    drop(store);
    // Reopening applies nothing twice.
    let store = Store::open(&path, &key).expect("reopen");
    assert_eq!(store.people_count().expect("count"), 0);
}

#[test]
fn a_database_from_a_newer_app_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DbKey::generate().expect("key");
    let path = dir.path().join("w.db");
    drop(Store::open(&path, &key).expect("open"));
    {
        let conn = rusqlite::Connection::open(&path).expect("raw open");
        conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key_hex(&key)))
            .expect("key");
        conn.execute_batch(&format!("PRAGMA user_version = {};", SCHEMA_VERSION + 1))
            .expect("bump");
    }
    let err = Store::open(&path, &key).expect_err("refused");
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
    assert!(err.to_string().contains("update the app"), "{err}");
}

#[test]
fn a_wrong_key_does_not_open_the_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("w.db");
    drop(Store::open(&path, &DbKey::generate().expect("key")).expect("open"));
    let err = Store::open(&path, &DbKey::generate().expect("key")).expect_err("wrong key");
    assert!(matches!(err, StoreError::WrongKey), "{err}");
}

#[test]
fn incremental_chunks_are_compacted_into_the_snapshot_and_nothing_is_lost() {
    let key = DbKey::generate().expect("key");
    let mut store = Store::open_in_memory(&key).expect("open");
    let mut doc = AutoCommit::new();
    doc.put(ROOT, "type", "person").expect("put");
    doc.put(ROOT, "n", 0).expect("put");
    store
        .transaction(|tx| tx.insert_document("doc-1", DocumentKind::Person, &mut doc, Utc::now()))
        .expect("insert");
    let edits = COMPACT_AFTER_CHUNKS * 2 + 3;
    for i in 1..=edits {
        store
            .transaction(|tx| {
                let (_, mut loaded) = tx.load_document("doc-1")?;
                loaded.put(ROOT, "n", i).expect("put");
                loaded.commit();
                tx.save_document("doc-1", &mut loaded, Utc::now())
            })
            .expect("edit");
    }
    let n = store
        .transaction(|tx| {
            let (_, loaded) = tx.load_document("doc-1")?;
            Ok(loaded
                .get(ROOT, "n")
                .expect("get")
                .map(|(v, _)| v.to_string()))
        })
        .expect("load");
    assert_eq!(
        n,
        Some(edits.to_string()),
        "the last edit is there after compactions"
    );
}

#[test]
fn rebuilding_the_documents_table_keeps_every_row_that_refers_to_it() {
    // Migration 0010 rebuilds `documents` (to widen a CHECK constraint). With foreign keys on,
    // dropping the old table would cascade to the chunks, outbox and acknowledged heads. The
    // migration is run again on a store holding all of them, and nothing may go.
    let dir = tempfile::tempdir().expect("tempdir");
    let key = DbKey::generate().expect("key");
    let path = dir.path().join("w.db");
    let mut store = Store::open(&path, &key).expect("open");
    let mut doc = AutoCommit::new();
    doc.put(ROOT, "n", 0).expect("put");
    let now = Utc::now();
    store
        .transaction(|tx| {
            tx.insert_document("doc-1", DocumentKind::Person, &mut doc, now)?;
            doc.put(ROOT, "n", 1).expect("put");
            doc.commit();
            tx.save_document("doc-1", &mut doc, now)?;
            tx.insert_document("site-1", DocumentKind::Site, &mut AutoCommit::new(), now)?;
            tx.mark_for_sync("doc-1", now)?;
            tx.acknowledge("doc-1", &doc.get_heads(), 0)?;
            tx.mark_for_sync("doc-1", now)
        })
        .expect("write");
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).expect("raw open");
        conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key_hex(&key)))
            .expect("key");
        // Back to before 0010 (which rebuilds `documents`), undoing what came after it.
        assert_eq!(SCHEMA_VERSION, 11, "undo the migrations after 0010 here");
        conn.execute_batch(
            "ALTER TABLE sync_identity DROP COLUMN server_certificate_next;
             PRAGMA user_version = 9;",
        )
        .expect("step back");
    }
    let mut store = Store::open(&path, &key).expect("migrates again");
    let (kind, loaded) = store
        .transaction(|tx| tx.load_document("doc-1"))
        .expect("the record and its chunk are there");
    assert_eq!(kind, DocumentKind::Person);
    assert_eq!(
        loaded
            .get(ROOT, "n")
            .expect("get")
            .map(|(v, _)| v.to_string()),
        Some("1".to_owned()),
        "the incremental chunk survived"
    );
    assert_eq!(
        store.outbox_len().expect("len"),
        1,
        "the outbox entry survived"
    );
    let outbox = store.transaction(|tx| tx.outbox(10)).expect("outbox");
    assert_eq!(
        outbox[0].acked_heads,
        doc.get_heads(),
        "acknowledged heads survived"
    );
    let (kind, _) = store
        .transaction(|tx| tx.load_document("site-1"))
        .expect("site record");
    assert_eq!(kind, DocumentKind::Site);
    assert_eq!(store.integrity_check().expect("check"), "ok");
    // Foreign keys are on again after the migrations.
    let refused = store.transaction(|tx| tx.mark_for_sync("no-such-record", now));
    assert!(refused.is_err(), "an outbox entry for no record is refused");
}

fn key_hex(key: &DbKey) -> String {
    // The store never exposes key bytes; this hidden helper exists for tests like this one.
    waypoint_store::keyring::test_key_hex(key)
}

#[test]
fn an_acknowledgement_clears_the_outbox_only_if_the_record_did_not_change_since() {
    let key = DbKey::generate().expect("key");
    let mut store = Store::open_in_memory(&key).expect("open");
    let mut doc = AutoCommit::new();
    doc.put(ROOT, "type", "person").expect("put");
    let heads = doc.get_heads();
    let t0 = Utc::now();
    store
        .transaction(|tx| {
            tx.insert_document("doc-1", DocumentKind::Person, &mut doc, t0)?;
            tx.mark_for_sync("doc-1", t0)
        })
        .expect("insert");
    let sent = store.transaction(|tx| tx.outbox(10)).expect("outbox");
    assert_eq!(sent.len(), 1);
    assert!(sent[0].acked_heads.is_empty(), "never acknowledged");
    // The record changes again while the push is in flight, within the same millisecond (or
    // with a clock that went backwards): a version counter, not a time, tells them apart.
    store
        .transaction(|tx| tx.mark_for_sync("doc-1", t0))
        .expect("change");
    store
        .transaction(|tx| tx.acknowledge("doc-1", &heads, sent[0].version))
        .expect("ack");
    let waiting = store.transaction(|tx| tx.outbox(10)).expect("outbox");
    assert_eq!(waiting.len(), 1, "the newer change still waits");
    assert_eq!(
        waiting[0].acked_heads, heads,
        "but the acknowledged heads are kept"
    );
    store
        .transaction(|tx| tx.acknowledge("doc-1", &heads, waiting[0].version))
        .expect("ack");
    assert_eq!(store.outbox_len().expect("len"), 0);
}

#[test]
fn cursors_start_at_zero_and_keep_what_was_committed() {
    let key = DbKey::generate().expect("key");
    let mut store = Store::open_in_memory(&key).expect("open");
    assert_eq!(
        store.transaction(|tx| tx.cursor("pull")).expect("cursor"),
        0
    );
    store
        .transaction(|tx| tx.set_cursor("pull", 42))
        .expect("set");
    let rolled_back: Result<(), StoreError> = store.transaction(|tx| {
        tx.set_cursor("pull", 99)?;
        Err(StoreError::NotFound(
            "simulated failure after the cursor".into(),
        ))
    });
    assert!(rolled_back.is_err());
    assert_eq!(
        store.transaction(|tx| tx.cursor("pull")).expect("cursor"),
        42,
        "rolled back with its transaction"
    );
}
