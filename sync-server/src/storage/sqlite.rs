//! [`Storage`] on an embedded SQLite (SQLCipher) database file.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use rusqlite::{Connection, OptionalExtension};
use rusqlite_migration::{M, Migrations};

use waypoint_core::{
    case_number::SiteCode,
    ids::DeviceId,
    sync::{
        CandidatesResponse, CompareRequest, CompareResponse, Erasure, PublishedLeaflets,
        PullResponse, PushRecord,
    },
};

use super::{
    BoxFuture, Device, EnrolOutcome, Millis, NewEnrolmentCode, PublishOutcome, PullLimits,
    PushOutcome, RevokeOutcome, Sha256Hash, Storage, StorageError, VerifyReport,
};
use crate::settings::Secret;

mod devices;
mod matching;
mod records;

/// The schema, one entry per migration, in order. Never edit or reorder a shipped entry: the
/// position is the version stored in `PRAGMA user_version`. Add a new file instead.
const MIGRATION_STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!("migrations/0002_epoch.sql")),
    M::up(include_str!("migrations/0003_erasure.sql")),
    M::up(include_str!("migrations/0004_matching.sql")),
    M::up(include_str!("migrations/0005_leaflets.sql")),
    M::up(include_str!("migrations/0006_prepared_identities.sql")),
];

const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_STEPS);

/// How long a statement waits for a lock held by another connection (a backup tool, the `sqlite3`
/// shell) before failing with a retryable error.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema version this binary migrates databases to.
pub fn latest_schema_version() -> usize {
    MIGRATION_STEPS.len()
}

/// [`Storage`] backed by one SQLite database file.
///
/// # Why one connection behind a mutex, called through `spawn_blocking`
///
/// rusqlite is blocking, so every call runs on tokio's blocking thread pool and never stalls the
/// async workers that serve other requests. SQLite lets one writer in at a time whatever we do,
/// so a connection pool would only buy concurrent reads, which a field-office server (a few dozen
/// devices syncing now and then) does not need; one connection also means our own requests never
/// fight each other for the write lock. The mutex is `std`'s, not tokio's, because it is only held
/// on blocking threads and never across an `.await`.
///
/// Reads did queue up: a pull waited behind the matcher's transactions and every push ahead of
/// it (a no-op sync took the length of a matcher batch). Pulls and comparisons now read on a
/// second, read-only connection, which WAL lets read a consistent snapshot while the writer
/// writes; only a database file has one (an in-memory database is private to its connection).
#[derive(Clone)]
pub struct SqliteStorage {
    location: PathBuf,
    connection: Arc<Mutex<Connection>>,
    reader: Option<Arc<Mutex<Connection>>>,
    /// Pushes being parsed or applied at once: one per core, so that concurrent pushes parse in
    /// parallel while the memory their loaded records take stays bounded.
    pushes: Arc<tokio::sync::Semaphore>,
}

