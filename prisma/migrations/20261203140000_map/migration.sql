-- The map (lib/map). Two things:
--
-- 1. A box-and-zoom read of places by position: the SQL grid clustering and the assets of a
--    clicked cluster read asset_places by latitude range first (then longitude), never the
--    whole table for a city.
CREATE INDEX "asset_places_latitude_longitude_idx" ON "asset_places"("latitude", "longitude");

-- 2. Versions of what the map shows, for the in-process cluster indexes (lib/map/cluster-cache.ts):
--    a cached index is used while these numbers have not moved, so checking it is three reads
--    of a sequence instead of a count over every geotagged asset. Sequences, not a counter row:
--    nextval never waits on another transaction, so ingest in parallel does not queue behind
--    one row lock. Bumped only when something the map reads changes (WHEN clauses), once per row.
--    - places: positions, an asset's visibility (status, ingest, owner, library, local date),
--      deleted assets, archived states, library shares.
--    - favourites: favourite_at of any user's state (the "favourites only" filter).
--    - faces: faces joined to or taken from a person (the people filter).
CREATE SEQUENCE "map_places_version_seq";
CREATE SEQUENCE "map_favourites_version_seq";
CREATE SEQUENCE "map_faces_version_seq";

CREATE FUNCTION "shoebox_map_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval(TG_ARGV[0]::regclass);
  RETURN NULL;
END $$;

CREATE TRIGGER "asset_places_map_version"
  AFTER INSERT OR UPDATE OF "latitude", "longitude" OR DELETE ON "asset_places"
  FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "assets_map_version"
  AFTER UPDATE OF "status", "ingest_status", "owner_id", "library_id", "taken_at_local" ON "assets"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."ingest_status" IS DISTINCT FROM NEW."ingest_status"
    OR OLD."owner_id" IS DISTINCT FROM NEW."owner_id" OR OLD."library_id" IS DISTINCT FROM NEW."library_id"
    OR OLD."taken_at_local" IS DISTINCT FROM NEW."taken_at_local")
  EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "assets_map_version_delete"
  AFTER DELETE ON "assets"
  FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "asset_user_states_map_archived"
  AFTER INSERT OR UPDATE OF "archived" ON "asset_user_states"
  FOR EACH ROW WHEN (NEW."archived")
  EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "asset_user_states_map_unarchived"
  AFTER UPDATE OF "archived" ON "asset_user_states"
  FOR EACH ROW WHEN (OLD."archived" AND NOT NEW."archived")
  EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "asset_user_states_map_deleted"
  AFTER DELETE ON "asset_user_states"
  FOR EACH ROW WHEN (OLD."archived")
  EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "asset_user_states_map_favourite_deleted"
  AFTER DELETE ON "asset_user_states"
  FOR EACH ROW WHEN (OLD."favourite_at" IS NOT NULL)
  EXECUTE FUNCTION "shoebox_map_bump"('map_favourites_version_seq');

CREATE TRIGGER "asset_user_states_map_favourite"
  AFTER INSERT OR UPDATE OF "favourite_at" ON "asset_user_states"
  FOR EACH ROW WHEN (NEW."favourite_at" IS NOT NULL)
  EXECUTE FUNCTION "shoebox_map_bump"('map_favourites_version_seq');

CREATE TRIGGER "asset_user_states_map_unfavourite"
  AFTER UPDATE OF "favourite_at" ON "asset_user_states"
  FOR EACH ROW WHEN (OLD."favourite_at" IS NOT NULL AND NEW."favourite_at" IS NULL)
  EXECUTE FUNCTION "shoebox_map_bump"('map_favourites_version_seq');

CREATE TRIGGER "library_members_map_version"
  AFTER INSERT OR DELETE ON "library_members"
  FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_map_bump"('map_places_version_seq');

CREATE TRIGGER "faces_map_version"
  AFTER INSERT OR UPDATE OF "person_id" OR DELETE ON "faces"
  FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_map_bump"('map_faces_version_seq');
