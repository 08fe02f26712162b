-- 0009: people owed a leaflet are counted as the site's people less those given it.
--
-- Counting with `NOT EXISTS` per person probed `people_leaflets` once per person and leaflet:
-- 3.8 s for four leaflets at 100,000 people on a 2-core machine. Counted the other way round,
-- the people at the site come from `people_by_site_created_status` alone and the ones given a
-- leaflet from this index, one probe of `people` each.
CREATE INDEX people_leaflets_by_leaflet ON people_leaflets (leaflet, person_id);