impl std::fmt::Debug for SqliteStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStorage")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl SqliteStorage {
    /// Opens the database at `path`, creating it and its directory if missing, and migrates it to
    /// the latest schema. With `key`, the file is encrypted at rest (SQLCipher).
    ///
    /// Blocking: call it at start-up or from `spawn_blocking`.
    ///
    /// Refuses a database whose schema is newer than this binary, a file that is not a database,
    /// and a key that does not match.
    pub fn open(path: &Path, key: Option<&Secret>) -> Result<Self, StorageError> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        create_private_file(path)?;
        // Processes opening the same file at once (the admin CLI beside a starting server) take
        // turns: the switch to WAL and the migrations of a fresh file are not safe to run twice
        // at the same moment. An advisory lock on a file beside the database, held only while
        // opening; if it cannot be made, opening goes on without it.
        let lock_path = PathBuf::from(format!("{}.open-lock", path.display()));
        let _turn = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .and_then(|file| file.lock().map(|()| file))
            .map_err(|error| tracing::warn!(%error, lock = %lock_path.display(), "opening without the open lock"))
            .ok();
        let connection = Connection::open(path).map_err(|source| StorageError::Open {
            path: path.to_owned(),
            source,
        })?;
        let mut storage = Self::set_up(connection, path.to_owned(), key)?;
        storage.reader = Some(Arc::new(Mutex::new(open_reader(path, key)?)));
        Ok(storage)
    }

    /// A private, migrated, in-memory database, for tests.
    pub fn open_in_memory() -> Result<Self, StorageError> {
        let location = PathBuf::from(":memory:");
        let connection = Connection::open_in_memory().map_err(|source| StorageError::Open {
            path: location.clone(),
            source,
        })?;
        Self::set_up(connection, location, None)
    }

    fn set_up(
        mut connection: Connection,
        location: PathBuf,
        key: Option<&Secret>,
    ) -> Result<Self, StorageError> {
        let open_error = |source| StorageError::Open {
            path: location.clone(),
            source,
        };

        // The key must be the first statement on the connection (SQLCipher).
        if let Some(key) = key {
            // Plain SQLite ignores `PRAGMA key`; never let that silently store plaintext.
            let cipher: Option<String> = connection
                .query_row("PRAGMA cipher_version", [], |row| row.get(0))
                .optional()
                .map_err(open_error)?;
            if cipher.is_none() {
                return Err(StorageError::EncryptionUnavailable);
            }
            connection
                .pragma_update(None, "key", key.expose())
                .map_err(open_error)?;
        }

        // The first read of the file: a wrong key or a file that is not a database fails here.
        connection
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| {
                row.get::<_, i64>(0)
            })
            .map_err(|error| match error.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => StorageError::NotADatabase {
                    path: location.clone(),
                },
                _ => open_error(error),
            })?;

        connection.busy_timeout(BUSY_TIMEOUT).map_err(open_error)?;
        // WAL: readers do not block the writer and a crash mid-write leaves the last commit
        // intact. An in-memory database reports "memory" and that is fine.
        let journal_mode: String = connection
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
            .map_err(open_error)?;
        if !journal_mode.eq_ignore_ascii_case("wal") && !journal_mode.eq_ignore_ascii_case("memory")
        {
            tracing::warn!(
                database = %location.display(),
                journal_mode,
                "database could not switch to WAL; is it on a network file system?"
            );
        }
        // FULL: a change the server acknowledged to a device survives a power cut. Devices delete
        // their outbox once the server says it has a change, so losing one would lose data.
        connection
            .pragma_update(None, "synchronous", "FULL")
            .map_err(open_error)?;
        connection
            .pragma_update(None, "foreign_keys", true)
            .map_err(open_error)?;
        // An erased record's bytes are overwritten, not just unlinked (see migration 0003).
        connection
            .pragma_update(None, "secure_delete", true)
            .map_err(open_error)?;

        let found =
            MIGRATIONS
                .current_version(&connection)
                .map_err(|source| StorageError::Migrate {
                    path: location.clone(),
                    source,
                })?;
        let found = usize::from(found);
        if found > latest_schema_version() {
            return Err(StorageError::TooNew {
                path: location,
                found,
                supported: latest_schema_version(),
            });
        }
        if found < latest_schema_version() {
            tracing::info!(
                database = %location.display(),
                from = found,
                to = latest_schema_version(),
                "migrating database"
            );
        }
        MIGRATIONS
            .to_latest(&mut connection)
            .map_err(|source| StorageError::Migrate {
                path: location.clone(),
                source,
            })?;

        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Ok(Self {
            location,
            connection: Arc::new(Mutex::new(connection)),
            reader: None,
            pushes: Arc::new(tokio::sync::Semaphore::new(cores)),
        })
    }

    /// Where the database lives (`:memory:` for an in-memory one).
    pub fn location(&self) -> &Path {
        &self.location
    }

    /// The schema version recorded in the database. Blocking.
    pub fn schema_version(&self) -> Result<usize, StorageError> {
        let connection = self.lock();
        let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        usize::try_from(version)
            .map_err(|_| StorageError::Sqlite(rusqlite::Error::IntegralValueOutOfRange(0, version)))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic during a call cannot leave a transaction open (rusqlite rolls back on drop
        // while unwinding), so the connection behind a poisoned lock is still consistent.
        self.connection
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `work` with the read-only connection (the writer's if there is none) on tokio's
    /// blocking pool.
    async fn call_read<T, F>(&self, work: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StorageError> + Send + 'static,
    {
        let Some(reader) = self.reader.clone() else {
            return self.call(work).await;
        };
        tokio::task::spawn_blocking(move || {
            work(&mut reader.lock().unwrap_or_else(PoisonError::into_inner))
        })
        .await
        .map_err(|error| StorageError::Worker(error.to_string()))?
    }

    /// Runs `work` with the connection on tokio's blocking pool.
    async fn call<T, F>(&self, work: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StorageError> + Send + 'static,
    {
        let this = self.clone();
        tokio::task::spawn_blocking(move || work(&mut this.lock()))
            .await
            .map_err(|error| StorageError::Worker(error.to_string()))?
    }
}

/// A read-only connection to the database at `path` (already opened and migrated by the
/// writer), with the same key.
fn open_reader(path: &Path, key: Option<&Secret>) -> Result<Connection, StorageError> {
    let open_error = |source| StorageError::Open {
        path: path.to_owned(),
        source,
    };
    let connection = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(open_error)?;
    if let Some(key) = key {
        connection
            .pragma_update(None, "key", key.expose())
            .map_err(open_error)?;
    }
    connection.busy_timeout(BUSY_TIMEOUT).map_err(open_error)?;
    connection
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| {
            row.get::<_, i64>(0)
        })
        .map_err(open_error)?;
    Ok(connection)
}

impl Storage for SqliteStorage {
    fn ping(&self) -> BoxFuture<'_, Result<(), StorageError>> {
        Box::pin(self.call(|connection| {
            connection.query_row("SELECT 1", [], |row| row.get::<_, i64>(0))?;
            Ok(())
        }))
    }

    fn add_enrolment_code(
        &self,
        code: NewEnrolmentCode,
    ) -> BoxFuture<'_, Result<(), StorageError>> {
        Box::pin(self.call(move |connection| devices::add_enrolment_code(connection, &code)))
    }

    fn enrol(
        &self,
        code_hash: Sha256Hash,
        id: DeviceId,
        public_key: [u8; 32],
        expected_site: Option<String>,
        now: Millis,
    ) -> BoxFuture<'_, Result<EnrolOutcome, StorageError>> {
        Box::pin(self.call(move |connection| {
            devices::enrol(connection, code_hash, id, public_key, expected_site, now)
        }))
    }

    fn device(&self, id: DeviceId) -> BoxFuture<'_, Result<Option<Device>, StorageError>> {
        Box::pin(self.call(move |connection| devices::device_in(connection, id)))
    }

    fn devices(&self) -> BoxFuture<'_, Result<Vec<Device>, StorageError>> {
        Box::pin(self.call(|connection| devices::devices(connection)))
    }

    fn revoke(
        &self,
        id: DeviceId,
        now: Millis,
    ) -> BoxFuture<'_, Result<RevokeOutcome, StorageError>> {
        Box::pin(self.call(move |connection| devices::revoke(connection, id, now)))
    }

    fn add_nonce(
        &self,
        device: DeviceId,
        nonce_hash: Sha256Hash,
        expires_at: Millis,
        now: Millis,
    ) -> BoxFuture<'_, Result<(), StorageError>> {
        Box::pin(self.call(move |connection| {
            devices::add_nonce(connection, device, nonce_hash, expires_at, now)
        }))
    }

    fn take_nonce(
        &self,
        device: DeviceId,
        nonce_hash: Sha256Hash,
        now: Millis,
    ) -> BoxFuture<'_, Result<bool, StorageError>> {
        Box::pin(
            self.call(move |connection| devices::take_nonce(connection, device, nonce_hash, now)),
        )
    }

    fn add_session(
        &self,
        device: DeviceId,
        token_hash: Sha256Hash,
        expires_at: Millis,
        now: Millis,
    ) -> BoxFuture<'_, Result<(), StorageError>> {
        Box::pin(self.call(move |connection| {
            devices::add_session(connection, device, token_hash, expires_at, now)
        }))
    }

    fn session_device(
        &self,
        token_hash: Sha256Hash,
        now: Millis,
    ) -> BoxFuture<'_, Result<Option<Device>, StorageError>> {
        Box::pin(self.call(move |connection| devices::session_device(connection, token_hash, now)))
    }

    fn push(
        &self,
        device: Device,
        records: Vec<PushRecord>,
        erasures: Vec<Erasure>,
        now: Millis,
    ) -> BoxFuture<'_, Result<PushOutcome, StorageError>> {
        Box::pin(async move {
            let _permit = self
                .pushes
                .acquire()
                .await
                .map_err(|error| StorageError::Worker(error.to_string()))?;
            // Parsing (an Automerge load per record) runs before the connection is locked.
            let parsed = tokio::task::spawn_blocking(move || records::parse(records))
                .await
                .map_err(|error| StorageError::Worker(error.to_string()))?;
            self.call(move |connection| {
                let outcome = records::push(connection, &device, parsed, &erasures, now)?;
                if !erasures.is_empty() {
                    // Old page images of the erased records live on in the WAL until a
                    // checkpoint copies the overwritten pages back and truncates it.
                    records::checkpoint(connection);
                }
                Ok(outcome)
            })
            .await
        })
    }

    fn pull(
        &self,
        device: Device,
        cursor: u64,
        own_acked: u64,
        limits: PullLimits,
        now: Millis,
    ) -> BoxFuture<'_, Result<PullResponse, StorageError>> {
        Box::pin(async move {
            let read_device = device.clone();
            let page = self
                .call_read(move |connection| {
                    records::pull_read(connection, &read_device, cursor, own_acked, limits)
                })
                .await?;
            let Some(page) = page else {
                // A restored database: the writer starts a new epoch.
                return self
                    .call(move |connection| {
                        records::pull(connection, &device, cursor, own_acked, limits, now)
                    })
                    .await;
            };
            // The device's last sync is noted without making it wait for the writer, which
            // may be busy with pushes or matching; losing the note in a crash loses nothing.
            let this = self.clone();
            tokio::spawn(async move {
                if let Err(error) = this
                    .call(move |connection| records::note_pull(connection, &device, now))
                    .await
                {
                    tracing::warn!(%error, "could not note a device's pull");
                }
            });
            Ok(page)
        })
    }

    fn compare(
        &self,
        site: SiteCode,
        request: CompareRequest,
    ) -> BoxFuture<'_, Result<CompareResponse, StorageError>> {
        Box::pin(self.call_read(move |connection| records::compare(connection, &site, &request)))
    }

    fn verify(&self) -> BoxFuture<'_, Result<VerifyReport, StorageError>> {
        Box::pin(self.call(records::verify))
    }

    fn match_pending(
        &self,
        limit: usize,
        now: Millis,
    ) -> BoxFuture<'_, Result<usize, StorageError>> {
        Box::pin(self.call(move |connection| matching::process(connection, limit, now)))
    }

    fn review_candidates(
        &self,
        site: SiteCode,
    ) -> BoxFuture<'_, Result<CandidatesResponse, StorageError>> {
        Box::pin(self.call(move |connection| matching::candidates(connection, &site)))
    }

    fn new_epoch(&self) -> BoxFuture<'_, Result<u64, StorageError>> {
        Box::pin(self.call(|connection| {
            let tx = connection.transaction()?;
            let epoch = records::new_epoch(&tx)?;
            tx.commit()?;
            Ok(epoch)
        }))
    }

    fn publish_leaflets(
        &self,
        edition: String,
        files: Vec<(String, String)>,
        now: Millis,
    ) -> BoxFuture<'_, Result<PublishOutcome, StorageError>> {
        Box::pin(self.call(move |connection| {
            let tx = connection.transaction()?;
            let latest: Option<String> = tx
                .query_row(
                    "SELECT edition FROM leaflet_packs ORDER BY id DESC LIMIT 1",
                    [],
                    |row| row.get(0),
                )
                .optional()?;
            // Editions are dates, YYYY-MM-DD: their text order is their time order.
            if let Some(latest) = latest.filter(|l| *l >= edition) {
                return Ok(PublishOutcome::NotLater { latest });
            }
            let blob = waypoint_core::sync::compress(&waypoint_core::sync::encode(&files));
            tx.execute(
                "INSERT INTO leaflet_packs (edition, published_at, files) VALUES (?1, ?2, ?3)",
                rusqlite::params![edition, now, blob],
            )?;
            let id = tx.last_insert_rowid();
            tx.commit()?;
            Ok(PublishOutcome::Published(
                u64::try_from(id).unwrap_or_default(),
            ))
        }))
    }

    fn leaflets_after(
        &self,
        after: u64,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<PublishedLeaflets>, StorageError>> {
        Box::pin(self.call(move |connection| {
            let mut statement = connection.prepare(
                "SELECT id, edition, published_at, files FROM leaflet_packs \
                 WHERE id > ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = statement
                .query_map(
                    rusqlite::params![
                        i64::try_from(after).unwrap_or(i64::MAX),
                        i64::try_from(limit).unwrap_or(i64::MAX)
                    ],
                    |row| {
                        Ok((
                            row.get::<_, i64>(0)?,
                            row.get::<_, String>(1)?,
                            row.get::<_, i64>(2)?,
                            row.get::<_, Vec<u8>>(3)?,
                        ))
                    },
                )?
                .collect::<Result<Vec<_>, _>>()?;
            let mut packs = Vec::with_capacity(rows.len());
            for (id, edition, published_at, blob) in rows {
                // Written by this server from checked files: a pack that does not decode is a
                // damaged database, not bad input.
                let files = waypoint_core::sync::decompress(&blob, usize::MAX)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        waypoint_core::sync::decode(&bytes).map_err(|e| e.to_string())
                    })
                    .map_err(|detail| StorageError::Corrupt {
                        record: format!("leaflet pack {id}"),
                        detail,
                    })?;
                packs.push(PublishedLeaflets {
                    id: u64::try_from(id).unwrap_or_default(),
                    edition,
                    published_at,
                    files,
                });
            }
            Ok(packs)
        }))
    }
}

