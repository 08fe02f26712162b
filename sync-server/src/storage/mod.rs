//! Where the server keeps devices, enrolment codes, sessions and the synced documents.
//!
//! Handlers talk to the [`Storage`] trait, never to a database directly, so a PostgreSQL backend
//! can sit beside [`SqliteStorage`] (the default: one file, no database server to run) without
//! touching them.
//!
//! Storage never reads a clock: every method that needs the time takes `now` (milliseconds since
//! the Unix epoch, server time), so tests drive expiry with a fake clock.

mod sqlite;

use std::{future::Future, path::PathBuf, pin::Pin};

use waypoint_core::{
    case_number::SiteCode,
    ids::DeviceId,
    sync::{
        CandidatesResponse, CompareRequest, CompareResponse, Erasure, PublishedLeaflets,
        PullResponse, PushRecord, PushResponse,
    },
};

pub use sqlite::{SqliteStorage, latest_schema_version};

use crate::wire::Role;

/// A boxed future, so that [`Storage`] can be used as `dyn Storage`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Milliseconds since the Unix epoch, UTC, by the server's clock.
pub type Millis = i64;

/// A SHA-256 digest: what is stored of enrolment codes, nonces and tokens.
pub type Sha256Hash = [u8; 32];

/// An enrolled device as the server knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// The id the server gave it at enrolment.
    pub id: DeviceId,
    /// The site whose records it may read and write.
    pub site: SiteCode,
    /// What its users may do.
    pub role: Role,
    /// Its Ed25519 public key.
    pub public_key: [u8; 32],
    /// When it enrolled.
    pub enrolled_at: Millis,
    /// When it was revoked, if it was.
    pub revoked_at: Option<Millis>,
    /// Its last push or pull.
    pub last_sync_at: Option<Millis>,
    /// How many distinct records it changed on the server. Counted for listings
    /// ([`Storage::devices`], [`Storage::device`]); 0 in [`Storage::session_device`], which runs on
    /// every request and skips the count.
    pub records_pushed: u64,
}

impl Device {
    /// Whether an administrator revoked it.
    pub fn is_revoked(&self) -> bool {
        self.revoked_at.is_some()
    }
}

/// A one-time enrolment code to store (its hash only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEnrolmentCode {
    /// SHA-256 of the normalised code.
    pub code_hash: Sha256Hash,
    /// Site the enrolled device will belong to.
    pub site: SiteCode,
    /// Role the enrolled device will have.
    pub role: Role,
    /// When it was issued.
    pub created_at: Millis,
    /// When it stops working.
    pub expires_at: Millis,
}

/// What enrolling with a code gave.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EnrolOutcome {
    /// The device is enrolled; the code is spent.
    Enrolled(Device),
    /// No such code, or it is spent or expired (deliberately not told apart). Nothing changed.
    CodeInvalid,
    /// Another device enrolled with this public key. Nothing changed; the code is not spent.
    PublicKeyInUse,
    /// The code is for `code_site`, not the site the device was set up for. Nothing changed;
    /// the code is not spent.
    SiteMismatch {
        /// The code's site.
        code_site: String,
    },
}

/// What revoking a device did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevokeOutcome {
    /// Revoked now.
    Revoked,
    /// It was revoked already, at this time.
    AlreadyRevoked(Millis),
    /// No device has this id.
    NoSuchDevice,
}

/// What a push did. Anything but [`PushOutcome::Committed`] stored nothing at all.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PushOutcome {
    /// Committed: the answer to send, one result per pushed record in request order, and the
    /// device's latest change-log position.
    Committed(PushResponse),
    /// A record belongs to another site than the device's.
    OtherSite {
        /// The record.
        record: uuid::Uuid,
    },
    /// A record's bytes are not Automerge changes, or its kind differs from the stored one.
    Malformed {
        /// The record.
        record: uuid::Uuid,
        /// Why, for the device's log.
        reason: String,
    },
}

/// What `waypoint-server verify` found: counts, and every inconsistency in words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerifyReport {
    /// Records checked.
    pub records: u64,
    /// Change chunks checked.
    pub chunks: u64,
    /// Problems found; empty when the database is sound.
    pub problems: Vec<String>,
}

