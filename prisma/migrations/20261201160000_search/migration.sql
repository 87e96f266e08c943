-- The one search box (lib/search): a word is looked up in each text an asset is found by, and
-- each lookup is a trigram index scan (LIKE '%word%' of three characters or more) instead of a
-- test on every asset the user can read.

-- File path, title and description of every asset (the catalogue's index covers videos only).
CREATE INDEX "assets_text_trgm_idx" ON "assets" USING gin (shoebox_video_text("title", "description", "rel_path") gin_trgm_ops);

-- Camera make, model and lens, lower-cased, as an immutable function so it can be indexed.
CREATE FUNCTION shoebox_camera_text(make TEXT, model TEXT, lens TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(make, '') || ' ' || coalesce(model, '') || ' ' || coalesce(lens, '')) $$;
CREATE INDEX "exif_camera_text_trgm_idx" ON "exif" USING gin (shoebox_camera_text("make", "model", "lens") gin_trgm_ops);

-- Captions written by the analysis.
CREATE INDEX "analyses_caption_trgm_idx" ON "analyses" USING gin (lower("caption") gin_trgm_ops);
