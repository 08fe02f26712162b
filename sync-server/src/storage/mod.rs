//! Where the server keeps devices, enrolment codes and the synced documents.
//!
//! Handlers talk to the [`Storage`] trait, never to a database directly, so a PostgreSQL backend
//! can sit beside [`SqliteStorage`] (the default: one file, no database server to run) without
//! touching them.

mod sqlite;

use std::{future::Future, path::PathBuf, pin::Pin};

pub use sqlite::{SqliteStorage, latest_schema_version};

/// A boxed future, so that [`Storage`] can be used as `dyn Storage`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The server's persistent state.
///
/// Methods are async so that backends with async drivers fit; a blocking backend runs its work
/// off the async worker threads (see [`SqliteStorage`]).
pub trait Storage: Send + Sync + 'static {
    /// Checks that the database answers a trivial query. Used by `/health`.
    fn ping(&self) -> BoxFuture<'_, Result<(), StorageError>>;
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
