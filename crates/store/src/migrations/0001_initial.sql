-- Waypoint device store, schema 1. Never edit a shipped migration: add a new one.
-- Times are Unix milliseconds. Everything here is inside the SQLCipher-encrypted file.

-- This installation: one row.
CREATE TABLE device (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id   TEXT NOT NULL,
    device_code TEXT NOT NULL,
    site_code   TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    next_case_sequence INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE officers (
    id           TEXT PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
    created_at   INTEGER NOT NULL,
    created_by   TEXT
) STRICT;

-- Records as Automerge documents: a save() snapshot plus save_incremental() chunks appended
-- after it, compacted back into the snapshot now and then.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'group')),
    snapshot    BLOB NOT NULL,
    chunk_count INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    quarantined_at    INTEGER,
    quarantine_reason TEXT
) STRICT;

CREATE TABLE document_chunks (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    bytes  BLOB NOT NULL,
    PRIMARY KEY (doc_id, seq)
) STRICT;

-- Materialised fields of each person, for lists and search; rebuilt from the document on every
-- change, never edited on its own.
CREATE TABLE people (
    id            TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    case_number   TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    original_name TEXT NOT NULL,
    sex           TEXT NOT NULL,
    birth_year    INTEGER,
    nationalities TEXT NOT NULL,
    status        TEXT NOT NULL,
    site          TEXT NOT NULL,
    group_id      TEXT,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    conflicts     INTEGER NOT NULL DEFAULT 0,
    search_text   TEXT NOT NULL
) STRICT;
CREATE INDEX people_by_created ON people (created_at DESC, id);
CREATE INDEX people_by_case_number ON people (case_number);
CREATE INDEX people_with_conflicts ON people (conflicts) WHERE conflicts > 0;

-- Records changed since the server last acknowledged them. `version` grows with every change,
-- so an acknowledgement clears the entry only if nothing changed since the push was built
-- (a time would not do: device clocks go backwards).
CREATE TABLE outbox (
    doc_id     TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    changed_at INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Heads the server acknowledged per record, and named cursors (e.g. the pull cursor).
CREATE TABLE sync_heads (
    doc_id      TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    acked_heads BLOB NOT NULL
) STRICT;
-- This device's enrolment with a sync server. The Ed25519 signing key lives only here, inside
-- the encrypted database.
CREATE TABLE sync_identity (
    singleton    INTEGER PRIMARY KEY CHECK (singleton = 1),
    server_url   TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    site         TEXT NOT NULL,
    role         TEXT NOT NULL,
    signing_key  BLOB NOT NULL,
    enrolled_at  INTEGER NOT NULL,
    last_sync_at INTEGER
) STRICT;
CREATE TABLE sync_cursors (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Who did what on this device. Append-only: no UPDATE or DELETE is ever issued on it.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    officer TEXT,
    action  TEXT NOT NULL,
    target  TEXT,
    detail  TEXT
) STRICT;
