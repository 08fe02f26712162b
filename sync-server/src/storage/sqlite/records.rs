//! Records: push (apply changes, one transaction), pull (by change-log order), compare.
//!
//! # Why nothing acknowledged can be lost
//!
//! A push runs in one `BEGIN IMMEDIATE` transaction with `synchronous=FULL`: every record's new
//! chunks, its snapshot, its heads and its change-log entry are written together, and the handler
//! answers only after `COMMIT` returned. A record whose changes have a dependency the server lacks
//! is left exactly as it was (`need_full`). A request with any malformed record or a record of
//! another site rolls back whole.

use automerge::{Automerge, ChangeHash, LoadOptions, OnPartialLoad, ReadDoc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use uuid::Uuid;
use waypoint_core::{
    case_number::SiteCode,
    sync::{
        CompareRequest, CompareResponse, Erasure, Hash, PullResponse, PulledRecord, PushRecord,
        PushResponse, PushResult, RecordKind, heads_digest,
    },
};

use crate::storage::{Device, Millis, PullLimits, PushOutcome, StorageError, VerifyReport};
use crate::wire::Role;

/// The stored form of a set of heads: sorted 32-byte hashes, concatenated.
pub(super) fn encode_heads(heads: &[ChangeHash]) -> Vec<u8> {
    let mut sorted = heads.to_vec();
    sorted.sort();
    sorted.iter().flat_map(|h| h.0).collect()
}

fn decode_heads(record: &str, bytes: &[u8]) -> Result<Vec<ChangeHash>, StorageError> {
    if !bytes.len().is_multiple_of(32) {
        return Err(StorageError::Corrupt {
            record: record.to_owned(),
            detail: format!(
                "stored heads are {} bytes, not a multiple of 32",
                bytes.len()
            ),
        });
    }
    Ok(bytes
        .chunks_exact(32)
        .map(|chunk| {
            let mut hash = [0u8; 32];
            hash.copy_from_slice(chunk);
            ChangeHash(hash)
        })
        .collect())
}

fn kind_str(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Person => "person",
        RecordKind::Group => "group",
        RecordKind::Site => "site",
        RecordKind::Sensitive => "sensitive",
    }
}

fn parse_kind(record: &str, kind: &str) -> Result<RecordKind, StorageError> {
    match kind {
        "person" => Ok(RecordKind::Person),
        "group" => Ok(RecordKind::Group),
        "site" => Ok(RecordKind::Site),
        "sensitive" => Ok(RecordKind::Sensitive),
        other => Err(StorageError::Corrupt {
            record: record.to_owned(),
            detail: format!("unknown kind {other:?}"),
        }),
    }
}

fn parse_id(id: &str) -> Result<Uuid, StorageError> {
    Uuid::parse_str(id).map_err(|error| StorageError::Corrupt {
        record: id.to_owned(),
        detail: error.to_string(),
    })
}

fn load_snapshot(record: &str, snapshot: &[u8]) -> Result<Automerge, StorageError> {
    Automerge::load(snapshot).map_err(|error| StorageError::Corrupt {
        record: record.to_owned(),
        detail: error.to_string(),
    })
}

/// Checks that `bytes` parse completely as Automerge chunks (a document and/or changes).
///
/// `load_incremental` alone is lenient: it keeps the chunks before a corrupt one and only logs a
/// warning. A strict load into an empty document parses the same way and fails on any damage;
/// "missing dependencies" is fine here (the changes build on the server's copy).
///
/// Returns the loaded document when the bytes are complete on their own (a first push sends
/// the whole record), so that a new record is loaded once, not twice.
fn check_well_formed(bytes: &[u8]) -> Result<Option<Automerge>, String> {
    let strict = LoadOptions::new().on_partial_load(OnPartialLoad::Error);
    match Automerge::load_with_options(bytes, strict) {
        Ok(doc) => Ok(Some(doc)),
        Err(automerge::AutomergeError::MissingDeps) => Ok(None),
        Err(error) => Err(error.to_string()),
    }
}

struct StoredRecord {
    kind: String,
    site: String,
    snapshot: Vec<u8>,
    erased: bool,
}

