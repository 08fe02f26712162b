//! Router-level fixtures: the server's router on an in-memory database with a hand-moved clock,
//! called with `oneshot` (no sockets), and enrolled test devices that sign like real ones.

use std::{
    sync::{
        Arc,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use automerge::{AutoCommit, ChangeHash, ROOT, transaction::Transactable};
use axum::{
    body::{Body, Bytes},
    http::{Request, StatusCode, header},
};
use ed25519_dalek::{Signer, SigningKey};
use http_body_util::BodyExt;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;
use tower::ServiceExt;
use uuid::Uuid;
use waypoint_core::{
    case_number::SiteCode,
    sync::{
        Erasure, ErasureReason, Hash, PullRequest, PullResponse, PushRecord, PushRequest,
        PushResponse, RecordKind, decode, encode,
    },
};
use waypoint_server::{
    AppState, Clock, HttpLimits, admin, router,
    storage::SqliteStorage,
    wire::{
        ChallengeRequest, ChallengeResponse, EnrolRequest, EnrolResponse, Role, SessionRequest,
        SessionResponse, session_signing_message,
    },
};

/// A clock that moves only when a test says so.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// An HTTP answer as the tests look at it.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub content_encoding: Option<String>,
    pub body: Bytes,
}

impl Reply {
    /// The sync message in a successful answer.
    pub fn message<T: DeserializeOwned>(&self) -> T {
        assert_eq!(
            self.status,
            StatusCode::OK,
            "expected success, got {}: {}",
            self.status,
            String::from_utf8_lossy(&self.body)
        );
        assert_eq!(
            self.content_encoding.as_deref(),
            Some("zstd"),
            "sync answers are zstd-compressed"
        );
        let raw = zstd::decode_all(&self.body[..]).expect("answer is valid zstd");
        decode(&raw).expect("answer is a valid sync message")
    }

    /// The `{ code, message }` of an error answer.
    pub fn error(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "errors are JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Asserts the status and error code, and returns the message.
    pub fn assert_error(&self, status: StatusCode, code: &str) -> String {
        let body = self.error();
        assert_eq!(self.status, status, "{body}");
        assert_eq!(body["code"], code, "{body}");
        body["message"].as_str().unwrap_or_default().to_owned()
    }
}

/// The router over one database, with a manual clock starting at 2025-01-01.
#[derive(Clone)]
pub struct Server {
    pub state: AppState,
    pub clock: Arc<ManualClock>,
}

impl Server {
    pub fn new() -> Self {
        Self::on(
            SqliteStorage::open_in_memory().expect("in-memory database"),
            HttpLimits::default(),
        )
    }

    pub fn on(storage: SqliteStorage, limits: HttpLimits) -> Self {
        let clock = Arc::new(ManualClock(AtomicI64::new(1_735_689_600_000)));
        let state = AppState::new(Arc::new(storage), limits).with_clock(clock.clone());
        Self { state, clock }
    }

    /// The router over a database file at `path` (created), with the default limits.
    pub fn on_file(path: &std::path::Path) -> Self {
        Self::on(
            SqliteStorage::open(path, None).expect("the database opens"),
            HttpLimits::default(),
        )
    }

    pub fn advance(&self, by: Duration) {
        let millis = i64::try_from(by.as_millis()).expect("small");
        self.clock.0.fetch_add(millis, Ordering::SeqCst);
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = router(self.state.clone())
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let content_encoding = response
            .headers()
            .get(header::CONTENT_ENCODING)
            .map(|v| v.to_str().expect("ascii").to_owned());
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Reply {
            status,
            content_encoding,
            body,
        }
    }

    /// POSTs `body` as is, with the given Content-Encoding and bearer token.
    pub async fn post_raw(
        &self,
        path: &str,
        body: Vec<u8>,
        encoding: Option<&str>,
        token: Option<&str>,
    ) -> Reply {
        let mut request =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-waypoint-sync");
        if let Some(encoding) = encoding {
            request = request.header(header::CONTENT_ENCODING, encoding);
        }
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(request.body(Body::from(body)).expect("request"))
            .await
    }

    /// POSTs a sync message as a device does: CBOR, zstd-compressed.
    pub async fn post<T: Serialize>(&self, path: &str, message: &T, token: Option<&str>) -> Reply {
        let body = zstd::encode_all(&encode(message)[..], 3).expect("compress");
        self.post_raw(path, body, Some("zstd"), token).await
    }

    /// An enrolment code, as `waypoint-server enrolment-code` issues it.
    pub async fn issue_code(&self, site: &str, role: Role) -> String {
        admin::issue_enrolment_code(
            self.state.storage(),
            SiteCode::new(site).expect("site"),
            role,
            Duration::from_secs(24 * 60 * 60),
            self.state.now(),
        )
        .await
        .expect("code issued")
        .code
        .to_string()
    }

    /// An officer's device enrolled at `site` with an open session.
    pub async fn device(&self, site: &str) -> TestDevice {
        self.device_as(site, Role::Officer).await
    }

    /// A device enrolled at `site` with `role` and an open session.
    pub async fn device_as(&self, site: &str, role: Role) -> TestDevice {
        let code = self.issue_code(site, role).await;
        let key = new_key();
        let enrolled: EnrolResponse = self
            .post(
                "/v1/enrol",
                &EnrolRequest {
                    code,
                    public_key: key.verifying_key().to_bytes().to_vec(),
                    site: Some(site.to_owned()),
                },
                None,
            )
            .await
            .message();
        let mut device = TestDevice {
            key,
            id: enrolled.device_id,
            token: String::new(),
        };
        device.token = self
            .open_session(&device)
            .await
            .message::<SessionResponse>()
            .token;
        device
    }

    /// Challenge, sign, open a session.
    pub async fn open_session(&self, device: &TestDevice) -> Reply {
        let nonce = self
            .challenge(device.id)
            .await
            .message::<ChallengeResponse>()
            .nonce;
        let signature = device.key.sign(&session_signing_message(&nonce));
        self.post(
            "/v1/session",
            &SessionRequest {
                device_id: device.id,
                nonce,
                signature: signature.to_bytes().to_vec(),
            },
            None,
        )
        .await
    }

    pub async fn challenge(&self, device_id: Uuid) -> Reply {
        self.post(
            "/v1/session/challenge",
            &ChallengeRequest { device_id },
            None,
        )
        .await
    }
}

/// A fresh Ed25519 key pair.
pub fn new_key() -> SigningKey {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).expect("random");
    SigningKey::from_bytes(&seed)
}

/// An enrolled device: its key, id and session token.
pub struct TestDevice {
    pub key: SigningKey,
    pub id: Uuid,
    pub token: String,
}

impl TestDevice {
    pub async fn push(&self, server: &Server, records: Vec<PushRecord>) -> Reply {
        server
            .post(
                "/v1/push",
                &PushRequest {
                    records,
                    erasures: Vec::new(),
                },
                Some(&self.token),
            )
            .await
    }

    /// Pushes erasures of these person records.
    pub async fn erase(&self, server: &Server, ids: &[Uuid]) -> Reply {
        let erasures = ids
            .iter()
            .map(|&id| Erasure {
                id,
                kind: RecordKind::Person,
                reason: ErasureReason::PersonRequested,
            })
            .collect();
        server
            .post(
                "/v1/push",
                &PushRequest {
                    records: Vec::new(),
                    erasures,
                },
                Some(&self.token),
            )
            .await
    }

    pub async fn push_ok(&self, server: &Server, records: Vec<PushRecord>) -> PushResponse {
        self.push(server, records).await.message()
    }

    pub async fn pull(&self, server: &Server, cursor: u64, limit: u32) -> Reply {
        self.pull_acked(server, cursor, limit, 0).await
    }

    /// A pull that says this device has its own pushes up to change-log position `own_acked`.
    pub async fn pull_acked(
        &self,
        server: &Server,
        cursor: u64,
        limit: u32,
        own_acked: u64,
    ) -> Reply {
        server
            .post(
                "/v1/pull",
                &PullRequest {
                    cursor,
                    limit,
                    own_acked,
                },
                Some(&self.token),
            )
            .await
    }

    pub async fn pull_ok(&self, server: &Server, cursor: u64, limit: u32) -> PullResponse {
        self.pull(server, cursor, limit).await.message()
    }
}

/// A person document with one name, as a device creates it.
pub fn person(name: &str) -> AutoCommit {
    let mut doc = AutoCommit::new();
    doc.put(ROOT, "type", "person").expect("put");
    doc.put(ROOT, "name", name).expect("put");
    doc.commit();
    doc
}

/// Changes the person's name in one new change.
pub fn rename(doc: &mut AutoCommit, name: &str) {
    doc.put(ROOT, "name", name).expect("put");
    doc.commit();
}

/// The push of `doc`'s changes after `base` (all of it when `base` is empty).
pub fn push_record(id: Uuid, doc: &mut AutoCommit, base: &[ChangeHash]) -> PushRecord {
    PushRecord {
        id,
        kind: RecordKind::Person,
        base: base.iter().copied().map(Hash::from).collect(),
        changes: if base.is_empty() {
            doc.save()
        } else {
            doc.save_after(base)
        },
    }
}

/// Heads as the wire carries them.
pub fn wire_heads(doc: &mut AutoCommit) -> Vec<Hash> {
    let mut heads: Vec<Hash> = doc.get_heads().into_iter().map(Hash::from).collect();
    heads.sort();
    heads
}

pub fn sorted(mut heads: Vec<Hash>) -> Vec<Hash> {
    heads.sort();
    heads
}

/// A record id.
pub fn record_id(n: u128) -> Uuid {
    Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0000 | n)
}
