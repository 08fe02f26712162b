-- 0005: leaflet packs. An administrator publishes the whole leaflet folder
-- (`waypoint-server leaflets publish DIR`), checked as the app checks its own; devices fetch the
-- latest pack they lack (`POST /v1/leaflets`) and keep every text they were given, so a hand-over
-- recorded against an older version stays readable. Packs are never changed or deleted.
CREATE TABLE leaflet_packs (
    id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL UNIQUE,
    published_at INTEGER NOT NULL,
    -- zstd-compressed CBOR of [(path, text)], as sent on the wire
    files BLOB NOT NULL
) STRICT;