fn stored_record(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
) -> Result<Option<StoredRecord>, StorageError> {
    Ok(tx
        .prepare_cached(
            "SELECT kind, site_code, snapshot, erased_at IS NOT NULL FROM records \
             WHERE record_id = ?1",
        )?
        .query_row([id], |row| {
            Ok(StoredRecord {
                kind: row.get(0)?,
                site: row.get(1)?,
                snapshot: row.get(2)?,
                erased: row.get(3)?,
            })
        })
        .optional()?)
}

fn erased_result(id: Uuid) -> PushResult {
    PushResult {
        id,
        heads: Vec::new(),
        need_full: false,
        erased: true,
    }
}

/// A pushed record with the outcome of parsing its bytes (see [`check_well_formed`]).
pub(super) struct Parsed {
    record: PushRecord,
    parsed: Result<Option<Automerge>, String>,
}

/// Parses pushed records: the Automerge work that needs no database, done on every core before
/// the write lock is taken.
pub(super) fn parse(records: Vec<PushRecord>) -> Vec<Parsed> {
    use rayon::prelude::*;
    records
        .into_par_iter()
        .map(|record| Parsed {
            parsed: check_well_formed(&record.changes),
            record,
        })
        .collect()
}

pub(super) fn push(
    connection: &mut Connection,
    device: &Device,
    records: Vec<Parsed>,
    erasures: &[Erasure],
    now: Millis,
) -> Result<PushOutcome, StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let device_id = device.id.to_string();
    let mut results = Vec::with_capacity(records.len());
    // The change-log position of the latest entry this push created (0: it changed nothing).
    let mut own_seq = 0i64;
    for Parsed { record, parsed } in records {
        let record = &record;
        let id = record.id.to_string();
        let stored = stored_record(&tx, &id)?;
        if let Some(stored) = &stored {
            if stored.site != device.site.as_str() {
                return Ok(PushOutcome::OtherSite { record: record.id });
            }
            if stored.erased {
                // An edit that raced the erasure: the erasure wins, nothing is stored.
                results.push(erased_result(record.id));
                continue;
            }
            if stored.kind != kind_str(record.kind) {
                return Ok(PushOutcome::Malformed {
                    record: record.id,
                    reason: format!(
                        "the server holds it as a {} record, not a {}",
                        stored.kind,
                        kind_str(record.kind)
                    ),
                });
            }
        }
        let complete = match parsed {
            Ok(complete) => complete,
            Err(reason) => {
                return Ok(PushOutcome::Malformed {
                    record: record.id,
                    reason: format!("its changes are not Automerge data: {reason}"),
                });
            }
        };
        // A new record pushed whole is loaded once, and its bytes are its snapshot.
        let new_whole = stored.is_none() && complete.is_some();
        let (doc, before) = match (&stored, complete) {
            (None, Some(doc)) => (doc, Vec::new()),
            (stored, _) => {
                let mut doc = match stored {
                    Some(stored) => load_snapshot(&id, &stored.snapshot)?,
                    None => Automerge::new(),
                };
                let before = doc.get_heads();
                if let Err(error) = doc.load_incremental(&record.changes) {
                    return Ok(PushOutcome::Malformed {
                        record: record.id,
                        reason: format!("its changes do not apply: {error}"),
                    });
                }
                (doc, before)
            }
        };
        if !doc.get_missing_deps(&[]).is_empty() {
            // The device's idea of what the server has is wrong; `doc` is dropped unsaved.
            results.push(PushResult {
                id: record.id,
                heads: Vec::new(),
                need_full: true,
                erased: false,
            });
            continue;
        }
        let after = doc.get_heads();
        if encode_heads(&after) != encode_heads(&before) {
            let snapshot = if new_whole {
                record.changes.clone()
            } else {
                doc.save()
            };
            own_seq = own_seq.max(apply(
                &tx,
                &id,
                record.kind,
                device,
                (&doc, &snapshot),
                &before,
                now,
            )?);
        }
        results.push(PushResult {
            id: record.id,
            heads: after.into_iter().map(Hash::from).collect(),
            need_full: false,
            erased: false,
        });
    }
    for erasure in erasures {
        let id = erasure.id.to_string();
        match stored_record(&tx, &id)? {
            Some(stored) if stored.site != device.site.as_str() => {
                return Ok(PushOutcome::OtherSite { record: erasure.id });
            }
            Some(stored) if stored.erased => {}
            stored => {
                own_seq = own_seq.max(erase(&tx, &id, erasure, stored.is_some(), device, now)?);
            }
        }
        // One answer per record: an erasure of a record pushed in the same request replaces
        // that record's result.
        results.retain(|r| r.id != erasure.id);
        results.push(erased_result(erasure.id));
    }
    tx.execute(
        "UPDATE devices SET last_sync_at = ?2 WHERE id = ?1",
        params![device_id, now],
    )?;
    let epoch = epoch(&tx)?;
    crate::fault::point("push-before-commit");
    tx.commit()?;
    Ok(PushOutcome::Committed(PushResponse {
        results,
        own_seq: u64::try_from(own_seq).unwrap_or(0),
        epoch,
    }))
}

