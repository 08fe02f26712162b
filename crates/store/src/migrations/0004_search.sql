-- 0004: search across scripts (issue #6).
--
-- Two indexes per person, both derived from the record and rebuilt with its `people` row:
-- the name terms of `waypoint_core::names::component_terms` (script, Latin, skeleton and
-- phonetic keys: محمد finds Mohammed) and an FTS5 trigram index of the cleaned names,
-- their transliterations and the case number (any three letters typed find a name that
-- holds them).
--
-- `search_docs` gives each person a stable integer for both: the implicit rowid of `people`
-- may be renumbered by a VACUUM, an INTEGER PRIMARY KEY never is. Deleting a person (erasure,
-- retention) cascades documents → people → search_docs → people_terms, and the trigger below
-- deletes the FTS5 row; `secure-delete` makes FTS5 remove the entries from its index pages
-- instead of adding delete markers beside them, so no trigram of an erased name is left.
--
-- `version` is the version of the names code that computed the terms. Rows below the
-- current one (every person of a store upgraded to this schema starts at 0) are rebuilt from
-- their documents when the store opens.
CREATE TABLE search_docs (
    n         INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
    version   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX search_docs_stale ON search_docs (version);

CREATE TABLE people_terms (
    term TEXT NOT NULL,
    n    INTEGER NOT NULL REFERENCES search_docs (n) ON DELETE CASCADE,
    PRIMARY KEY (term, n)
) STRICT, WITHOUT ROWID;
CREATE INDEX people_terms_by_doc ON people_terms (n);

-- Contentless: the text is `people.search_text`; the index keeps only trigrams.
CREATE VIRTUAL TABLE people_fts USING fts5 (
    text, tokenize = 'trigram', content = '', contentless_delete = 1
);
INSERT INTO people_fts (people_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
    DELETE FROM people_fts WHERE rowid = old.n;
END;

INSERT INTO search_docs (person_id) SELECT id FROM people;
