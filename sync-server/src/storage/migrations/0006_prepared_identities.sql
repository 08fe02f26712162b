-- 0006: each profile keeps its person's prepared identity (name keys in every form, CBOR,
-- `waypoint_core::names::PreparedIdentity`) and duplicate decisions, written when the record
-- is matched. Comparing a record with a thousand others read each one's profile as JSON and
-- prepared it again: most of the matcher's time. Profiles written before this keep NULL and
-- are prepared from their JSON until they are matched again.
ALTER TABLE match_profiles ADD COLUMN compared BLOB;
