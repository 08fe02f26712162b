//! The sync engine: enrolment, sessions, push and pull (protocol v1, `docs/sync-protocol.md`).
//!
//! Pure decisions (what to put in a push batch) sit in [`plan_push`]; the I/O around them is a
//! blocking reqwest client, called from the app's worker threads. Every step that changes the
//! device commits in one store transaction together with the cursor or acknowledgement it
//! depends on, so an interrupted sync resumes where it stopped and a replay changes nothing.

use crate::{AppError, ErrorCode, SyncPhase, SyncProgress, SyncReport, SyncStatus, Waypoint};
use automerge::{AutoCommit, ChangeHash};
use ed25519_dalek::{Signer, SigningKey};
use rayon::prelude::*;
use serde::{Serialize, de::DeserializeOwned};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use uuid::Uuid;
use waypoint_core::document::PersonDoc;
use waypoint_core::leaflet_pack::LeafletPack;
use waypoint_core::sensitive::sensitive_part_id;
use waypoint_core::sync::{
    self as wire, CandidatesResponse, ChallengeRequest, ChallengeResponse, CompareRequest,
    CompareResponse, EnrolRequest, EnrolResponse, Erasure, ErasureReason, LeafletsRequest,
    LeafletsResponse, MAX_CHANGE_BYTES_PER_REQUEST, MAX_LEAFLET_PACKS_PER_RESPONSE,
    MAX_RECORDS_PER_REQUEST, PullRequest, PullResponse, PulledRecord, PushRecord, PushRequest,
    PushResponse, RecordKind, SessionRequest, SessionResponse, heads_digest,
    session_signing_message,
};
use waypoint_store::{DocumentKind, OutboxItem, StoreError, SyncIdentity};
use zeroize::Zeroizing;

const PULL_CURSOR: &str = "pull";
/// The reason stored with a tombstone learnt from the server (the reason stays with the
/// device that erased it).
const ERASED_ELSEWHERE: &str = "erased_elsewhere";
/// The highest change-log position of this device's own pushes it has committed as acknowledged.
const OWN_CURSOR: &str = "own";
/// The server epoch this device last synced with; 0: not yet since enrolment (repair first).
const EPOCH_CURSOR: &str = "epoch";
/// When a supervisor's device last fetched the review candidates (ms since the epoch).
const REVIEW_CURSOR: &str = "review_fetched_at";
/// When this device last asked the server for a newer leaflet pack (milliseconds).
const LEAFLETS_CURSOR: &str = "leaflets_checked_at";
/// How often a device asks for a newer leaflet pack: packs are published rarely, and a no-op
/// sync stays one request in between.
const LEAFLETS_REFRESH_MS: u64 = 60 * 60 * 1000;
/// A sync that moved no record fetches the review candidates only if the last fetch is older
/// than this: pairs found from other sites' pushes arrive within it, and a no-op sync stays
/// one request.
const REVIEW_REFRESH_MS: u64 = 10 * 60 * 1000;
/// A token is not reused in its last minute (the server's clock may run ahead of ours).
const TOKEN_MARGIN: Duration = Duration::from_secs(60);

/// A sync session token and when to stop using it (monotonic time: device clocks jump).
pub(crate) struct SessionToken {
    token: Zeroizing<String>,
    use_until: Instant,
}
/// Largest response body accepted, decompressed.
const MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;

/// Stops a running sync at its next request; cloned handles share one flag.
#[derive(Debug, Clone, Default)]
pub struct SyncCancel(Arc<AtomicBool>);

impl SyncCancel {
    /// A handle that has not been cancelled.
    pub fn new() -> Self {
        Self::default()
    }
    /// Asks the sync to stop. Every step it finished stays committed.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    /// Whether [`Self::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

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
struct Connection<'a> {
    http: reqwest::blocking::Client,
    base: String,
    token: Option<Zeroizing<String>>,
    /// Set when the server answered 401: the token is no longer valid.
    unauthenticated: bool,
    report: SyncReport,
    phase: SyncPhase,
    to_push: u32,
    observer: &'a mut dyn FnMut(&SyncProgress),
    cancel: SyncCancel,
    /// The certificate the server presented on the last answer, over a pinned connection.
    peer_certificate: Option<Vec<u8>>,
    /// The certificate the server announced for its next rotation, when this sync opened a
    /// session (`Some(None)`: it announced none).
    announced_next: Option<Option<Vec<u8>>>,
}

