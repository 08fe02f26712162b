-- 0003: erasure. A supervisor's device erases a record: its snapshot, chunks and change-log
-- history are deleted (with `secure_delete` on, SQLite overwrites the freed bytes) and the row
-- stays as a tombstone — the id, kind and site, who erased it, when and why — so that devices
-- learn of it through the change log and a later push of the record is refused rather than
-- bringing it back. `heads` and `snapshot` of an erased record are empty.
ALTER TABLE records ADD COLUMN erased_at INTEGER;
ALTER TABLE records ADD COLUMN erased_by TEXT REFERENCES devices (id);
ALTER TABLE records ADD COLUMN erasure_reason TEXT;
