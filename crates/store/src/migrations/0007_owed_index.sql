-- 0007: the leaflets-owed count reads an index only.
--
-- The home screen counts, for each required leaflet, the people registered at this site who
-- have not received it. Through `people_by_site_created` that count read every person's row to
-- learn its status and id: at 100,000 people, four leaflets took 11 s on a 2-core machine
-- (SQLCipher decrypts each page it reads). This index holds status and id too, so the count
-- walks the index and looks up `people_leaflets` only. It replaces `people_by_site_created`,
-- whose columns are its prefix.
CREATE INDEX people_by_site_created_status ON people (site, created_at, status, id);
DROP INDEX people_by_site_created;
