-- 0006: duplicate review (issue #6).
--
-- `person_links`: the duplicate decisions each person's document holds (its `links` map),
-- materialised whenever the person's row is rebuilt, like `people_leaflets`; never edited on
-- its own. `other` may be a record this device does not hold (another site's). Read in both
-- directions: a decision is written into both records, but one may arrive before the other.
CREATE TABLE person_links (
    person_id   TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    other_id    TEXT    NOT NULL,
    decision    TEXT    NOT NULL,
    in_conflict INTEGER NOT NULL,
    PRIMARY KEY (person_id, other_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX person_links_by_other ON person_links (other_id);

-- The server's candidate pairs for this site, as its last answer gave them (a supervisor's
-- device replaces them at each sync). `pair` is the wire pair as JSON; `a` < `b`; `position`
-- is the server's order (strongest first).
CREATE TABLE review_candidates (
    a        TEXT    NOT NULL,
    b        TEXT    NOT NULL,
    position INTEGER NOT NULL,
    pair     TEXT    NOT NULL,
    PRIMARY KEY (a, b)
) STRICT, WITHOUT ROWID;

-- What a reviewer sees of the other sites' records named by those pairs (JSON), and nothing
-- else of them: replaced with the pairs.
CREATE TABLE review_people (
    id      TEXT NOT NULL PRIMARY KEY,
    profile TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- A person erased or purged here leaves the review with its record.
CREATE TRIGGER people_leave_review AFTER DELETE ON people BEGIN
    DELETE FROM review_candidates WHERE a = old.id OR b = old.id;
END;
