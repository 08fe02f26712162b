//! The sync engine: enrolment, sessions, push and pull (protocol v1, `docs/sync-protocol.md`).
//!
//! Pure decisions (what to put in a push batch) sit in [`plan_push`]; the I/O around them is a
//! blocking reqwest client, called from the app's worker threads. Every step that changes the
//! device commits in one store transaction together with the cursor or acknowledgement it
//! depends on, so an interrupted sync resumes where it stopped and a replay changes nothing.

use crate::{AppError, ErrorCode, SyncReport, SyncStatus, Waypoint};
use automerge::{AutoCommit, ChangeHash};
use ed25519_dalek::{Signer, SigningKey};
use serde::{Serialize, de::DeserializeOwned};
use std::io::Read;
use std::time::Duration;
use uuid::Uuid;
use waypoint_core::document::PersonDoc;
use waypoint_core::sync::{
    self as wire, ChallengeRequest, ChallengeResponse, EnrolRequest, EnrolResponse,
    MAX_CHANGE_BYTES_PER_REQUEST, MAX_RECORDS_PER_REQUEST, PullRequest, PullResponse, PushRecord,
    PushRequest, PushResponse, RecordKind, SessionRequest, SessionResponse,
    session_signing_message,
};
use waypoint_store::{DocumentKind, OutboxItem, StoreError, SyncIdentity};
use zeroize::Zeroizing;

const PULL_CURSOR: &str = "pull";
/// Largest response body accepted, decompressed.
const MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// One record of a planned push: its outbox entry and the bytes to send.
#[derive(Debug)]
pub struct PlannedRecord {
    /// The outbox entry it answers.
    pub item: OutboxItem,
    /// The record on the wire.
    pub record: PushRecord,
}

/// Splits prepared records into requests bounded by record count and change bytes (a record
/// larger than the byte bound travels alone).
pub fn plan_push(
    records: Vec<PlannedRecord>,
    max_records: usize,
    max_bytes: usize,
) -> Vec<Vec<PlannedRecord>> {
    let mut batches: Vec<Vec<PlannedRecord>> = Vec::new();
    let mut bytes = 0usize;
    for r in records {
        let size = r.record.changes.len();
        let full = batches
            .last()
            .is_none_or(|b| b.len() >= max_records || (bytes + size > max_bytes && !b.is_empty()));
        if full {
            batches.push(Vec::new());
            bytes = 0;
        }
        bytes += size;
        if let Some(b) = batches.last_mut() {
            b.push(r);
        }
    }
    batches
}

fn network(e: impl std::fmt::Display) -> AppError {
    AppError::new(
        ErrorCode::Network,
        format!("the sync server did not answer: {e}"),
    )
}

/// A connection to the server for one sync.
struct Connection {
    http: reqwest::blocking::Client,
    base: String,
    token: Option<Zeroizing<String>>,
    report: SyncReport,
}

impl Connection {
    fn new(base: &str) -> Result<Self, AppError> {
        let http = reqwest::blocking::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(network)?;
        Ok(Self {
            http,
            base: base.trim_end_matches('/').to_owned(),
            token: None,
            report: SyncReport::default(),
        })
    }

    fn post<Req: Serialize, Resp: DeserializeOwned>(
        &mut self,
        path: &str,
        body: &Req,
    ) -> Result<Resp, AppError> {
        let encoded = wire::encode(body);
        let compressed = zstd::bulk::compress(&encoded, 3)
            .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        self.report.bytes_up += compressed.len() as u64;
        self.report.requests += 1;
        let mut request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-waypoint-sync")
            .header("content-encoding", "zstd")
            .body(compressed);
        if let Some(token) = &self.token {
            request = request.header("authorization", format!("Bearer {}", token.as_str()));
        }
        let response = request.send().map_err(network)?;
        let status = response.status();
        let zstd_body = response
            .headers()
            .get("content-encoding")
            .is_some_and(|v| v.as_bytes() == b"zstd");
        let bytes = response.bytes().map_err(network)?;
        self.report.bytes_down += bytes.len() as u64;
        if !status.is_success() {
            return Err(server_error(status.as_u16(), &bytes));
        }
        let plain = if zstd_body {
            let mut out = Vec::new();
            zstd::stream::read::Decoder::new(&bytes[..])
                .and_then(|d| d.take(MAX_RESPONSE_BYTES).read_to_end(&mut out))
                .map_err(|e| {
                    AppError::new(
                        ErrorCode::ServerRefused,
                        format!("the server's answer is damaged: {e}"),
                    )
                })?;
            out
        } else {
            bytes.to_vec()
        };
        wire::decode(&plain).map_err(|e| AppError::new(ErrorCode::ServerRefused, e.to_string()))
    }
}

