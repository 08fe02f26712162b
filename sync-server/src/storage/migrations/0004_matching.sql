-- 0004: duplicate matching (issue #6). The server compares each person record it receives with
-- the people already held, at every site, and keeps the pairs that look alike for supervisors
-- to review. Nothing here is ever merged: decisions live in the records themselves (`links`).
--
-- `match_queue`: person records changed since the matcher last looked at them. A push adds to
-- it in its own transaction, so a record is never forgotten by a crash between the two.
CREATE TABLE match_queue (
    record_id TEXT NOT NULL PRIMARY KEY
) STRICT, WITHOUT ROWID;

-- What the matcher knows of a person: the fields a reviewer compares (JSON: names, sex, date
-- of birth, nationalities, site, case number), the document numbers, and the record's
-- duplicate decisions. Deleted with the record's bytes on erasure.
CREATE TABLE match_profiles (
    record_id TEXT NOT NULL PRIMARY KEY,
    site_code TEXT NOT NULL,
    profile   TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Blocking keys (`b:`), name keys (`n:`) and document keys (`d:`) of each profile: two people
-- are compared when they share a `b:` and an `n:` key, or a `d:` key.
CREATE TABLE match_keys (
    key       TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (key, record_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX match_keys_by_record ON match_keys (record_id);

-- Undecided pairs that score probable or better; `a` < `b`. `reasons` is JSON.
CREATE TABLE candidate_pairs (
    a        TEXT    NOT NULL,
    b        TEXT    NOT NULL,
    score    REAL    NOT NULL,
    strength TEXT    NOT NULL,
    reasons  TEXT    NOT NULL,
    found_at INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) STRICT, WITHOUT ROWID;

CREATE INDEX candidate_pairs_by_b ON candidate_pairs (b);

-- Every person already held is looked at once.
INSERT INTO match_queue (record_id)
    SELECT record_id FROM records WHERE kind = 'person' AND erased_at IS NULL;
