-- Place names in the one search box (lib/search): "paris" and "france" find the photos taken
-- there, through a trigram index like the box's other texts (20261201160000_search).
CREATE FUNCTION shoebox_place_text(city TEXT, region TEXT, country TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(city, '') || ' ' || coalesce(region, '') || ' ' || coalesce(country, '')) $$;
CREATE INDEX "asset_places_text_trgm_idx" ON "asset_places" USING gin (shoebox_place_text("city", "region", "country") gin_trgm_ops);