fn server_error(status: u16, body: &[u8]) -> AppError {
    let parsed: Option<(String, String)> = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .map(|v| {
            (
                v.get("code")
                    .and_then(|c| c.as_str())
                    .unwrap_or_default()
                    .to_owned(),
                v.get("message")
                    .and_then(|c| c.as_str())
                    .unwrap_or_default()
                    .to_owned(),
            )
        });
    let (code, message) = parsed.unwrap_or_default();
    let kind = match (status, code.as_str()) {
        (_, "device_revoked") => ErrorCode::DeviceRevoked,
        (500..=599, _) | (408, _) => ErrorCode::Network,
        _ => ErrorCode::ServerRefused,
    };
    AppError::new(kind, format!("server answered {status} {code}: {message}"))
}

fn record_kind(kind: DocumentKind) -> RecordKind {
    match kind {
        DocumentKind::Person => RecordKind::Person,
        DocumentKind::Group => RecordKind::Group,
    }
}

fn document_kind(kind: RecordKind) -> DocumentKind {
    match kind {
        RecordKind::Person => DocumentKind::Person,
        RecordKind::Group => DocumentKind::Group,
    }
}

/// The changes the server lacks: everything after the acknowledged heads this document knows.
fn changes_for(doc: &mut AutoCommit, acked: &[ChangeHash]) -> Vec<u8> {
    let known: Vec<ChangeHash> = acked
        .iter()
        .filter(|h| doc.get_change_by_hash(h).is_some())
        .copied()
        .collect();
    if known.is_empty() {
        doc.save()
    } else {
        doc.save_after(&known)
    }
}

