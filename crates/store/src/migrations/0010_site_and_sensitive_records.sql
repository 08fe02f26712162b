-- 0010: two more kinds of record.
--   'site'      a site's shared settings: leaflet contacts, deadlines, jurisdiction
--               (waypoint_core::site), one per site.
--   'sensitive' the sensitive part of a person's record: the details of their specific needs
--               (waypoint_core::sensitive), sent by the server to supervisors' devices only.
--               `owner` is the person it belongs to: it goes when they go (retention).
--
-- SQLite cannot change a CHECK constraint, so `documents` and `erasures` are rebuilt with the
-- wider ones, as SQLite's documentation prescribes: migrations run with foreign keys off
-- (Store::init turns them on afterwards; each migration ends with a foreign key check), so
-- dropping the old table cascades to nothing.
CREATE TABLE documents_new (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'group', 'site', 'sensitive')),
    snapshot    BLOB NOT NULL,
    chunk_count INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL,
    quarantined_at    INTEGER,
    quarantine_reason TEXT,
    owner       TEXT CHECK ((kind = 'sensitive') = (owner IS NOT NULL))
) STRICT;
INSERT INTO documents_new (id, kind, snapshot, chunk_count, updated_at, quarantined_at, quarantine_reason)
    SELECT id, kind, snapshot, chunk_count, updated_at, quarantined_at, quarantine_reason FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE INDEX documents_by_updated ON documents (updated_at);
CREATE INDEX documents_by_owner ON documents (owner) WHERE owner IS NOT NULL;

CREATE TABLE erasures_new (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'group', 'site', 'sensitive')),
    reason    TEXT NOT NULL,
    erased_at INTEGER NOT NULL,
    synced    INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
) STRICT;
INSERT INTO erasures_new SELECT id, kind, reason, erased_at, synced FROM erasures;
DROP TABLE erasures;
ALTER TABLE erasures_new RENAME TO erasures;
CREATE INDEX erasures_waiting ON erasures (synced) WHERE synced = 0;
