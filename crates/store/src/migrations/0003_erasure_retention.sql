-- 0003: erasure and retention.
--
-- A record a supervisor erased: its document row is deleted (with it, through ON DELETE
-- CASCADE, its chunks, search row, outbox entry and acknowledged heads; `secure_delete` is on, so
-- the freed bytes are overwritten) and only this tombstone stays, so that the same record is
-- never stored again when a copy arrives from the server or an import. `synced` is 0 while this
-- device's own erasure has not reached the server yet.
CREATE TABLE erasures (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'group')),
    reason    TEXT NOT NULL,
    erased_at INTEGER NOT NULL,
    synced    INTEGER NOT NULL DEFAULT 0 CHECK (synced IN (0, 1))
) STRICT;

CREATE INDEX erasures_waiting ON erasures (synced) WHERE synced = 0;

-- Device settings a supervisor can change (e.g. the retention window); values are text.
CREATE TABLE device_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Retention purges documents by the time this device last wrote them.
CREATE INDEX documents_by_updated ON documents (updated_at);

-- The sync server's TLS certificate (DER), pinned at enrolment when the server's certificate is
-- not signed by an authority the device trusts (a self-signed site server). NULL: plain HTTP to
-- this machine, or a certificate the platform trusts.
ALTER TABLE sync_identity ADD COLUMN server_certificate BLOB;
