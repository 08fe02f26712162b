-- 0005: which leaflets each person has received, for the list of people still owed one.
--
-- Materialised from the person's document (its append-only `leaflet_handovers` list) whenever
-- the person's row is rebuilt, like `people`; never edited on its own. One row per leaflet: the
-- first time it was given, in any language or format, is what a deadline asks about. Rows of
-- people indexed before this table existed are filled by the index rebuild that the search
-- index version bump of this release starts.
CREATE TABLE people_leaflets (
    person_id      TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    leaflet        TEXT NOT NULL,
    first_given_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, leaflet)
) STRICT, WITHOUT ROWID;

-- The deadline list walks a site's people by registration time.
CREATE INDEX people_by_site_created ON people (site, created_at);