/// Writes a record's new changes, snapshot, heads and change-log entry (inside the push's
/// transaction); returns the entry's sequence number.
fn apply(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    kind: RecordKind,
    device: &Device,
    (doc, snapshot): (&Automerge, &[u8]),
    before: &[ChangeHash],
    now: Millis,
) -> Result<i64, StorageError> {
    let heads = encode_heads(&doc.get_heads());
    tx.execute(
        "INSERT INTO records (record_id, kind, site_code, heads, snapshot, updated_seq) \
         VALUES (?1, ?2, ?3, ?4, ?5, 0) \
         ON CONFLICT (record_id) DO UPDATE SET heads = excluded.heads, snapshot = excluded.snapshot",
        params![id, kind_str(kind), device.site.as_str(), heads, snapshot],
    )?;
    let mut insert_chunk = tx.prepare_cached(
        "INSERT OR IGNORE INTO chunks (record_id, change_hash, bytes) VALUES (?1, ?2, ?3)",
    )?;
    for change in doc.get_changes(before) {
        insert_chunk.execute(params![id, change.hash().0, change.raw_bytes()])?;
    }
    if kind == RecordKind::Person {
        super::matching::queue(tx, id)?;
    }
    log_change(tx, id, &device.id.to_string(), &encode_heads(before), now)
}

/// Appends a change-log entry for `id` and points the record at it; returns its sequence.
fn log_change(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    device_id: &str,
    heads_before: &[u8],
    now: Millis,
) -> Result<i64, StorageError> {
    tx.execute(
        "INSERT INTO change_log (record_id, device_id, heads_before, pushed_at) \
         VALUES (?1, ?2, ?3, ?4)",
        params![id, device_id, heads_before, now],
    )?;
    let seq = tx.last_insert_rowid();
    tx.execute(
        "UPDATE records SET updated_seq = ?2 WHERE record_id = ?1",
        params![id, seq],
    )?;
    Ok(seq)
}

/// Erases a record inside the push's transaction: its chunks and change-log history are
/// deleted, the row becomes a tombstone, and one change-log entry (with no heads) tells
/// devices; returns that entry's sequence number. A record the server never had gets a
/// tombstone too, so that a copy still waiting on another device is refused later.
fn erase(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    erasure: &Erasure,
    exists: bool,
    device: &Device,
    now: Millis,
) -> Result<i64, StorageError> {
    let device_id = device.id.to_string();
    super::matching::forget(tx, id)?;
    if exists {
        tx.execute("DELETE FROM chunks WHERE record_id = ?1", [id])?;
        tx.execute("DELETE FROM change_log WHERE record_id = ?1", [id])?;
        tx.execute(
            "UPDATE records SET heads = x'', snapshot = x'', erased_at = ?2, erased_by = ?3, \
             erasure_reason = ?4 WHERE record_id = ?1",
            params![id, now, device_id, erasure.reason.as_str()],
        )?;
    } else {
        tx.execute(
            "INSERT INTO records (record_id, kind, site_code, heads, snapshot, updated_seq, \
             erased_at, erased_by, erasure_reason) VALUES (?1, ?2, ?3, x'', x'', 0, ?4, ?5, ?6)",
            params![
                id,
                kind_str(erasure.kind),
                device.site.as_str(),
                now,
                device_id,
                erasure.reason.as_str()
            ],
        )?;
    }
    let seq = log_change(tx, id, &device_id, &[], now)?;
    tracing::info!(record = %id, device = %device.id, reason = erasure.reason.as_str(), "record erased");
    Ok(seq)
}

