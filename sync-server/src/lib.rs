//! The Waypoint sync server: the small, self-hosted HTTP service that field devices sync their
//! Automerge registration documents through.
//!
//! This crate owns the server side of the wire: the axum [`router`], the [`AppState`] handlers
//! share, the [`settings`] an operator writes (defaults, a TOML file, `WAYPOINT_…` environment
//! overrides), the server's [`storage`] (an embedded SQLite database with its migrations) and the
//! one HTTP error type, [`ApiError`].
//!
//! It does not own the domain model, the Automerge schema or the sync wire types: those live in
//! `waypoint-core`, which this crate depends on. It never depends on the device-side crates
//! (`waypoint-store`, `waypoint-client`) except in tests.
//!
//! It speaks sync protocol version 1 (`docs/sync-protocol.md`): `POST /v1/enrol`,
//! `/v1/session/challenge`, `/v1/session`, `/v1/push`, `/v1/pull` and `/v1/compare`, with
//! zstd-compressed CBOR bodies, plus `GET /health`. The [`admin`] functions back the binary's
//! administrator commands (enrolment codes, devices, revocation, status).
//!
//! # Example
//!
//! ```no_run
//! use std::sync::Arc;
//! use waypoint_server::{AppState, router, settings::Settings, storage::SqliteStorage};
//!
//! # async fn run() -> anyhow::Result<()> {
//! let settings = Settings::default();
//! let storage = SqliteStorage::open(&settings.database_path(), settings.database_key.as_ref())?;
//! let state = AppState::new(Arc::new(storage), settings.http_limits());
//! let listener = tokio::net::TcpListener::bind(settings.bind).await?;
//! axum::serve(listener, router(state)).await?;
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

pub mod admin;
pub mod enrolment;
mod error;
mod fault;
mod handlers;
pub mod settings;
pub mod storage;
pub mod tls;
pub mod wire;

use std::{
    sync::Arc,
    time::{SystemTime, UNIX_EPOCH},
};

pub use error::{ApiError, ErrorCode};
pub use handlers::router;
pub use settings::HttpLimits;
use storage::{Millis, Storage};

/// Sync protocol versions this server speaks, oldest first. Devices pick the highest version they
/// share with the server; `/health` advertises this list so they can do so before syncing.
pub const PROTOCOL_VERSIONS: &[u32] = &[waypoint_core::sync::PROTOCOL_VERSION];

/// Where the server reads the time: expiry of enrolment codes, challenges and sessions, and the
/// times shown to administrators. Only the server's clock counts, never a device's.
pub trait Clock: Send + Sync + 'static {
    /// Milliseconds since the Unix epoch, UTC.
    fn now(&self) -> Millis;
}

/// The operating system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Millis {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| {
                i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX)
            })
    }
}

/// What every request handler shares. Cheap to clone: the storage is behind an [`Arc`].
#[derive(Clone)]
pub struct AppState {
    storage: Arc<dyn Storage>,
    limits: HttpLimits,
    clock: Arc<dyn Clock>,
    matcher: Arc<tokio::sync::Notify>,
    syncing: Arc<std::sync::atomic::AtomicUsize>,
    next_certificate: Option<Arc<Vec<u8>>>,
}

/// Marks a sync request (push, pull, compare) in flight while it lives; see
/// [`AppState::syncing`].
pub(crate) struct SyncInFlight(Arc<std::sync::atomic::AtomicUsize>);

impl Drop for SyncInFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

impl AppState {
    /// Builds the state from an opened storage backend and the HTTP limits to enforce, with the
    /// system clock.
    pub fn new(storage: Arc<dyn Storage>, limits: HttpLimits) -> Self {
        Self {
            storage,
            limits,
            clock: Arc::new(SystemClock),
            matcher: Arc::new(tokio::sync::Notify::new()),
            syncing: Arc::default(),
            next_certificate: None,
        }
    }

    /// Announces the certificate (DER) that will replace the current one to every device that
    /// opens a session (see [`tls`]).
    #[must_use]
    pub fn with_next_certificate(mut self, der: Option<Vec<u8>>) -> Self {
        self.next_certificate = der.map(Arc::new);
        self
    }

    pub(crate) fn next_certificate(&self) -> Option<Vec<u8>> {
        self.next_certificate.as_deref().cloned()
    }

    /// The same state reading time from `clock` (tests move time forward by hand).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The current time by the server's clock.
    pub fn now(&self) -> Millis {
        self.clock.now()
    }

    /// The storage backend handlers read and write through.
    pub fn storage(&self) -> &dyn Storage {
        self.storage.as_ref()
    }

    /// Tells the background matcher ([`spawn_matcher`]) that records are waiting.
    pub fn wake_matcher(&self) {
        self.matcher.notify_one();
    }

    /// Counts a sync request in flight until the returned guard is dropped. The matcher gives
    /// way to them: a device at a border point has minutes of network, the matcher has all night.
    pub(crate) fn syncing(&self) -> SyncInFlight {
        self.syncing
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        SyncInFlight(Arc::clone(&self.syncing))
    }

    /// Pushes, pulls and compares being served or waiting for their turn.
    pub(crate) fn sync_requests_in_flight(&self) -> usize {
        self.syncing.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The limits the router enforces on every request.
    pub fn limits(&self) -> HttpLimits {
        self.limits
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

/// Records the matcher takes per transaction: small, so a push waits little for the lock.
const MATCH_BATCH: usize = 50;

/// The matcher's pause between two batches while records are queued.
const MATCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(20);

/// How long the matcher waits, at most, for sync requests in flight to end before it takes a
/// batch anyway: it gives way to sync, but is never starved by it.
const MATCH_YIELD_AT_MOST: std::time::Duration = std::time::Duration::from_secs(2);

/// How often the matcher looks again whether sync requests are still in flight.
const MATCH_YIELD_STEP: std::time::Duration = std::time::Duration::from_millis(25);

/// How long the matcher sleeps when nothing wakes it (a record queued by another process,
/// such as a restore, is matched within this time).
const MATCH_IDLE: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs the duplicate matcher in the background: after every push that changed person records,
/// and every [`MATCH_IDLE`], it matches what is queued (see `docs/name-matching.md`, "On the
/// server"). Runs until the runtime stops; the queue is durable, so stopping loses nothing.
pub fn spawn_matcher(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            // Sync first: each batch holds the database and a core for up to 25 ms, which
            // every push and pull waiting behind it would pay.
            let waiting = std::time::Instant::now();
            while state.sync_requests_in_flight() > 0 && waiting.elapsed() < MATCH_YIELD_AT_MOST {
                tokio::time::sleep(MATCH_YIELD_STEP).await;
            }
            match state
                .storage()
                .match_pending(MATCH_BATCH, state.now())
                .await
            {
                Ok(0) => {
                    tokio::select! {
                        () = state.matcher.notified() => {}
                        () = tokio::time::sleep(MATCH_IDLE) => {}
                    }
                }
                // A pause between batches lets pushes waiting for the database in first.
                Ok(_) => tokio::time::sleep(MATCH_PAUSE).await,
                Err(error) => {
                    tracing::warn!(%error, "duplicate matching failed; retrying later");
                    tokio::time::sleep(MATCH_IDLE).await;
                }
            }
        }
    })
}

/// State for router tests: an in-memory database with every migration applied and the default
/// limits.
#[cfg(test)]
pub(crate) fn test_state() -> AppState {
    let storage = storage::SqliteStorage::open_in_memory().expect("in-memory database opens");
    AppState::new(Arc::new(storage), HttpLimits::default())
}
