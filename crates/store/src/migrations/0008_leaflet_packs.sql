-- 0008: leaflet packs received from the sync server (`POST /v1/leaflets`), checked before they
-- are kept, and kept for good: the device offers the later of the edition built into the app and
-- the latest pack received, and finds older texts here by version for the hand-overs that cite
-- them. A pack is the whole leaflet folder (CBOR of [(path, text)], zstd-compressed).
CREATE TABLE leaflet_packs (
    id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL,
    received_at TEXT NOT NULL,
    files BLOB NOT NULL
) STRICT;