/// Copies the WAL back into the database and truncates it, so that page images written
/// before an erasure do not outlive it. Best effort: a failure is logged (the next automatic
/// checkpoint does the same).
pub(super) fn checkpoint(connection: &Connection) {
    if let Err(error) = connection.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| {
        row.get::<_, i64>(0)
    }) {
        tracing::warn!(%error, "WAL checkpoint after an erasure failed");
    }
}

/// Most candidate records one pull looks at before answering, so that a device that pushed
/// much and left out its own records still gets an answer (with `more`) quickly.
const MAX_SCANNED_PER_PULL: usize = 20_000;

/// A page of records for a device, read on a read-only connection; `None` when the device's
/// cursor is beyond the change log (a restored database), which [`pull`] answers on the writer.
pub(super) fn pull_read(
    connection: &mut Connection,
    device: &Device,
    cursor: u64,
    own_acked: u64,
    limits: PullLimits,
) -> Result<Option<PullResponse>, StorageError> {
    // One transaction: every query below sees the same committed state (a WAL snapshot).
    let tx = connection.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let cursor_seq = i64::try_from(cursor).unwrap_or(i64::MAX);
    let last_seq = last_seq(&tx)?;
    if cursor_seq > last_seq {
        return Ok(None);
    }
    let epoch = epoch(&tx)?;
    page(&tx, device, cursor, own_acked, limits, epoch).map(Some)
}

/// Notes that a device pulled.
pub(super) fn note_pull(
    connection: &Connection,
    device: &Device,
    now: Millis,
) -> Result<(), StorageError> {
    connection.execute(
        "UPDATE devices SET last_sync_at = ?2 WHERE id = ?1",
        params![device.id.to_string(), now],
    )?;
    Ok(())
}

/// A page of records for a device, on the writer: starts a new epoch first if the device's
/// cursor is beyond the change log.
pub(super) fn pull(
    connection: &mut Connection,
    device: &Device,
    cursor: u64,
    own_acked: u64,
    limits: PullLimits,
    now: Millis,
) -> Result<PullResponse, StorageError> {
    let cursor_seq = i64::try_from(cursor).unwrap_or(i64::MAX);
    // One transaction: every query below sees the same committed state.
    let tx = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let last_seq = last_seq(&tx)?;
    let epoch = if cursor_seq > last_seq {
        // The device has seen changes this database does not have: it was restored from an
        // older backup. A new epoch makes every device repair.
        let epoch = new_epoch(&tx)?;
        tracing::warn!(
            device = %device.id,
            cursor,
            last_seq,
            epoch,
            "a device's cursor is beyond the change log: database restored? new epoch"
        );
        epoch
    } else {
        epoch(&tx)?
    };
    let response = page(&tx, device, cursor, own_acked, limits, epoch)?;
    note_pull(&tx, device, now)?;
    tx.commit()?;
    Ok(response)
}

