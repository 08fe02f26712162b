-- The server's epoch: a random positive number every answer carries. It changes when this
-- database may have forgotten changes it acknowledged — restored from a backup (detected when a
-- device's cursor is beyond the change log, or declared with `waypoint-server new-epoch`).
-- A device that sees a new epoch stops trusting its cursor and acknowledgements and repairs by
-- comparing heads (docs/sync-protocol.md, "Repair").
CREATE TABLE server_meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT;

INSERT INTO server_meta (key, value) VALUES ('epoch', 1 + abs(random() % 9007199254740991));
