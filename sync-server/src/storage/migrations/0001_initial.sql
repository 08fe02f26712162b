-- 0001: the initial sync schema.
--
-- Shipped migrations are never edited: change the schema with a new numbered file.
-- Conventions: tables are STRICT (SQLite enforces column types); times are INTEGER milliseconds
-- since the Unix epoch, UTC; ids are the text form of the UUIDs chosen by devices; hashes and
-- keys are raw bytes (BLOB), never hex.

-- A device (tablet or laptop) enrolled at a site. It proves who it is by signing with the private
-- half of `public_key`, which never leaves the device. Revoking sets `revoked_at`; rows are kept so
-- that changes the device made stay attributable.
CREATE TABLE devices (
    id          TEXT    NOT NULL PRIMARY KEY,
    site_code   TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    public_key  BLOB    NOT NULL UNIQUE,
    enrolled_at INTEGER NOT NULL,
    revoked_at  INTEGER
) STRICT;

CREATE INDEX devices_by_site ON devices (site_code);

-- One-time codes an administrator hands out to enrol a device at a site with a role. Only a hash
-- of the code is stored, so a copy of the database cannot be used to enrol devices. A code is
-- spent when `used_at` is set.
CREATE TABLE enrolment_codes (
    code_hash  BLOB    NOT NULL PRIMARY KEY,
    site_code  TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) STRICT;

-- One row per synced Automerge document (a registration group, a person, ...). `heads` is the
-- document's current Automerge heads as the server knows them, encoded as the sync protocol
-- defines; `updated_seq` is the `change_log.seq` of the latest change, so "what changed since N"
-- is an index scan.
CREATE TABLE records (
    record_id   TEXT    NOT NULL PRIMARY KEY,
    kind        TEXT    NOT NULL,
    heads       BLOB    NOT NULL,
    updated_seq INTEGER NOT NULL
) STRICT;

CREATE INDEX records_by_updated_seq ON records (updated_seq);

-- The bytes of a document: Automerge save()/save_incremental() chunks, keyed by the hash of the
-- change (or snapshot) they carry. The key makes re-uploading a chunk a no-op, so an interrupted
-- or repeated upload never stores it twice.
CREATE TABLE chunks (
    record_id   TEXT NOT NULL REFERENCES records (record_id) ON DELETE CASCADE,
    change_hash BLOB NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (record_id, change_hash)
) STRICT;

-- Every accepted change, in the order the server accepted it. Devices remember the last `seq` they
-- pulled and ask for everything after it. AUTOINCREMENT guarantees a `seq` is never handed out
-- twice, even after rows are deleted, so a device's cursor can never skip a change. No cascade:
-- erasing a record must also tell devices about it, which the erasure design decides.
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL REFERENCES records (record_id)
) STRICT;