/// Creates `dir` (and parents) readable by the server's user only: it holds personal data.
fn create_private_dir(dir: &Path) -> Result<(), StorageError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|source| StorageError::CreateDir {
            path: dir.to_owned(),
            source,
        })
}

/// Creates an empty `path` readable by the server's user only, unless it exists. SQLite treats an
/// empty file as a new database and gives its `-wal` and `-shm` files the same permissions.
fn create_private_file(path: &Path) -> Result<(), StorageError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StorageError::CreateFile {
            path: path.to_owned(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_of_a_fresh_database_at_once_all_get_a_migrated_one() {
        for _ in 0..10 {
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join("db.sqlite3");
            let opened: Vec<_> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..4)
                    .map(|_| s.spawn(|| SqliteStorage::open(&path, None)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("no panic"))
                    .collect()
            });
            for storage in opened {
                let storage = storage.expect("every opener gets the database");
                assert!(tables(&storage).contains(&"devices".to_owned()));
            }
        }
    }

    fn tables(storage: &SqliteStorage) -> Vec<String> {
        let connection = storage.lock();
        let mut statement = connection
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .expect("prepare");
        statement
            .query_map([], |row| row.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    }

    fn pragma(storage: &SqliteStorage, name: &str) -> String {
        storage
            .lock()
            .query_row(&format!("PRAGMA {name}"), [], |row| {
                row.get::<_, rusqlite::types::Value>(0)
            })
            .map(|value| format!("{value:?}"))
            .expect("pragma")
    }

    #[test]
    fn the_migrations_are_valid() {
        MIGRATIONS
            .validate()
            .expect("every migration applies cleanly");
    }

    #[test]
    fn opening_creates_the_file_and_its_directory_and_applies_every_migration() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nested/data/server.sqlite3");
        let storage = SqliteStorage::open(&path, None).expect("opens");

        assert!(path.exists(), "the database file is created");
        assert_eq!(
            storage.schema_version().expect("version"),
            latest_schema_version()
        );
        assert_eq!(
            tables(&storage),
            [
                "candidate_pairs",
                "change_log",
                "chunks",
                "devices",
                "enrolment_codes",
                "leaflet_packs",
                "match_keys",
                "match_profiles",
                "match_queue",
                "records",
                "server_meta",
                "session_nonces",
                "session_tokens"
            ],
            "the schema has the sync tables"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_data_directory_and_database_files_are_private_to_the_server_user() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let data_dir = dir.path().join("data");
        let database = data_dir.join("server.sqlite3");
        let _storage = SqliteStorage::open(&database, None).expect("opens");
        for path in [
            data_dir.clone(),
            database,
            data_dir.join("server.sqlite3-wal"),
        ] {
            let mode = std::fs::metadata(&path)
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(
                mode & 0o077,
                0,
                "{} holds personal data: {mode:o}",
                path.display()
            );
        }
    }

    #[test]
    fn opening_sets_wal_full_sync_busy_timeout_and_foreign_keys() {
        let dir = tempfile::tempdir().expect("temp dir");
        let storage = SqliteStorage::open(&dir.path().join("server.sqlite3"), None).expect("opens");
        assert_eq!(pragma(&storage, "journal_mode"), "Text(\"wal\")");
        assert_eq!(pragma(&storage, "synchronous"), "Integer(2)", "2 is FULL");
        assert_eq!(pragma(&storage, "foreign_keys"), "Integer(1)");
        assert_eq!(pragma(&storage, "busy_timeout"), "Integer(5000)");
    }

    #[test]
    fn reopening_an_up_to_date_database_changes_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("server.sqlite3");
        let first = SqliteStorage::open(&path, None).expect("first open");
        first
            .lock()
            .execute(
                "INSERT INTO records (record_id, kind, site_code, heads, snapshot, updated_seq) \
                 VALUES ('r1', 'person', 'LSV', x'', x'', 0)",
                [],
            )
            .expect("insert");
        drop(first);

        let second = SqliteStorage::open(&path, None).expect("second open");
        assert_eq!(
            second.schema_version().expect("version"),
            latest_schema_version()
        );
        let count: i64 = second
            .lock()
            .query_row("SELECT count(*) FROM records", [], |row| row.get(0))
            .expect("count");
        assert_eq!(count, 1, "reopening must keep the data");
    }

    #[test]
    fn a_database_newer_than_the_binary_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("server.sqlite3");
        drop(SqliteStorage::open(&path, None).expect("opens"));
        let newer = latest_schema_version() + 1;
        Connection::open(&path)
            .expect("raw open")
            .pragma_update(None, "user_version", i64::try_from(newer).expect("small"))
            .expect("bump version");

        let error = SqliteStorage::open(&path, None).expect_err("a newer schema must be refused");
        assert!(
            matches!(error, StorageError::TooNew { found, supported, .. }
                if found == newer && supported == latest_schema_version()),
            "{error:?}"
        );
        assert!(
            error.to_string().contains("newer waypoint-server"),
            "the message tells the operator what to do: {error}"
        );
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("server.sqlite3");
        std::fs::write(&path, vec![0x42; 4096]).expect("write junk");
        let error = SqliteStorage::open(&path, None).expect_err("junk must be refused");
        assert!(
            matches!(error, StorageError::NotADatabase { .. }),
            "{error:?}"
        );
    }

    #[test]
    fn an_encrypted_database_opens_only_with_its_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("server.sqlite3");
        let key = Secret::new("correct horse battery staple");
        drop(SqliteStorage::open(&path, Some(&key)).expect("creates encrypted"));

        let bytes = std::fs::read(&path).expect("read file");
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "an encrypted file has no plaintext header"
        );
        let without = SqliteStorage::open(&path, None).expect_err("no key must fail");
        assert!(
            matches!(without, StorageError::NotADatabase { .. }),
            "{without:?}"
        );
        let wrong = SqliteStorage::open(&path, Some(&Secret::new("wrong")))
            .expect_err("wrong key must fail");
        assert!(
            matches!(wrong, StorageError::NotADatabase { .. }),
            "{wrong:?}"
        );
        SqliteStorage::open(&path, Some(&key)).expect("the right key opens it");
    }

    #[test]
    fn change_log_sequence_numbers_are_never_reused() {
        let storage = SqliteStorage::open_in_memory().expect("opens");
        let connection = storage.lock();
        connection
            .execute_batch(
                "INSERT INTO devices (id, site_code, role, public_key, enrolled_at) \
                     VALUES ('d1', 'LSV', 'officer', x'01', 0);
                 INSERT INTO records (record_id, kind, site_code, heads, snapshot, updated_seq) \
                     VALUES ('r1', 'person', 'LSV', x'', x'', 0);
                 INSERT INTO change_log (record_id, device_id, heads_before, pushed_at) VALUES ('r1', 'd1', x'', 0);
                 INSERT INTO change_log (record_id, device_id, heads_before, pushed_at) VALUES ('r1', 'd1', x'', 0);
                 DELETE FROM change_log WHERE seq = 2;
                 INSERT INTO change_log (record_id, device_id, heads_before, pushed_at) VALUES ('r1', 'd1', x'', 0);",
            )
            .expect("writes");
        let last: i64 = connection
            .query_row("SELECT max(seq) FROM change_log", [], |row| row.get(0))
            .expect("max");
        assert_eq!(
            last, 3,
            "a device that already pulled seq 2 would miss a reused 2"
        );
    }

    #[test]
    fn a_chunk_for_an_unknown_record_is_refused() {
        let storage = SqliteStorage::open_in_memory().expect("opens");
        let result = storage.lock().execute(
            "INSERT INTO chunks (record_id, change_hash, bytes) VALUES ('missing', x'01', x'02')",
            [],
        );
        assert!(result.is_err(), "foreign keys are enforced");
    }

    #[tokio::test]
    async fn ping_answers_on_an_open_database() {
        let storage = SqliteStorage::open_in_memory().expect("opens");
        storage.ping().await.expect("ping");
    }
}
