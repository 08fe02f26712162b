-- 0001: the initial sync schema (protocol version 1).
--
-- Shipped migrations are never edited: change the schema with a new numbered file.
-- Conventions: tables are STRICT (SQLite enforces column types); times are INTEGER milliseconds
-- since the Unix epoch, UTC, read from the server's clock (never a device's); ids are the text
-- form of UUIDs; hashes and keys are raw bytes (BLOB), never hex. A set of Automerge heads is
-- stored as its 32-byte change hashes, sorted, concatenated (empty: no heads).

-- A device (tablet or laptop) enrolled at a site. It proves who it is by signing with the private
-- half of `public_key`, which never leaves the device. Revoking sets `revoked_at`; rows are kept so
-- that changes the device made stay attributable. `last_sync_at` is the last push or pull.
CREATE TABLE devices (
    id             TEXT    NOT NULL PRIMARY KEY,
    site_code      TEXT    NOT NULL,
    role           TEXT    NOT NULL,
    public_key     BLOB    NOT NULL UNIQUE,
    enrolled_at    INTEGER NOT NULL,
    revoked_at     INTEGER,
    last_sync_at   INTEGER
) STRICT;

CREATE INDEX devices_by_site ON devices (site_code);

-- One-time codes an administrator hands out to enrol a device at a site with a role. Only the
-- SHA-256 of the code is stored, so a copy of the database cannot be used to enrol devices. A
-- code is spent when `used_at` is set, by the device in `used_by`.
CREATE TABLE enrolment_codes (
    code_hash  BLOB    NOT NULL PRIMARY KEY,
    site_code  TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    used_by    TEXT REFERENCES devices (id)
) STRICT;

-- Session challenges: the SHA-256 of a nonce handed to a device, deleted when used (single use)
-- and worthless after `expires_at`.
CREATE TABLE session_nonces (
    nonce_hash BLOB    NOT NULL PRIMARY KEY,
    device_id  TEXT    NOT NULL REFERENCES devices (id),
    expires_at INTEGER NOT NULL
) STRICT;

-- Session tokens: the SHA-256 of the bearer token only, so a copy of the database cannot be used
-- to sync. A token of a revoked device keeps identifying it (the answer is `device_revoked`).
CREATE TABLE session_tokens (
    token_hash BLOB    NOT NULL PRIMARY KEY,
    device_id  TEXT    NOT NULL REFERENCES devices (id),
    expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX session_tokens_by_expiry ON session_tokens (expires_at);
CREATE INDEX session_nonces_by_expiry ON session_nonces (expires_at);

-- One row per synced Automerge document (a person, a registration group). `heads` are its
-- current heads; `snapshot` is `save()` of the document with every chunk below applied, written
-- in the same transaction as the chunks, so it always covers all of them and loading a record is
-- one `load()`. `updated_seq` is the `change_log.seq` of the latest change, so "what changed at
-- this site since N" is an index range scan. A record belongs to the site of the device that
-- first pushed it.
CREATE TABLE records (
    record_id   TEXT    NOT NULL PRIMARY KEY,
    kind        TEXT    NOT NULL,
    site_code   TEXT    NOT NULL,
    heads       BLOB    NOT NULL,
    snapshot    BLOB    NOT NULL,
    updated_seq INTEGER NOT NULL
) STRICT;

CREATE INDEX records_by_site_and_seq ON records (site_code, updated_seq);

-- Every Automerge change the server accepted, one row each, keyed by its hash: re-uploading a
-- change is a no-op, so an interrupted or repeated upload never stores it twice. The chunks are
-- the durable history; `records.snapshot` is a cache that can be rebuilt from them.
CREATE TABLE chunks (
    record_id   TEXT NOT NULL REFERENCES records (record_id) ON DELETE CASCADE,
    change_hash BLOB NOT NULL,
    bytes       BLOB NOT NULL,
    PRIMARY KEY (record_id, change_hash)
) STRICT;

-- One row per record changed by a committed push, in the order the server accepted them, with
-- the record's heads *before* that push: a pull from cursor N sends `save_after(heads_before)` of
-- each record's first entry after N. AUTOINCREMENT guarantees a `seq` is never handed out twice,
-- even after rows are deleted, so a device's cursor can never skip a change. No cascade: erasing
-- a record must also tell devices about it, which the erasure design decides.
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id    TEXT    NOT NULL REFERENCES records (record_id),
    device_id    TEXT    NOT NULL REFERENCES devices (id),
    heads_before BLOB    NOT NULL,
    pushed_at    INTEGER NOT NULL
) STRICT;

CREATE INDEX change_log_by_record ON change_log (record_id, seq);
CREATE INDEX change_log_by_device ON change_log (device_id);