/// The records changed after `cursor` that `device` may read and lacks, up to `limits`.
fn page(
    tx: &rusqlite::Transaction<'_>,
    device: &Device,
    cursor: u64,
    own_acked: u64,
    limits: PullLimits,
    epoch: u64,
) -> Result<PullResponse, StorageError> {
    let cursor_seq = i64::try_from(cursor).unwrap_or(i64::MAX);
    let own_acked = i64::try_from(own_acked).unwrap_or(i64::MAX);
    let device_id = device.id.to_string();
    let reads_sensitive = device.role == Role::Supervisor;
    let wanted = limits.records.max(1);
    let mut response = PullResponse {
        records: Vec::new(),
        next: cursor,
        more: false,
        epoch,
        erased: Vec::new(),
    };
    {
        // Ordering by `updated_seq` (each record's latest change-log entry) pages correctly: every
        // record changed after the cursor has `updated_seq > cursor`, and after a page ending at
        // `next` every record not yet sent has `updated_seq > next`.
        let mut changed = tx.prepare(
            "SELECT record_id, kind, heads, snapshot, updated_seq, erased_at IS NOT NULL \
             FROM records WHERE site_code = ?1 AND updated_seq > ?2 ORDER BY updated_seq",
        )?;
        // The first change after the cursor that the device may lack: anyone else's, or its own
        // beyond what it has been told was acknowledged. Every change it lacks came at or after
        // that entry, so `save_after(heads before it)` covers them all.
        let mut first_needed = tx.prepare_cached(
            "SELECT heads_before FROM change_log WHERE record_id = ?1 AND seq > ?2 \
             AND NOT (device_id = ?3 AND seq <= ?4) ORDER BY seq LIMIT 1",
        )?;
        let mut rows = changed.query(params![device.site.as_str(), cursor_seq])?;
        let mut bytes = 0usize;
        let mut scanned = 0usize;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let seq: i64 = row.get(4)?;
            if response.records.len() == wanted || scanned == MAX_SCANNED_PER_PULL {
                response.more = true;
                break;
            }
            scanned += 1;
            // The sensitive parts of people's records go to supervisors' devices only (an
            // officer's device keeps the parts it wrote itself, and may add to them). A part's
            // erasure is not sent: a device erases the part with its person's.
            if row.get_ref(1)?.as_str() == Ok("sensitive")
                && (!reads_sensitive || row.get::<_, bool>(5)?)
            {
                response.next = u64::try_from(seq).unwrap_or(0);
                continue;
            }
            if row.get::<_, bool>(5)? {
                response.erased.push(parse_id(&id)?);
                response.next = u64::try_from(seq).unwrap_or(0);
                continue;
            }
            let Some(before) = first_needed
                .query_row(params![id, cursor_seq, device_id, own_acked], |row| {
                    row.get::<_, Vec<u8>>(0)
                })
                .optional()?
            else {
                // Every change after the cursor is the device's own, acknowledged: it has them.
                response.next = u64::try_from(seq).unwrap_or(0);
                continue;
            };
            let before = decode_heads(&id, &before)?;
            let snapshot: Vec<u8> = row.get(3)?;
            let changes = if before.is_empty() {
                snapshot
            } else {
                load_snapshot(&id, &snapshot)?.save_after(&before)
            };
            if !response.records.is_empty() && bytes + changes.len() > limits.bytes {
                response.more = true;
                break;
            }
            bytes += changes.len();
            let kind: String = row.get(1)?;
            let heads: Vec<u8> = row.get(2)?;
            response.records.push(PulledRecord {
                id: parse_id(&id)?,
                kind: parse_kind(&id, &kind)?,
                changes,
                heads: decode_heads(&id, &heads)?
                    .into_iter()
                    .map(Hash::from)
                    .collect(),
            });
            response.next = u64::try_from(seq).unwrap_or(0);
        }
    }
    Ok(response)
}

pub(super) fn compare(
    connection: &mut Connection,
    site: &SiteCode,
    request: &CompareRequest,
) -> Result<CompareResponse, StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let mut response = CompareResponse {
        differ: Vec::new(),
        epoch: epoch(&tx)?,
        erased: Vec::new(),
    };
    let mut heads_of = tx.prepare_cached(
        "SELECT heads, erased_at IS NOT NULL FROM records WHERE record_id = ?1 AND site_code = ?2",
    )?;
    for (id, digest) in &request.records {
        let key = id.to_string();
        let (stored, erased): (Vec<u8>, bool) = heads_of
            .query_row(params![key, site.as_str()], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?
            .unwrap_or_default();
        if erased {
            response.erased.push(*id);
            continue;
        }
        let heads = decode_heads(&key, &stored)?;
        if heads_digest(&heads) != *digest {
            response
                .differ
                .push((*id, heads.into_iter().map(Hash::from).collect()));
        }
    }
    Ok(response)
}

/// The sequence number of the last change (0 for none).
fn last_seq(tx: &rusqlite::Transaction<'_>) -> Result<i64, StorageError> {
    Ok(
        tx.query_row("SELECT coalesce(max(seq), 0) FROM change_log", [], |row| {
            row.get(0)
        })?,
    )
}