/// Pull limits, applied by the storage while it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PullLimits {
    /// Most records in one answer (at least 1).
    pub records: usize,
    /// Most bytes of changes in one answer; one record is always sent even if larger.
    pub bytes: usize,
}

/// The server's persistent state.
///
/// Methods are async so that backends with async drivers fit; a blocking backend runs its work
/// off the async worker threads (see [`SqliteStorage`]). Every method that writes is one
/// transaction: when it returns `Ok`, its writes are committed (durably, for SQLite).
pub trait Storage: Send + Sync + 'static {
    /// Checks that the database answers a trivial query. Used by `/health`.
    fn ping(&self) -> BoxFuture<'_, Result<(), StorageError>>;

    /// Stores a new enrolment code.
    fn add_enrolment_code(&self, code: NewEnrolmentCode)
    -> BoxFuture<'_, Result<(), StorageError>>;

    /// Spends the code with hash `code_hash` (if valid at `now`, and for `expected_site` when
    /// given) and enrols a device with `id` and `public_key`, atomically.
    fn enrol(
        &self,
        code_hash: Sha256Hash,
        id: DeviceId,
        public_key: [u8; 32],
        expected_site: Option<String>,
        now: Millis,
    ) -> BoxFuture<'_, Result<EnrolOutcome, StorageError>>;

    /// One device by id.
    fn device(&self, id: DeviceId) -> BoxFuture<'_, Result<Option<Device>, StorageError>>;

    /// Every device, oldest enrolment first.
    fn devices(&self) -> BoxFuture<'_, Result<Vec<Device>, StorageError>>;

    /// Revokes a device: from now on it can neither open a session nor sync.
    fn revoke(
        &self,
        id: DeviceId,
        now: Millis,
    ) -> BoxFuture<'_, Result<RevokeOutcome, StorageError>>;

    /// Stores a session challenge for `device` (and forgets expired ones).
    fn add_nonce(
        &self,
        device: DeviceId,
        nonce_hash: Sha256Hash,
        expires_at: Millis,
        now: Millis,
    ) -> BoxFuture<'_, Result<(), StorageError>>;

    /// Deletes the challenge and says whether it existed for `device` and was still valid at
    /// `now`. A challenge can be taken once only.
    fn take_nonce(
        &self,
        device: DeviceId,
        nonce_hash: Sha256Hash,
        now: Millis,
    ) -> BoxFuture<'_, Result<bool, StorageError>>;

    /// Stores a session token for `device` (and forgets expired ones).
    fn add_session(
        &self,
        device: DeviceId,
        token_hash: Sha256Hash,
        expires_at: Millis,
        now: Millis,
    ) -> BoxFuture<'_, Result<(), StorageError>>;

    /// The device whose session token has this hash, if the session is valid at `now` (revoked
    /// devices are returned too: the caller answers them differently).
    fn session_device(
        &self,
        token_hash: Sha256Hash,
        now: Millis,
    ) -> BoxFuture<'_, Result<Option<Device>, StorageError>>;

    /// Applies pushed changes, then erasures, all in one transaction, and answers after
    /// COMMIT. The caller checks that the device may erase. An erased record's bytes are gone
    /// from the database (and from its journal) when this returns.
    fn push(
        &self,
        device: Device,
        records: Vec<PushRecord>,
        erasures: Vec<Erasure>,
        now: Millis,
    ) -> BoxFuture<'_, Result<PushOutcome, StorageError>>;

    /// The records of `device`'s site changed after `cursor`, in change-log order, leaving out
    /// those whose every change after `cursor` is the device's own up to `own_acked`.
    fn pull(
        &self,
        device: Device,
        cursor: u64,
        own_acked: u64,
        limits: PullLimits,
        now: Millis,
    ) -> BoxFuture<'_, Result<PullResponse, StorageError>>;

    /// The records of `site` whose heads digest differs from the device's.
    fn compare(
        &self,
        site: SiteCode,
        request: CompareRequest,
    ) -> BoxFuture<'_, Result<CompareResponse, StorageError>>;

    /// Checks the whole database: the engine's own integrity check, then that every record's
    /// snapshot loads with the stored heads and that its chunks alone rebuild those heads.
    fn verify(&self) -> BoxFuture<'_, Result<VerifyReport, StorageError>>;

    /// Runs the duplicate matcher over up to `limit` person records changed since it last
    /// looked; returns how many it took (0: nothing was waiting). One transaction.
    fn match_pending(
        &self,
        limit: usize,
        now: Millis,
    ) -> BoxFuture<'_, Result<usize, StorageError>>;

    /// The undecided candidate pairs with a record of `site`, strongest first, with what a
    /// reviewer needs of the records held at other sites.
    fn review_candidates(
        &self,
        site: SiteCode,
    ) -> BoxFuture<'_, Result<CandidatesResponse, StorageError>>;

    /// Starts a new epoch (after restoring a backup): every device repairs at its next sync.
    /// Returns the new epoch.
    fn new_epoch(&self) -> BoxFuture<'_, Result<u64, StorageError>>;

    /// Publishes a leaflet pack the caller has checked: kept for good, refused unless its
    /// edition is later than every published one.
    fn publish_leaflets(
        &self,
        edition: String,
        files: Vec<(String, String)>,
        now: Millis,
    ) -> BoxFuture<'_, Result<PublishOutcome, StorageError>>;

    /// Up to `limit` published leaflet packs with an id above `after`, oldest first.
    fn leaflets_after(
        &self,
        after: u64,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<PublishedLeaflets>, StorageError>>;
}

