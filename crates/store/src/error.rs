//! The store's error type.

/// What can go wrong in the device store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A migration failed.
    #[error("database migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// File system error.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// The database or keyring was written by a newer app.
    #[error(
        "the {what} was written by a newer Waypoint (version {found}, this app knows up to {supported}); update the app"
    )]
    TooNew {
        /// Which file.
        what: &'static str,
        /// Version found.
        found: u64,
        /// Newest version this build reads.
        supported: u64,
    },
    /// The key does not open the database.
    #[error(
        "the database key does not open this database; the keyring and database do not belong together"
    )]
    WrongKey,
    /// Username unknown or passphrase wrong (deliberately not saying which).
    #[error("unknown officer or wrong passphrase")]
    WrongCredentials,
    /// Too many wrong passphrases.
    #[error("too many wrong passphrases; try again in {retry_after_secs} s")]
    TooManyAttempts {
        /// Seconds to wait.
        retry_after_secs: i64,
    },
    /// A username exists already.
    #[error("an officer named {0:?} exists already; choose another username")]
    UsernameTaken(String),
    /// The keyring cannot be read.
    #[error("the keyring file is damaged: {0}")]
    KeyringCorrupt(String),
    /// Key derivation or wrapping failed.
    #[error("key derivation failed: {0}")]
    Kdf(String),
    /// The OS random number generator failed.
    #[error("no randomness available: {0}")]
    Random(String),
    /// No record with that id.
    #[error("no record {0}")]
    NotFound(String),
    /// A record's bytes do not load; it is set aside and the rest of the store works.
    #[error("record {id} is damaged and was set aside ({reason}); the other records are safe")]
    Quarantined {
        /// Record id.
        id: String,
        /// Why it failed to load.
        reason: String,
    },
    /// A document operation failed.
    #[error("record error: {0}")]
    Document(#[from] waypoint_core::document::DocError),
    /// The device has not been set up.
    #[error("this device has not been set up yet")]
    NoDevice,
}

impl StoreError {
    /// Whether trying again later can help (the database was busy or locked).
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        ) || matches!(self, Self::TooManyAttempts { .. })
    }
}