/// A server address the device may use: `https://…`, or `http://…` to this machine only (a
/// development server, a test). Personal data never crosses a network in the clear.
fn server_base(url: &str) -> Result<String, AppError> {
    let invalid = |why: String| AppError::new(ErrorCode::Validation, why);
    let parsed = reqwest::Url::parse(url.trim()).map_err(|e| {
        invalid(format!(
            "{url:?} is not a server address ({e}); write e.g. https://sync.example.org"
        ))
    })?;
    let host = parsed
        .host_str()
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(invalid(format!(
                "{url} is plain http: records would cross the network unencrypted; use https://"
            )));
        }
        other => return Err(invalid(format!("{url}: use https://, not {other}://"))),
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// An HTTP client that trusts the platform's certificate authorities, or, when `pinned` names
/// certificates (a self-signed server's: the one pinned and the one it announced next), only
/// those.
fn http_client(
    pinned: &[&[u8]],
    accept_any_certificate: bool,
) -> Result<reqwest::blocking::Client, AppError> {
    let mut builder = reqwest::blocking::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(60));
    if !pinned.is_empty() {
        let certificates = pinned
            .iter()
            .map(|der| {
                reqwest::Certificate::from_der(der).map_err(|e| {
                    AppError::new(
                        ErrorCode::Storage,
                        format!("the pinned server certificate is damaged: {e}"),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        // Which of them the server presents is read from each answer (`RawAnswer`).
        builder = builder.tls_certs_only(certificates).tls_info(true);
    }
    if accept_any_certificate {
        // Only to read the certificate a server presents (see `probe_certificate`); nothing is
        // sent on such a connection.
        builder = builder.tls_danger_accept_invalid_certs(true).tls_info(true);
    }
    builder.build().map_err(network)
}

/// The certificate to pin for an `https` server, if the platform does not trust it (a
/// self-signed site server): trust on first use, at enrolment, together with the one-time
/// code. `None` when the platform trusts the server (a CA-signed certificate renews freely).
fn probe_certificate(base: &str) -> Result<Option<Vec<u8>>, AppError> {
    if !base.starts_with("https://") {
        return Ok(None);
    }
    let health = format!("{base}/health");
    let response = http_client(&[], true)?
        .get(&health)
        .send()
        .map_err(network)?;
    let presented = response
        .extensions()
        .get::<reqwest::tls::TlsInfo>()
        .and_then(|info| info.peer_certificate())
        .map(<[u8]>::to_vec)
        .ok_or_else(|| AppError::new(ErrorCode::Network, "the server presented no certificate"))?;
    if http_client(&[], false)?.get(&health).send().is_ok() {
        return Ok(None);
    }
    Ok(Some(presented))
}

/// SHA-256 of a DER certificate as `AB:CD:…`, as the server logs it.
pub(crate) fn fingerprint(der: &[u8]) -> String {
    use sha2::{Digest as _, Sha256};
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

impl<'a> Connection<'a> {
    fn new(
        base: &str,
        pinned: &[&[u8]],
        observer: &'a mut dyn FnMut(&SyncProgress),
        cancel: SyncCancel,
    ) -> Result<Self, AppError> {
        let base = server_base(base)?;
        let http = http_client(pinned, false)?;
        Ok(Self {
            http,
            base,
            token: None,
            unauthenticated: false,
            report: SyncReport::default(),
            phase: SyncPhase::Connecting,
            to_push: 0,
            observer,
            cancel,
            peer_certificate: None,
            announced_next: None,
        })
    }

    /// Enters a phase and tells the observer.
    fn enter(&mut self, phase: SyncPhase) {
        self.phase = phase;
        self.notify();
    }

    fn notify(&mut self) {
        let progress = SyncProgress {
            phase: self.phase,
            to_push: self.to_push,
            pushed: self.report.pushed,
            pulled: self.report.pulled,
            bytes_up: self.report.bytes_up,
            bytes_down: self.report.bytes_down,
        };
        (self.observer)(&progress);
    }

    fn post<Req: Serialize, Resp: DeserializeOwned>(
        &mut self,
        path: &str,
        body: &Req,
    ) -> Result<Resp, AppError> {
        // Signed in already: `receive` would add the token a second time.
        let request = self.post_request(path, body)?;
        let raw = send(request, &self.cancel)?;
        self.answer(raw)
    }

    /// A POST of a sync message, encoded, counted and signed in, ready to send (by
    /// [`Self::receive`], or on another thread by [`send`] and then [`Self::answer`]).
    fn post_request<Req: Serialize>(
        &mut self,
        path: &str,
        body: &Req,
    ) -> Result<reqwest::blocking::RequestBuilder, AppError> {
        self.check_cancelled()?;
        let encoded = wire::encode(body);
        let compressed = wire::compress(&encoded);
        self.report.bytes_up += compressed.len() as u64;
        self.report.requests += 1;
        Ok(self.signed_in(
            self.http
                .post(format!("{}{path}", self.base))
                .header("content-type", "application/x-waypoint-sync")
                .header("content-encoding", "zstd")
                .body(compressed),
        ))
    }

    fn signed_in(
        &self,
        request: reqwest::blocking::RequestBuilder,
    ) -> reqwest::blocking::RequestBuilder {
        match &self.token {
            Some(token) => request.header("authorization", format!("Bearer {}", token.as_str())),
            None => request,
        }
    }

    /// GETs a sync message (no body).
    fn get<Resp: DeserializeOwned>(&mut self, path: &str) -> Result<Resp, AppError> {
        self.check_cancelled()?;
        self.report.requests += 1;
        let request = self.http.get(format!("{}{path}", self.base));
        self.receive(request)
    }

    fn check_cancelled(&self) -> Result<(), AppError> {
        if self.cancel.is_cancelled() {
            return Err(AppError::new(
                ErrorCode::Cancelled,
                "sync cancelled; what it finished is kept",
            ));
        }
        Ok(())
    }

    /// Sends a request with the session token and decodes the answer.
    fn receive<Resp: DeserializeOwned>(
        &mut self,
        request: reqwest::blocking::RequestBuilder,
    ) -> Result<Resp, AppError> {
        let raw = send(self.signed_in(request), &self.cancel)?;
        self.answer(raw)
    }

    /// Counts and decodes an answer received by [`send`].
    fn answer<Resp: DeserializeOwned>(&mut self, raw: RawAnswer) -> Result<Resp, AppError> {
        let RawAnswer {
            status,
            zstd: zstd_body,
            body: bytes,
            took: _,
            peer_certificate,
            busy,
        } = raw;
        self.report.busy_retries += busy;
        if peer_certificate.is_some() {
            self.peer_certificate = peer_certificate;
        }
        self.report.bytes_down += bytes.len() as u64;
        if !status.is_success() {
            self.unauthenticated |= status == reqwest::StatusCode::UNAUTHORIZED;
            return Err(server_error(status.as_u16(), &bytes));
        }
        let plain = if zstd_body {
            wire::decompress(&bytes, MAX_RESPONSE_BYTES).map_err(|e| {
                AppError::new(
                    ErrorCode::ServerRefused,
                    format!("the server's answer is damaged: {e}"),
                )
            })?
        } else {
            bytes.to_vec()
        };
        let message = wire::decode(&plain)
            .map_err(|e| AppError::new(ErrorCode::ServerRefused, e.to_string()))?;
        self.notify();
        Ok(message)
    }
}

/// An answer as it came off the wire, not yet counted or decoded.
struct RawAnswer {
    status: reqwest::StatusCode,
    zstd: bool,
    body: Vec<u8>,
    /// From sending the request to reading the whole answer.
    took: std::time::Duration,
    /// The certificate the server presented, over a pinned connection.
    peer_certificate: Option<Vec<u8>>,
    /// How many times the server was too busy and the request was sent again.
    busy: u32,
}

/// Longest a request is retried while the server answers `503` with `Retry-After` (busy).
const BUSY_RETRY_FOR: Duration = Duration::from_secs(120);

/// Sends a request and reads its answer whole; touches no connection state, so that it can run
/// on another thread (see `push_all`). A server too busy to take it (`503` with `Retry-After`:
/// admission control, docs/sync-protocol.md) is asked again after the delay it gives plus up
/// to a second of jitter, for up to [`BUSY_RETRY_FOR`]; every sync request is idempotent.
fn send(
    mut request: reqwest::blocking::RequestBuilder,
    cancel: &SyncCancel,
) -> Result<RawAnswer, AppError> {
    let first = Instant::now();
    let mut busy = 0u32;
    let (started, response) = loop {
        let again = request.try_clone();
        let started = Instant::now();
        let response = request.send().map_err(network)?;
        let retry_after = (response.status() == reqwest::StatusCode::SERVICE_UNAVAILABLE)
            .then(|| response.headers().get(reqwest::header::RETRY_AFTER))
            .flatten()
            .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
        match (retry_after, again) {
            (Some(secs), Some(again)) if first.elapsed() < BUSY_RETRY_FOR => {
                // The body is read so the connection can be reused.
                let _ = response.bytes();
                let mut jitter = [0u8; 2];
                let _ = getrandom::fill(&mut jitter);
                let jitter_ms = u64::from(u16::from_le_bytes(jitter) % 1000);
                let until = Instant::now()
                    + Duration::from_secs(secs.min(30))
                    + Duration::from_millis(jitter_ms);
                while Instant::now() < until {
                    if cancel.is_cancelled() {
                        return Err(AppError::new(
                            ErrorCode::Cancelled,
                            "sync cancelled; what it finished is kept",
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                busy += 1;
                request = again;
            }
            _ => break (started, response),
        }
    };
    let status = response.status();
    let peer_certificate = response
        .extensions()
        .get::<reqwest::tls::TlsInfo>()
        .and_then(|info| info.peer_certificate())
        .map(<[u8]>::to_vec);
    let zstd = response
        .headers()
        .get("content-encoding")
        .is_some_and(|v| v.as_bytes() == b"zstd");
    let body = response.bytes().map_err(network)?.to_vec();
    Ok(RawAnswer {
        status,
        zstd,
        body,
        took: started.elapsed(),
        peer_certificate,
        busy,
    })
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
        (_, "site_mismatch") => ErrorCode::SiteMismatch,
        (_, "enrolment_code_invalid") => ErrorCode::EnrolmentCodeInvalid,
        (500..=599, _) | (408, _) => ErrorCode::Network,
        _ => ErrorCode::ServerRefused,
    };
    AppError::new(kind, format!("server answered {status} {code}: {message}"))
}

fn record_kind(kind: DocumentKind) -> RecordKind {
    match kind {
        DocumentKind::Person => RecordKind::Person,
        DocumentKind::Group => RecordKind::Group,
        DocumentKind::Site => RecordKind::Site,
        DocumentKind::Sensitive => RecordKind::Sensitive,
    }
}

fn document_kind(kind: RecordKind) -> DocumentKind {
    match kind {
        RecordKind::Person => DocumentKind::Person,
        RecordKind::Group => DocumentKind::Group,
        RecordKind::Site => DocumentKind::Site,
        RecordKind::Sensitive => DocumentKind::Sensitive,
    }
}

/// A pulled record this device did not have, loaded and read.
struct NewRecord {
    heads: Vec<ChangeHash>,
    /// For a person's sensitive part: the person it belongs to.
    owner: Option<String>,
    /// For a person: the record, its number of conflicts, its leaflet hand-overs and its
    /// duplicate decisions, for the list and search index.
    person: Option<NewPerson>,
}

/// A pulled person new to this device, read for the list and search index.
struct NewPerson {
    person: waypoint_core::model::Person,
    /// Its search entries, computed with the decoding (on every core).
    index: waypoint_store::PersonIndex,
    conflicts: usize,
    handovers: Vec<waypoint_core::handover::LeafletHandover>,
    links: Vec<waypoint_core::links::IdentityLink>,
}

/// Loads a pulled record new to this device; `None` if its changes are incomplete (they build
/// on changes the device lacks: the record waits for a repair).
fn decode_new(
    record: &PulledRecord,
) -> Result<Option<NewRecord>, waypoint_core::document::DocError> {
    let mut doc = AutoCommit::new();
    if doc.load_incremental(&record.changes).is_err() || !doc.get_missing_deps(&[]).is_empty() {
        return Ok(None);
    }
    let heads = doc.get_heads();
    let owner = (record.kind == RecordKind::Sensitive)
        .then(|| waypoint_core::sensitive::SensitiveDoc::from_automerge(doc.clone()).person())
        .flatten()
        .map(|p| p.to_string());
    let person = if record.kind == RecordKind::Person {
        let mut person = PersonDoc::from_automerge(doc);
        let (read, conflicts) = person.read_with_conflicts()?;
        Some(NewPerson {
            index: waypoint_store::person_index(&read),
            person: read,
            conflicts: conflicts.len(),
            handovers: person.handovers(),
            links: person.links(),
        })
    } else {
        None
    };
    Ok(Some(NewRecord {
        heads,
        owner,
        person,
    }))
}

/// Erases a record the server says was erased, with the person's sensitive part if it is held
/// here: the server does not send the part's own erasure, which is the person's.
fn erase_from_server(
    tx: &waypoint_store::Tx<'_>,
    id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    tx.erase_document(id, DocumentKind::Person, ERASED_ELSEWHERE, now, true)?;
    if let Ok(uuid) = id.parse::<Uuid>() {
        let part = sensitive_part_id(waypoint_core::ids::PersonId(uuid)).to_string();
        if tx.document_exists(&part)? {
            tx.erase_document(&part, DocumentKind::Sensitive, ERASED_ELSEWHERE, now, true)?;
        }
    }
    Ok(())
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

/// A pulled page with what this device already holds of it.
struct CheckedPage {
    page: PullResponse,
    /// Records held here: merged into the stored ones.
    known: std::collections::HashSet<Uuid>,
    /// Records erased here: never stored again.
    erased: std::collections::HashSet<Uuid>,
}

/// Asks for the records after `cursor`.
fn fetch_page(
    conn: &mut Connection<'_>,
    cursor: u64,
    own_acked: u64,
) -> Result<PullResponse, AppError> {
    conn.post(
        "/v1/pull",
        &PullRequest {
            cursor,
            limit: MAX_RECORDS_PER_REQUEST as u32,
            own_acked,
        },
    )
}

/// Loads and reads, on every core, the records of a page new to this device: on a new device
/// that is most of the work of a pull.
fn decode_page(
    checked: &CheckedPage,
) -> Result<std::collections::HashMap<Uuid, Option<NewRecord>>, AppError> {
    Ok(checked
        .page
        .records
        .par_iter()
        .filter(|r| !checked.known.contains(&r.id) && !checked.erased.contains(&r.id))
        .map(|r| decode_new(r).map(|d| (r.id, d)))
        .collect::<Result<std::collections::HashMap<Uuid, Option<NewRecord>>, _>>()
        .map_err(StoreError::from)?)
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
        let base = server_base(server_url)?;
        let pinned = probe_certificate(&base)?;
        let mut ignore = |_: &SyncProgress| {};
        let pins: Vec<&[u8]> = pinned.iter().map(Vec::as_slice).collect();
        let mut conn = Connection::new(&base, &pins, &mut ignore, SyncCancel::new())?;
        let answer: EnrolResponse = conn.post(
            "/v1/enrol",
            &EnrolRequest {
                code: code.trim().to_owned(),
                public_key: key.verifying_key().to_bytes().to_vec(),
                site: Some(self.session()?.device.site_code.to_string()),
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
            server_certificate: pinned,
            server_certificate_next: None,
        };
        self.session()?.store.transaction(|tx| {
            tx.set_sync_identity(&identity)?;
            // A new enrolment trusts nothing learnt from an earlier one: the first sync compares.
            for cursor in [PULL_CURSOR, OWN_CURSOR, EPOCH_CURSOR] {
                tx.set_cursor(cursor, 0)?;
            }
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
            server_fingerprint: identity
                .as_ref()
                .and_then(|i| i.server_certificate.as_deref())
                .map(fingerprint),
            last_sync: identity
                .and_then(|i| i.last_sync_at)
                .map(|t| t.to_rfc3339()),
        })
    }

    /// Sends what the server lacks, then receives what this device lacks.
    pub fn sync_now(&mut self) -> Result<SyncReport, AppError> {
        self.sync_watched(&mut |_| {}, &SyncCancel::new())
    }

    /// [`Self::sync_now`], telling `observer` the progress after every request, and stopping
    /// at the next request once `cancel` is cancelled (with [`ErrorCode::Cancelled`]; what
    /// finished stays committed and the next sync goes on from there).
    pub fn sync_watched(
        &mut self,
        observer: &mut dyn FnMut(&SyncProgress),
        cancel: &SyncCancel,
    ) -> Result<SyncReport, AppError> {
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
        let waiting = self.session()?.store.outbox_len()?;
        let pins: Vec<&[u8]> = [
            &identity.server_certificate,
            &identity.server_certificate_next,
        ]
        .into_iter()
        .flatten()
        .map(Vec::as_slice)
        .collect();
        let mut conn = Connection::new(&identity.server_url, &pins, observer, cancel.clone())?;
        conn.to_push = u32::try_from(waiting).unwrap_or(u32::MAX);
        conn.enter(SyncPhase::Connecting);
        let result = self.sync_with(&mut conn, &identity);
        if let Err(e) = &result
            && e.code == ErrorCode::DeviceRevoked
        {
            self.wipe_after_revocation();
        }
        if result.is_ok() {
            conn.enter(SyncPhase::Done);
        }
        result
    }

    fn sync_with(
        &mut self,
        conn: &mut Connection<'_>,
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
        let now = Instant::now();
        let reused = match &self.session()?.sync_token {
            Some(t) if t.use_until > now => {
                conn.token = Some(t.token.clone());
                true
            }
            _ => false,
        };
        if !reused {
            self.open_session(conn, device_id, &key)?;
        }
        let mut result = self.exchange(conn);
        if result.is_err() && reused && conn.unauthenticated {
            // The server forgot the token (expired by its clock, or revoked sessions): sign in
            // again once; every step before was idempotent.
            conn.unauthenticated = false;
            self.open_session(conn, device_id, &key)?;
            result = self.exchange(conn);
        }
        if result.is_err() && conn.unauthenticated {
            self.session()?.sync_token = None;
        }
        result?;
        let now = self.clock.now();
        self.session()?
            .store
            .transaction(|tx| tx.set_last_sync(now))?;
        self.update_pins(conn, identity)?;
        conn.report.purged = self.purge_expired()?;
        Ok(conn.report.clone())
    }

    /// A pinned (self-signed) server: pins what it presented over this sync's connection (one of
    /// the certificates pinned already: a rotation finished) and what it announced for its next
    /// rotation. A server the platform trusts is not pinned, and nothing changes.
    fn update_pins(
        &mut self,
        conn: &Connection<'_>,
        identity: &SyncIdentity,
    ) -> Result<(), AppError> {
        let Some(presented) = conn.peer_certificate.as_deref() else {
            return Ok(());
        };
        if identity.server_certificate.is_none() {
            return Ok(());
        }
        let next = match &conn.announced_next {
            Some(announced) => announced.as_deref(),
            None => identity.server_certificate_next.as_deref(),
        }
        .filter(|n| *n != presented);
        if identity.server_certificate.as_deref() == Some(presented)
            && identity.server_certificate_next.as_deref() == next
        {
            return Ok(());
        }
        let now = self.clock.now();
        self.session()?.store.transaction(|tx| {
            tx.set_server_certificates(presented, next)?;
            let pins = format!(
                "presented {}; next {}",
                fingerprint(presented),
                next.map_or_else(|| "none".to_owned(), fingerprint)
            );
            tx.audit(now, None, "server_certificate_pinned", None, Some(&pins))
        })?;
        Ok(())
    }

    /// Proves the device key to the server (challenge, signature) and keeps the session token.
    fn open_session(
        &mut self,
        conn: &mut Connection<'_>,
        device_id: Uuid,
        key: &SigningKey,
    ) -> Result<(), AppError> {
        conn.token = None;
        let challenge: ChallengeResponse =
            conn.post("/v1/session/challenge", &ChallengeRequest { device_id })?;
        let signature = key.sign(&session_signing_message(&challenge.nonce));
        let started = Instant::now();
        let session: SessionResponse = conn.post(
            "/v1/session",
            &SessionRequest {
                device_id,
                nonce: challenge.nonce,
                signature: signature.to_bytes().to_vec(),
            },
        )?;
        let token = Zeroizing::new(session.token.clone());
        conn.token = Some(token.clone());
        conn.announced_next = Some(session.next_certificate);
        self.session()?.sync_token = Some(SessionToken {
            token,
            use_until: started
                + Duration::from_secs(session.expires_in).saturating_sub(TOKEN_MARGIN),
        });
        Ok(())
    }

    fn cursor(&mut self, name: &str) -> Result<u64, AppError> {
        Ok(self.session()?.store.transaction(|tx| tx.cursor(name))?)
    }

    /// Push, pull, and repair when the server's epoch says it may have lost what it
    /// acknowledged (or when this enrolment has not synced yet).
    /// A supervisor's device takes the server's possible duplicates for its site (after the
    /// pull, so that the records they name are here); other devices skip it.
    fn fetch_review(&mut self, conn: &mut Connection<'_>) -> Result<(), AppError> {
        let supervisor = self
            .session()?
            .store
            .transaction(|tx| tx.sync_identity())?
            .is_some_and(|identity| identity.is_supervisor());
        let now = u64::try_from(self.clock.now().timestamp_millis()).unwrap_or(0);
        let moved = conn.report.pushed + conn.report.pulled > 0;
        let fetched = self.cursor(REVIEW_CURSOR)?;
        if !supervisor || (!moved && now.saturating_sub(fetched) < REVIEW_REFRESH_MS) {
            return Ok(());
        }
        let answer: CandidatesResponse = conn.get("/v1/review/candidates")?;
        let pairs: Vec<(String, String, String)> = answer
            .pairs
            .iter()
            .filter_map(|p| {
                let json = serde_json::to_string(p).ok()?;
                Some((p.a.to_string(), p.b.to_string(), json))
            })
            .collect();
        let people: Vec<(String, String)> = answer
            .people
            .iter()
            .filter_map(|p| Some((p.id.to_string(), serde_json::to_string(p).ok()?)))
            .collect();
        self.session()?.store.transaction(|tx| {
            tx.replace_review_candidates(&pairs, &people)?;
            tx.set_cursor(REVIEW_CURSOR, now)
        })?;
        Ok(())
    }

    fn exchange(&mut self, conn: &mut Connection<'_>) -> Result<(), AppError> {
        if self.cursor(EPOCH_CURSOR)? == 0 {
            self.repair(conn, 0)?;
        }
        self.push_all(conn)?;
        let seen = self.pull_all(conn)?;
        let stored = self.cursor(EPOCH_CURSOR)?;
        if stored == 0 && seen != 0 {
            self.session()?
                .store
                .transaction(|tx| tx.set_cursor(EPOCH_CURSOR, seen))?;
        } else if seen != 0 && seen != stored {
            tracing::warn!("the server's epoch changed (restored from a backup?): repairing");
            self.repair(conn, seen)?;
            self.push_all(conn)?;
            self.pull_all(conn)?;
        }
        self.fetch_leaflets(conn)?;
        self.fetch_review(conn)
    }

    /// Takes the leaflet packs the server published that this device lacks (every one, so
    /// that a hand-over citing an older text can be shown): at the first sync, then at most
    /// every [`LEAFLETS_REFRESH_MS`]. A pack that does not check whole is not kept (the device
    /// goes on offering what it holds), and nothing after it is taken until the next check.
    fn fetch_leaflets(&mut self, conn: &mut Connection<'_>) -> Result<(), AppError> {
        let now = u64::try_from(self.clock.now().timestamp_millis()).unwrap_or(0);
        let checked = self.cursor(LEAFLETS_CURSOR)?;
        if checked != 0 && now.saturating_sub(checked) < LEAFLETS_REFRESH_MS {
            return Ok(());
        }
        let received_at = self.clock.now().to_rfc3339();
        let mut after = self
            .session()?
            .store
            .transaction(|tx| tx.latest_leaflet_pack_id())?;
        loop {
            let answer: LeafletsResponse = conn.post("/v1/leaflets", &LeafletsRequest { after })?;
            let full = answer.packs.len() >= MAX_LEAFLET_PACKS_PER_RESPONSE;
            for pack in answer.packs {
                let files = pack.files.iter().map(|(p, t)| (p.as_str(), t.as_str()));
                let checked = match LeafletPack::from_files(files) {
                    Ok(checked) => checked,
                    Err(problems) => {
                        tracing::warn!(
                            pack = pack.id,
                            problems = problems.len(),
                            first = problems.first().map(String::as_str).unwrap_or_default(),
                            "a leaflet pack from the server does not check; keeping the leaflets held"
                        );
                        return Ok(());
                    }
                };
                // The edition is the checked catalogue's, not the message's copy of it.
                let edition = checked.edition().to_owned();
                let bytes = crate::leaflets::pack_bytes(&pack.files);
                let session = self.session()?;
                session.store.transaction(|tx| {
                    tx.add_leaflet_pack(pack.id, &edition, &received_at, &bytes)
                })?;
                // Packs come oldest first: the one just checked is the latest held, so the
                // library takes it as is rather than reading and checking it again.
                session.leaflets = Some(Some(std::sync::Arc::new(checked)));
                conn.report.leaflet_edition = Some(edition);
                after = pack.id;
            }
            if !full {
                break;
            }
        }
        self.session()?
            .store
            .transaction(|tx| tx.set_cursor(LEAFLETS_CURSOR, now))?;
        Ok(())
    }

    /// Compares the heads of every synced record with the server's (24 bytes a record) and
    /// trusts only what that shows: records the server lacks changes of go back in the outbox
    /// with the server's heads as their base; then the pull restarts from the beginning.
    /// Records already waiting in the outbox are not compared: their push finds out (a base the
    /// server lacks is answered `need_full`). Idempotent: interrupted, it runs again at the
    /// next sync.
    fn repair(&mut self, conn: &mut Connection<'_>, epoch: u64) -> Result<(), AppError> {
        let mut epoch = epoch;
        let mut after = String::new();
        loop {
            let batch = self.session()?.store.transaction(|tx| {
                let mut batch = Vec::new();
                for id in tx.synced_document_ids_after(&after, MAX_RECORDS_PER_REQUEST as u32)? {
                    let (_, doc) = tx.load_document(&id)?;
                    batch.push((id, doc));
                }
                Ok(batch)
            })?;
            let Some((last, _)) = batch.last() else {
                break;
            };
            after.clone_from(last);
            if !conn.report.repaired {
                conn.report.repaired = true;
                conn.enter(SyncPhase::Comparing);
            }
            let mut batch: Vec<(Uuid, String, AutoCommit)> = batch
                .into_iter()
                .filter_map(|(id, doc)| Some((id.parse().ok()?, id, doc)))
                .collect();
            let request = CompareRequest {
                records: batch
                    .iter_mut()
                    .map(|(uuid, _, doc)| (*uuid, heads_digest(&doc.get_heads())))
                    .collect(),
            };
            let answer: CompareResponse = conn.post("/v1/compare", &request)?;
            epoch = answer.epoch;
            let differ: std::collections::HashMap<Uuid, Vec<ChangeHash>> = answer
                .differ
                .into_iter()
                .map(|(id, heads)| (id, heads.into_iter().map(Into::into).collect()))
                .collect();
            let now = self.clock.now();
            let erased: std::collections::HashSet<Uuid> = answer.erased.into_iter().collect();
            conn.report.erased += u32::try_from(erased.len()).unwrap_or(u32::MAX);
            self.session()?.store.transaction(|tx| {
                for (uuid, id, doc) in &mut batch {
                    if erased.contains(uuid) {
                        erase_from_server(tx, id, now)?;
                        continue;
                    }
                    match differ.get(uuid) {
                        None => tx.record_acknowledged_heads(id, &doc.get_heads())?,
                        Some(server) => {
                            let known: Vec<ChangeHash> = server
                                .iter()
                                .filter(|h| doc.get_change_by_hash(h).is_some())
                                .copied()
                                .collect();
                            tx.record_acknowledged_heads(id, &known)?;
                            if !doc.get_changes(&known).is_empty() {
                                tx.mark_for_sync(id, now)?;
                            }
                        }
                    }
                }
                Ok(())
            })?;
        }
        self.session()?.store.transaction(|tx| {
            tx.set_cursor(PULL_CURSOR, 0)?;
            tx.set_cursor(OWN_CURSOR, 0)?;
            tx.set_cursor(EPOCH_CURSOR, epoch)
        })?;
        Ok(())
    }

    fn push_all(&mut self, conn: &mut Connection<'_>) -> Result<(), AppError> {
        conn.enter(SyncPhase::Pushing);
        // Each round sends what the outbox holds now; `need_full` answers are resent whole in
        // the next round. Two rounds without progress mean something is wrong: stop.
        let mut stalled = 0;
        loop {
            let prepared = self.session()?.store.transaction(|tx| {
                let mut out = Vec::new();
                let supervisor = tx
                    .sync_identity()?
                    .is_some_and(|identity| identity.is_supervisor());
                for item in tx.outbox(MAX_RECORDS_PER_REQUEST as u64 * 5)? {
                    let Ok(id) = item.id.parse::<Uuid>() else {
                        continue;
                    };
                    // The server takes a site's settings only from a supervisor's device (and
                    // would refuse the whole batch): settings changed here before this device
                    // was enrolled as an officer's stay here, waiting.
                    if item.kind == DocumentKind::Site && !supervisor {
                        continue;
                    }
                    let changes = if item.acked_heads.is_empty() {
                        // Never acknowledged: the stored bytes are the whole record already.
                        tx.document_bytes(&item.id)?.1
                    } else {
                        let (_, mut doc) = tx.load_document(&item.id)?;
                        changes_for(&mut doc, &item.acked_heads)
                    };
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
                return self.push_erasures(conn);
            }
            // Two pushes in flight: the next batch travels (and the server parses it) while
            // this device stores the acknowledgements of the one before. Each record is
            // acknowledged on its own, so their order does not matter, and a push whose answer
            // is lost is sent again next time and changes nothing more.
            let mut progressed = false;
            let mut in_flight: Option<(Vec<PlannedRecord>, std::thread::JoinHandle<_>)> = None;
            for batch in plan_push(
                prepared,
                MAX_RECORDS_PER_REQUEST,
                MAX_CHANGE_BYTES_PER_REQUEST,
            ) {
                // Cancelled: no new push, but the one on its way is answered and kept.
                if conn.cancel.is_cancelled() {
                    break;
                }
                let request = conn.post_request(
                    "/v1/push",
                    &PushRequest {
                        records: batch.iter().map(|p| p.record.clone()).collect(),
                        erasures: Vec::new(),
                    },
                )?;
                let cancel = conn.cancel.clone();
                let sending = std::thread::spawn(move || send(request, &cancel));
                if let Some((sent, answer)) = in_flight.replace((batch, sending)) {
                    progressed |= self.take_push_answer(conn, &sent, answer)?;
                }
            }
            if let Some((sent, answer)) = in_flight {
                progressed |= self.take_push_answer(conn, &sent, answer)?;
            }
            conn.check_cancelled()?;
            stalled = if progressed { 0 } else { stalled + 1 };
            if stalled >= 2 {
                return Err(AppError::new(
                    ErrorCode::ServerRefused,
                    "the server keeps asking for whole records; try again later",
                ));
            }
        }
    }

    /// Waits for a push's answer and stores its acknowledgements; whether it moved anything.
    fn take_push_answer(
        &mut self,
        conn: &mut Connection<'_>,
        sent: &[PlannedRecord],
        answer: std::thread::JoinHandle<Result<RawAnswer, AppError>>,
    ) -> Result<bool, AppError> {
        let raw = answer.join().map_err(|_| {
            AppError::new(ErrorCode::Internal, "the thread sending a push failed")
        })??;
        let waited = u32::try_from(raw.took.as_millis()).unwrap_or(u32::MAX);
        let answer: PushResponse = conn.answer(raw)?;
        conn.report.slowest_ack_ms = conn.report.slowest_ack_ms.max(waited);
        let now = self.clock.now();
        let mut erased = 0u32;
        let pushed = self.session()?.store.transaction(|tx| {
            if answer.own_seq > tx.cursor(OWN_CURSOR)? {
                tx.set_cursor(OWN_CURSOR, answer.own_seq)?;
            }
            // The repair (if one was due) ran before this push: the epoch is settled.
            if tx.cursor(EPOCH_CURSOR)? == 0 && answer.epoch != 0 {
                tx.set_cursor(EPOCH_CURSOR, answer.epoch)?;
            }
            let mut pushed = 0u32;
            let sent: std::collections::HashMap<Uuid, &PlannedRecord> =
                sent.iter().map(|p| (p.record.id, p)).collect();
            for result in &answer.results {
                let Some(p) = sent.get(&result.id) else {
                    continue;
                };
                if result.erased {
                    // Erased on the server while this device edited it: the erasure wins.
                    // (A sensitive part is counted with its person.)
                    if p.item.kind == DocumentKind::Person {
                        erase_from_server(tx, &p.item.id, now)?;
                        erased += 1;
                    } else {
                        tx.erase_document(&p.item.id, p.item.kind, ERASED_ELSEWHERE, now, true)?;
                        erased += u32::from(p.item.kind != DocumentKind::Sensitive);
                    }
                } else if result.need_full {
                    tx.forget_acknowledgement(&p.item.id)?;
                } else {
                    let heads: Vec<ChangeHash> = result.heads.iter().map(|h| (*h).into()).collect();
                    tx.acknowledge(&p.item.id, &heads, p.item.version)?;
                    pushed += 1;
                }
            }
            Ok(pushed)
        })?;
        conn.report.pushed += pushed;
        conn.report.erased += erased;
        conn.notify();
        Ok(pushed + erased > 0)
    }

    /// Sends this device's erasures that the server has not confirmed, in batches.
    fn push_erasures(&mut self, conn: &mut Connection<'_>) -> Result<(), AppError> {
        loop {
            let pending = self
                .session()?
                .store
                .transaction(|tx| tx.pending_erasures(MAX_RECORDS_PER_REQUEST as u64))?;
            if pending.is_empty() {
                return Ok(());
            }
            let erasures: Vec<Erasure> = pending
                .iter()
                .filter_map(|(id, kind, reason)| {
                    Some(Erasure {
                        id: id.parse().ok()?,
                        kind: record_kind(*kind),
                        // A reason this build does not know was written by a newer one.
                        reason: ErasureReason::from_code(reason)
                            .unwrap_or(ErasureReason::EnteredInError),
                    })
                })
                .collect();
            let answer: PushResponse = conn.post(
                "/v1/push",
                &PushRequest {
                    records: Vec::new(),
                    erasures,
                },
            )?;
            let confirmed = self.session()?.store.transaction(|tx| {
                let mut confirmed = 0usize;
                for result in answer.results.iter().filter(|r| r.erased) {
                    tx.erasure_synced(&result.id.to_string())?;
                    confirmed += 1;
                }
                if answer.own_seq > tx.cursor(OWN_CURSOR)? {
                    tx.set_cursor(OWN_CURSOR, answer.own_seq)?;
                }
                Ok(confirmed)
            })?;
            if confirmed == 0 {
                return Err(AppError::new(
                    ErrorCode::ServerRefused,
                    "the server did not confirm this device's erasures; try again later",
                ));
            }
        }
    }

    /// Pulls until the server has nothing more; returns the server's epoch.
    ///
    /// A pipeline of pages: while page N is stored (one write transaction, one thread), page
    /// N+1 is already fetched and its records new to this device are loaded and read on the
    /// other cores. A page is stored before an error fetching the next one is returned, so a
    /// broken connection loses no progress.
    fn pull_all(&mut self, conn: &mut Connection<'_>) -> Result<u64, AppError> {
        conn.enter(SyncPhase::Pulling);
        let (cursor, own_acked) = self
            .session()?
            .store
            .transaction(|tx| Ok((tx.cursor(PULL_CURSOR)?, tx.cursor(OWN_CURSOR)?)))?;
        let page = fetch_page(conn, cursor, own_acked)?;
        let checked = self.check_page(page)?;
        let fresh = decode_page(&checked)?;
        let mut ready = (checked, fresh, cursor);
        loop {
            let (checked, fresh, cursor) = ready;
            let page = &checked.page;
            // A page may hold no record (the server left out this device's own) yet move the
            // cursor; a page that moves nothing ends the loop whatever it says.
            if !page.more || page.next <= cursor {
                let epoch = page.epoch;
                self.store_page(conn, &checked, &fresh, cursor)?;
                return Ok(epoch);
            }
            let next_cursor = page.next;
            let next = match fetch_page(conn, next_cursor, own_acked) {
                Ok(next) => next,
                Err(e) => {
                    self.store_page(conn, &checked, &fresh, cursor)?;
                    return Err(e);
                }
            };
            // Checked against the store before this page is stored: a record in both pages
            // (changed between the two requests) is checked again when stored.
            let next = self.check_page(next)?;
            let (stored, decoded) = std::thread::scope(|scope| {
                let decoding = scope.spawn(|| decode_page(&next));
                let stored = self.store_page(conn, &checked, &fresh, cursor);
                (stored, decoding.join())
            });
            stored?;
            let decoded = decoded.map_err(|_| {
                AppError::new(ErrorCode::Internal, "decoding pulled records failed")
            })??;
            ready = (next, decoded, next_cursor);
        }
    }

    /// Which of a page's records this device holds, and which it erased.
    fn check_page(&mut self, page: PullResponse) -> Result<CheckedPage, AppError> {
        let (known, erased) = self.session()?.store.transaction(|tx| {
            let mut known = std::collections::HashSet::new();
            let mut erased = std::collections::HashSet::new();
            for record in &page.records {
                let id = record.id.to_string();
                if tx.document_exists(&id)? {
                    known.insert(record.id);
                } else if tx.is_erased(&id)? {
                    erased.insert(record.id);
                }
            }
            Ok((known, erased))
        })?;
        Ok(CheckedPage {
            page,
            known,
            erased,
        })
    }

    /// Stores one page in one transaction and moves the pull cursor past it.
    fn store_page(
        &mut self,
        conn: &mut Connection<'_>,
        checked: &CheckedPage,
        fresh: &std::collections::HashMap<Uuid, Option<NewRecord>>,
        cursor: u64,
    ) -> Result<(), AppError> {
        let page = &checked.page;
        let erased_here = &checked.erased;
        let now = self.clock.now();
        let (merged, newly_erased) = self.session()?.store.transaction(|tx| {
            let mut merged = 0u32;
            // People new here, indexed together once their records are stored.
            let mut people = Vec::new();
            // Counted once: an erasure this device itself pushed comes back in the pull.
            let mut newly_erased = 0u32;
            for id in &page.erased {
                let id = id.to_string();
                if !tx.is_erased(&id)? {
                    newly_erased += 1;
                }
                erase_from_server(tx, &id, now)?;
            }
            for record in &page.records {
                let id = record.id.to_string();
                if erased_here.contains(&record.id) {
                    continue;
                }
                // Decoded as new, and still new: not stored by the page before.
                let fresh_here = match fresh.get(&record.id) {
                    Some(new) if !tx.document_exists(&id)? => Some(new),
                    _ => None,
                };
                if let Some(new) = fresh_here {
                    if tx.is_erased(&id)? {
                        continue;
                    }
                    let Some(new) = new else {
                        tracing::warn!(record = %id, "pulled record is incomplete; skipped until repair");
                        continue;
                    };
                    // The server's bytes are the record: stored as they came, not re-saved.
                    if record.kind == RecordKind::Sensitive {
                        let Some(owner) = &new.owner else {
                            tracing::warn!(record = %id, "pulled sensitive part names no person; skipped");
                            continue;
                        };
                        tx.insert_sensitive_bytes(&id, owner, &record.changes, now)?;
                    } else {
                        tx.insert_document_bytes(&id, document_kind(record.kind), &record.changes, now)?;
                    }
                    if let Some(p) = &new.person {
                        people.push(waypoint_store::IndexEntry {
                            person: &p.person,
                            index: &p.index,
                            conflicts: p.conflicts,
                            handovers: &p.handovers,
                            links: &p.links,
                        });
                    }
                    let known: Vec<ChangeHash> = record
                        .heads
                        .iter()
                        .map(|h| ChangeHash::from(*h))
                        .filter(|h| new.heads.contains(h))
                        .collect();
                    tx.record_acknowledged_heads(&id, &known)?;
                    merged += 1;
                    continue;
                }
                // A record this device holds: merge the changes into it (unless it was erased
                // since the page was checked, by this page or the one before).
                if tx.is_erased(&id)? {
                    continue;
                }
                let (_, mut doc) = tx.load_document(&id)?;
                if let Err(e) = doc.load_incremental(&record.changes) {
                    tracing::warn!(record = %id, error = %e, "pulled changes do not apply; skipped");
                    continue;
                }
                tx.save_document(&id, &mut doc, now)?;
                if record.kind == RecordKind::Person {
                    let mut person = PersonDoc::from_automerge(doc.clone());
                    let (read, conflicts) =
                        person.read_with_conflicts().map_err(StoreError::from)?;
                    tx.index_person(
                        &read,
                        conflicts.len(),
                        &person.handovers(),
                        &person.links(),
                        now,
                    )?;
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
            tx.index_people(&people, now)?;
            tx.set_cursor(PULL_CURSOR, page.next.max(cursor))?;
            Ok((merged, newly_erased))
        })?;
        conn.report.pulled += merged;
        conn.report.erased += newly_erased;
        conn.notify();
        Ok(())
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
