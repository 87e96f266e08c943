-- The video catalogue's search, filters and sorts (lib/catalogue, lib/search).
--
-- Natural title order ("Clip 2" before "Clip 10", accents and case second): an ICU collation
-- with numeric ordering. Both PostgreSQL 15 (Debian, ICU 72) and the embedded PostgreSQL 18
-- (ICU 60 inside the npm package) build it; a server built without ICU gets the same name as a
-- plain copy of "C" (byte order, numbers compared digit by digit) so queries still run.
DO $$
BEGIN
  CREATE COLLATION IF NOT EXISTS "natural" (provider = icu, locale = 'und-u-kn-true');
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR undefined_object THEN
  CREATE COLLATION IF NOT EXISTS "natural" FROM "C";
END
$$;

-- The text a video is found by (its title, description and path) and the text an entity is
-- found by (name and aliases), lower-cased, as immutable functions so trigram indexes can be
-- built on them. array_to_string is only "stable" in general; on text[] it is immutable.
CREATE FUNCTION shoebox_video_text(title TEXT, description TEXT, rel_path TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || rel_path) $$;
CREATE FUNCTION shoebox_entity_text(name TEXT, aliases TEXT[]) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(name || ' ' || coalesce(array_to_string(aliases, ' '), '')) $$;

-- Not expressible in schema.prisma (the drift test ignores them by name): trigram indexes
-- for the typo-tolerant search (word_similarity, operator <%), videos only.
CREATE INDEX "assets_video_text_trgm_idx" ON "assets"
  USING gin (shoebox_video_text("title", "description", "rel_path") gin_trgm_ops) WHERE "type" = 'video';
CREATE INDEX "people_text_trgm_idx" ON "people" USING gin (shoebox_entity_text("name", "aliases") gin_trgm_ops);
CREATE INDEX "studios_text_trgm_idx" ON "studios" USING gin (shoebox_entity_text("name", "aliases") gin_trgm_ops);
CREATE INDEX "tags_text_trgm_idx" ON "tags" USING gin (shoebox_entity_text("name", "aliases") gin_trgm_ops);

-- "Has subtitles": the number of text subtitle tracks found at ingest (embedded streams and
-- sidecar .srt/.vtt files beside the video); null until the video is ingested again.
ALTER TABLE "video_meta" ADD COLUMN "subtitle_tracks" INTEGER;