impl Waypoint {
    /// Enrols this device with a sync server using a one-time code from its administrator.
    pub fn enrol(&mut self, server_url: &str, code: &str) -> Result<SyncStatus, AppError> {
        let now = self.clock.now();
        let officer = self.meta()?.officer;
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut())
            .map_err(|e| AppError::new(ErrorCode::Internal, e.to_string()))?;
        let key = SigningKey::from_bytes(&seed);
        let mut conn = Connection::new(server_url)?;
        let answer: EnrolResponse = conn.post(
            "/v1/enrol",
            &EnrolRequest {
                code: code.trim().to_owned(),
                public_key: key.verifying_key().to_bytes().to_vec(),
            },
        )?;
        let identity = SyncIdentity {
            server_url: conn.base.clone(),
            device_id: answer.device_id.to_string(),
            site: answer.site,
            role: answer.role.to_string(),
            signing_key: Zeroizing::new(seed.to_vec()),
            enrolled_at: now,
            last_sync_at: None,
        };
        self.session()?.store.transaction(|tx| {
            tx.set_sync_identity(&identity)?;
            tx.audit(
                now,
                Some(officer),
                "enrol",
                Some(&identity.device_id),
                Some(&identity.server_url),
            )
        })?;
        self.sync_status()
    }

    /// Enrolment, records waiting and the last sync.
    pub fn sync_status(&mut self) -> Result<SyncStatus, AppError> {
        let store = &mut self.session()?.store;
        let waiting = u32::try_from(store.outbox_len()?).unwrap_or(u32::MAX);
        let identity = store.transaction(|tx| tx.sync_identity())?;
        Ok(SyncStatus {
            enrolled: identity.is_some(),
            server_url: identity.as_ref().map(|i| i.server_url.clone()),
            waiting,
            last_sync: identity
                .and_then(|i| i.last_sync_at)
                .map(|t| t.to_rfc3339()),
        })
    }

    /// Sends what the server lacks, then receives what this device lacks.
    pub fn sync_now(&mut self) -> Result<SyncReport, AppError> {
        let identity = self
            .session()?
            .store
            .transaction(|tx| tx.sync_identity())?
            .ok_or_else(|| {
                AppError::new(
                    ErrorCode::NotEnrolled,
                    "enrol this device with a sync server first",
                )
            })?;
        let mut conn = Connection::new(&identity.server_url)?;
        let result = self.sync_with(&mut conn, &identity);
        if let Err(e) = &result
            && e.code == ErrorCode::DeviceRevoked
        {
            self.wipe_after_revocation();
        }
        result
    }

    fn sync_with(
        &mut self,
        conn: &mut Connection,
        identity: &SyncIdentity,
    ) -> Result<SyncReport, AppError> {
        let device_id: Uuid = identity
            .device_id
            .parse()
            .map_err(|_| AppError::new(ErrorCode::Storage, "stored device id is not a UUID"))?;
        let seed: [u8; 32] = identity.signing_key.as_slice().try_into().map_err(|_| {
            AppError::new(
                ErrorCode::Storage,
                "stored signing key has the wrong length",
            )
        })?;
        let key = SigningKey::from_bytes(&seed);
        let challenge: ChallengeResponse =
            conn.post("/v1/session/challenge", &ChallengeRequest { device_id })?;
        let signature = key.sign(&session_signing_message(&challenge.nonce));
        let session: SessionResponse = conn.post(
            "/v1/session",
            &SessionRequest {
                device_id,
                nonce: challenge.nonce,
                signature: signature.to_bytes().to_vec(),
            },
        )?;
        conn.token = Some(Zeroizing::new(session.token.clone()));
        self.push_all(conn)?;
        self.pull_all(conn)?;
        let now = self.clock.now();
        self.session()?
            .store
            .transaction(|tx| tx.set_last_sync(now))?;
        Ok(conn.report.clone())
    }

    fn push_all(&mut self, conn: &mut Connection) -> Result<(), AppError> {
        // Each round sends what the outbox holds now; `need_full` answers are resent whole in
        // the next round. Two rounds without progress mean something is wrong: stop.
        let mut stalled = 0;
        loop {
            let prepared = self.session()?.store.transaction(|tx| {
                let mut out = Vec::new();
                for item in tx.outbox(MAX_RECORDS_PER_REQUEST as u64 * 5)? {
                    let (_, mut doc) = tx.load_document(&item.id)?;
                    let Ok(id) = item.id.parse::<Uuid>() else {
                        continue;
                    };
                    let changes = changes_for(&mut doc, &item.acked_heads);
                    out.push(PlannedRecord {
                        record: PushRecord {
                            id,
                            kind: record_kind(item.kind),
                            base: item.acked_heads.iter().map(|h| (*h).into()).collect(),
                            changes,
                        },
                        item,
                    });
                }
                Ok(out)
            })?;
            if prepared.is_empty() {
                return Ok(());
            }
            let mut progressed = false;
            for batch in plan_push(
                prepared,
                MAX_RECORDS_PER_REQUEST,
                MAX_CHANGE_BYTES_PER_REQUEST,
            ) {
                let request = PushRequest {
                    records: batch.iter().map(|p| p.record.clone()).collect(),
                };
                let answer: PushResponse = conn.post("/v1/push", &request)?;
                let pushed = self.session()?.store.transaction(|tx| {
                    let mut pushed = 0u32;
                    for result in &answer.results {
                        let Some(p) = batch.iter().find(|p| p.record.id == result.id) else {
                            continue;
                        };
                        if result.need_full {
                            tx.forget_acknowledgement(&p.item.id)?;
                        } else {
                            let heads: Vec<ChangeHash> =
                                result.heads.iter().map(|h| (*h).into()).collect();
                            tx.acknowledge(&p.item.id, &heads, p.item.version)?;
                            pushed += 1;
                        }
                    }
                    Ok(pushed)
                })?;
                progressed |= pushed > 0;
                conn.report.pushed += pushed;
            }
            stalled = if progressed { 0 } else { stalled + 1 };
            if stalled >= 2 {
                return Err(AppError::new(
                    ErrorCode::ServerRefused,
                    "the server keeps asking for whole records; try again later",
                ));
            }
        }
    }

    fn pull_all(&mut self, conn: &mut Connection) -> Result<(), AppError> {
        loop {
            let cursor = self
                .session()?
                .store
                .transaction(|tx| tx.cursor(PULL_CURSOR))?;
            let page: PullResponse = conn.post(
                "/v1/pull",
                &PullRequest {
                    cursor,
                    limit: MAX_RECORDS_PER_REQUEST as u32,
                },
            )?;
            let now = self.clock.now();
            let merged = self.session()?.store.transaction(|tx| {
                let mut merged = 0u32;
                for record in &page.records {
                    let id = record.id.to_string();
                    let mut doc = if tx.document_exists(&id)? {
                        let (_, mut doc) = tx.load_document(&id)?;
                        if let Err(e) = doc.load_incremental(&record.changes) {
                            tracing::warn!(record = %id, error = %e, "pulled changes do not apply; skipped");
                            continue;
                        }
                        tx.save_document(&id, &mut doc, now)?;
                        doc
                    } else {
                        let mut doc = AutoCommit::new();
                        if doc.load_incremental(&record.changes).is_err() || !doc.get_missing_deps(&[]).is_empty() {
                            tracing::warn!(record = %id, "pulled record is incomplete; skipped until repair");
                            continue;
                        }
                        tx.insert_document(&id, document_kind(record.kind), &mut doc, now)?;
                        doc
                    };
                    if record.kind == RecordKind::Person {
                        let mut person = PersonDoc::from_automerge(doc.clone());
                        let read = person.read().map_err(StoreError::from)?;
                        tx.index_person(&read, person.conflicts().len(), now)?;
                    }
                    // What the server holds and this device has is acknowledged; what this
                    // device has beyond it stays in the outbox.
                    let server_heads: Vec<ChangeHash> = record.heads.iter().map(|h| (*h).into()).collect();
                    if doc.get_heads() == server_heads || !tx.outbox_contains(&id)? {
                        let known: Vec<ChangeHash> = server_heads
                            .into_iter()
                            .filter(|h| doc.get_change_by_hash(h).is_some())
                            .collect();
                        tx.record_acknowledged_heads(&id, &known)?;
                    }
                    merged += 1;
                }
                tx.set_cursor(PULL_CURSOR, page.next.max(cursor))?;
                Ok(merged)
            })?;
            conn.report.pulled += merged;
            if !page.more || page.records.is_empty() {
                return Ok(());
            }
        }
    }

    /// A revoked device keeps nothing: the keyring and the database are deleted.
    fn wipe_after_revocation(&mut self) {
        tracing::warn!("device revoked by the server: wiping local data");
        self.session = None;
        if let Err(e) = self.keyring.destroy() {
            tracing::error!(error = %e, "could not delete the keyring");
        }
        for suffix in ["", "-wal", "-shm"] {
            let p =
                std::path::PathBuf::from(format!("{}{suffix}", self.config.db_path().display()));
            if p.exists()
                && let Err(e) = std::fs::remove_file(&p)
            {
                tracing::error!(error = %e, "could not delete the database");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(n: usize, size: usize) -> PlannedRecord {
        PlannedRecord {
            item: OutboxItem {
                id: n.to_string(),
                kind: DocumentKind::Person,
                version: 1,
                acked_heads: vec![],
            },
            record: PushRecord {
                id: Uuid::from_u128(n as u128),
                kind: RecordKind::Person,
                base: vec![],
                changes: vec![0; size],
            },
        }
    }

    #[test]
    fn batches_are_bounded_by_count_and_bytes() {
        let records = (0..10).map(|i| planned(i, 100)).collect();
        let sizes: Vec<usize> = plan_push(records, 4, 1_000).iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![4, 4, 2], "count bound");
        let records = (0..10).map(|i| planned(i, 300)).collect();
        let sizes: Vec<usize> = plan_push(records, 100, 1_000)
            .iter()
            .map(Vec::len)
            .collect();
        assert_eq!(sizes, vec![3, 3, 3, 1], "byte bound");
    }

    #[test]
    fn a_record_larger_than_the_byte_bound_travels_alone() {
        let records = vec![planned(0, 10), planned(1, 5_000), planned(2, 10)];
        let sizes: Vec<usize> = plan_push(records, 100, 1_000)
            .iter()
            .map(Vec::len)
            .collect();
        assert_eq!(sizes, vec![1, 1, 1]);
    }

    #[test]
    fn nothing_to_send_is_no_request() {
        assert!(plan_push(Vec::new(), 10, 10).is_empty());
    }
}