/// The current epoch (see migration 0002).
pub(super) fn epoch(tx: &rusqlite::Transaction<'_>) -> Result<u64, StorageError> {
    let epoch: i64 = tx.query_row(
        "SELECT value FROM server_meta WHERE key = 'epoch'",
        [],
        |row| row.get(0),
    )?;
    Ok(u64::try_from(epoch).unwrap_or(1))
}

/// Replaces the epoch by a new random one.
pub(super) fn new_epoch(tx: &rusqlite::Transaction<'_>) -> Result<u64, StorageError> {
    tx.execute(
        "UPDATE server_meta SET value = 1 + abs(random() % 9007199254740991) WHERE key = 'epoch'",
        [],
    )?;
    epoch(tx)
}

/// Checks SQLite's integrity, then every record: its snapshot loads, has the stored heads, and
/// its chunks alone (what compaction keeps) rebuild the same heads.
pub(super) fn verify(connection: &mut Connection) -> Result<VerifyReport, StorageError> {
    let tx = connection.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let mut report = VerifyReport::default();
    {
        let mut check = tx.prepare("PRAGMA integrity_check")?;
        for line in check.query_map([], |row| row.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                report.problems.push(format!("SQLite integrity: {line}"));
            }
        }
        let mut foreign = tx.prepare("PRAGMA foreign_key_check")?;
        for row in foreign.query_map([], |row| row.get::<_, String>(0))? {
            report
                .problems
                .push(format!("a row of {} refers to nothing", row?));
        }
        let erased_with_bytes: i64 = tx.query_row(
            "SELECT count(*) FROM records WHERE erased_at IS NOT NULL AND (length(heads) > 0 \
             OR length(snapshot) > 0 OR EXISTS (SELECT 1 FROM chunks c WHERE \
             c.record_id = records.record_id))",
            [],
            |row| row.get(0),
        )?;
        if erased_with_bytes > 0 {
            report.problems.push(format!(
                "{erased_with_bytes} erased records still hold bytes"
            ));
        }
        let mut records =
            tx.prepare("SELECT record_id, heads, snapshot FROM records WHERE erased_at IS NULL")?;
        let mut chunks =
            tx.prepare_cached("SELECT bytes FROM chunks WHERE record_id = ?1 ORDER BY rowid")?;
        let rows = records.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, Vec<u8>>(1)?,
                row.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        for row in rows {
            let (id, heads, snapshot) = row?;
            report.records += 1;
            let stored = match decode_heads(&id, &heads) {
                Ok(heads) => encode_heads(&heads),
                Err(error) => {
                    report.problems.push(error.to_string());
                    continue;
                }
            };
            match load_snapshot(&id, &snapshot) {
                Ok(doc) if encode_heads(&doc.get_heads()) == stored => {}
                Ok(_) => report.problems.push(format!(
                    "record {id}: its snapshot has other heads than stored"
                )),
                Err(error) => report.problems.push(error.to_string()),
            }
            let mut rebuilt = Automerge::new();
            for bytes in chunks.query_map([&id], |row| row.get::<_, Vec<u8>>(0))? {
                report.chunks += 1;
                if let Err(error) = rebuilt.load_incremental(&bytes?) {
                    report
                        .problems
                        .push(format!("record {id}: a chunk does not load: {error}"));
                }
            }
            if encode_heads(&rebuilt.get_heads()) != stored {
                report
                    .problems
                    .push(format!("record {id}: its chunks do not rebuild its heads"));
            }
        }
    }
    tx.commit()?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use automerge::{AutoCommit, ROOT, transaction::Transactable};
    use waypoint_core::ids::DeviceId;

    use super::*;
    use crate::{storage::SqliteStorage, wire::Role};

    fn officer_at_lsv(connection: &Connection) -> Device {
        let device = Device {
            id: DeviceId(Uuid::from_u128(1)),
            site: SiteCode::new("LSV").expect("site"),
            role: Role::Officer,
            public_key: [7; 32],
            enrolled_at: 0,
            revoked_at: None,
            last_sync_at: None,
            records_pushed: 0,
        };
        connection
            .execute(
                "INSERT INTO devices (id, site_code, role, public_key, enrolled_at) \
                 VALUES (?1, 'LSV', 'officer', ?2, 0)",
                params![device.id.to_string(), device.public_key],
            )
            .expect("device row");
        device
    }

    fn record(id: Uuid, doc: &mut AutoCommit) -> PushRecord {
        PushRecord {
            id,
            kind: RecordKind::Person,
            base: vec![],
            changes: doc.save(),
        }
    }

    fn count(connection: &Connection, table: &str) -> i64 {
        connection
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                row.get(0)
            })
            .expect("count")
    }

    #[test]
    fn every_accepted_change_is_one_chunk_and_the_chunks_alone_rebuild_the_record() {
        let storage = SqliteStorage::open_in_memory().expect("opens");
        let mut connection = storage.lock();
        let device = officer_at_lsv(&connection);
        let id = Uuid::from_u128(42);
        let mut doc = AutoCommit::new();
        doc.put(ROOT, "name", "Amina").expect("put");
        doc.commit();
        push(
            &mut connection,
            &device,
            parse(vec![record(id, &mut doc)]),
            &[],
            1,
        )
        .expect("first push");
        push(
            &mut connection,
            &device,
            parse(vec![record(id, &mut doc)]),
            &[],
            2,
        )
        .expect("replay");
        doc.put(ROOT, "name", "Amina Bakr").expect("put");
        doc.commit();
        push(
            &mut connection,
            &device,
            parse(vec![record(id, &mut doc)]),
            &[],
            3,
        )
        .expect("update");

        assert_eq!(
            count(&connection, "chunks"),
            2,
            "two changes, each stored once"
        );
        assert_eq!(
            count(&connection, "change_log"),
            2,
            "the replay logged nothing"
        );

        let mut statement = connection
            .prepare("SELECT bytes FROM chunks WHERE record_id = ?1")
            .expect("prepare");
        let chunks: Vec<Vec<u8>> = statement
            .query_map([id.to_string()], |row| row.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        let mut rebuilt = Automerge::new();
        rebuilt
            .load_incremental(&chunks.concat())
            .expect("chunks load");
        let (heads, snapshot): (Vec<u8>, Vec<u8>) = connection
            .query_row(
                "SELECT heads, snapshot FROM records WHERE record_id = ?1",
                [id.to_string()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .expect("record row");
        assert_eq!(
            encode_heads(&rebuilt.get_heads()),
            heads,
            "the snapshot is only a cache: the chunks hold the whole record"
        );
        assert_eq!(
            encode_heads(
                &Automerge::load(&snapshot)
                    .expect("snapshot loads")
                    .get_heads()
            ),
            heads,
            "the snapshot covers every chunk"
        );
    }

    #[test]
    fn a_record_with_missing_dependencies_is_left_untouched() {
        let storage = SqliteStorage::open_in_memory().expect("opens");
        let mut connection = storage.lock();
        let device = officer_at_lsv(&connection);
        let mut doc = AutoCommit::new();
        doc.put(ROOT, "name", "Amina").expect("put");
        doc.commit();
        let base = doc.get_heads();
        doc.put(ROOT, "name", "Amina Bakr").expect("put");
        doc.commit();
        let orphan = PushRecord {
            id: Uuid::from_u128(42),
            kind: RecordKind::Person,
            base: base.iter().copied().map(Hash::from).collect(),
            changes: doc.save_after(&base),
        };
        let outcome = push(&mut connection, &device, parse(vec![orphan]), &[], 1).expect("push");
        assert!(
            matches!(&outcome, PushOutcome::Committed(r) if r.results[0].need_full),
            "{outcome:?}"
        );
        assert_eq!(count(&connection, "records"), 0, "no half record");
        assert_eq!(count(&connection, "chunks"), 0, "no orphan chunk");
    }

    #[test]
    fn heads_are_stored_sorted_so_equal_sets_compare_equal() {
        let a = ChangeHash([1; 32]);
        let b = ChangeHash([2; 32]);
        assert_eq!(encode_heads(&[b, a]), encode_heads(&[a, b]));
        assert_eq!(
            decode_heads("r", &encode_heads(&[b, a])).expect("decodes"),
            vec![a, b]
        );
        assert!(
            decode_heads("r", &[0; 31]).is_err(),
            "a damaged row is reported"
        );
    }
}
