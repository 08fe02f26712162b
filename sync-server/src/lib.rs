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
//! Today the server answers `GET /health`; the sync endpoints grow from here.
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

mod error;
mod handlers;
pub mod settings;
pub mod storage;

use std::sync::Arc;

pub use error::{ApiError, ErrorCode};
pub use handlers::router;
pub use settings::HttpLimits;
use storage::Storage;

/// Sync protocol versions this server speaks, oldest first. Devices pick the highest version they
/// share with the server; `/health` advertises this list so they can do so before syncing.
// This belongs with the sync wire types in waypoint-core and moves there when they exist.
pub const PROTOCOL_VERSIONS: &[u32] = &[1];

/// What every request handler shares. Cheap to clone: the storage is behind an [`Arc`].
#[derive(Clone)]
pub struct AppState {
    storage: Arc<dyn Storage>,
    limits: HttpLimits,
}

impl AppState {
    /// Builds the state from an opened storage backend and the HTTP limits to enforce.
    pub fn new(storage: Arc<dyn Storage>, limits: HttpLimits) -> Self {
        Self { storage, limits }
    }

    /// The storage backend handlers read and write through.
    pub fn storage(&self) -> &dyn Storage {
        self.storage.as_ref()
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

/// State for router tests: an in-memory database with every migration applied and the default
/// limits.
#[cfg(test)]
pub(crate) fn test_state() -> AppState {
    let storage = storage::SqliteStorage::open_in_memory().expect("in-memory database opens");
    AppState::new(Arc::new(storage), HttpLimits::default())
}