/// What publishing a leaflet pack did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishOutcome {
    /// Published with this id.
    Published(u64),
    /// Refused: this edition, or a later one, is published already.
    NotLater {
        /// The latest published edition.
        latest: String,
    },
}

/// Why a storage operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StorageError {
    /// The directory for the database file could not be created.
    #[error(
        "could not create directory {path}: {source}; check the data_dir setting and its permissions"
    )]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The database file could not be created.
    #[error("could not create database file {path}: {source}; check the path and its permissions")]
    CreateFile {
        /// The database file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The database file could not be opened or set up.
    #[error("could not open database {path}: {source}; check the path and its permissions")]
    Open {
        /// The database file.
        path: PathBuf,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// The file exists but is not a database this server can read.
    #[error(
        "{path} is not a readable database: either it is not a SQLite database, or database_key \
         does not match the key it was created with (or one is set for a database created \
         without one, or the reverse)"
    )]
    NotADatabase {
        /// The database file.
        path: PathBuf,
    },
    /// A `database_key` is set but this build cannot encrypt.
    #[error(
        "database_key is set but this build of waypoint-server has no SQLCipher support; \
         refusing to store data unencrypted"
    )]
    EncryptionUnavailable,
    /// The database was written by a newer waypoint-server.
    #[error(
        "database {path} has schema version {found} but this waypoint-server knows versions up \
         to {supported}; run a newer waypoint-server or restore a backup made by this version"
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// The version in the file (`PRAGMA user_version`).
        found: usize,
        /// The newest version this binary knows.
        supported: usize,
    },
    /// A migration failed; it was rolled back and the database is as it was.
    #[error("could not migrate database {path}: {source}")]
    Migrate {
        /// The database file.
        path: PathBuf,
        /// What failed.
        source: rusqlite_migration::Error,
    },
    /// A query failed.
    #[error("database query failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored document does not load: the database was damaged or edited by hand.
    #[error("stored record {record} does not load: {detail}; restore it from a backup")]
    Corrupt {
        /// The record.
        record: String,
        /// What failed.
        detail: String,
    },
    /// The thread running a database call panicked or was cancelled.
    #[error("database worker failed: {0}")]
    Worker(String),
}

impl StorageError {
    /// Whether trying the same operation again later can succeed (the database was busy or
    /// locked by another connection).
    pub fn is_retryable(&self) -> bool {
        match self {
            StorageError::Sqlite(error) => matches!(
                error.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ),
            _ => false,
        }
    }
}
