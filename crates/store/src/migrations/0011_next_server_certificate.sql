-- 0011: the certificate a self-signed sync server will present after its operator rotates it,
-- as the server announced it over the pinned connection (issue #3). The device trusts it
-- beside `server_certificate`; once the server presents it, it becomes the pinned one.
ALTER TABLE sync_identity ADD COLUMN server_certificate_next BLOB;
