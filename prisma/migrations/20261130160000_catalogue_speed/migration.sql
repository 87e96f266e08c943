-- The catalogue at 100,000 videos (lib/catalogue/video-list.queries.ts, docs/videos.md
-- "Catalogue speed"). Not expressible in schema.prisma (the drift test ignores them by name).
--
-- Every index holds only the videos a list can show (online, ingested) and INCLUDEs what the
-- visibility rule reads (owner, library, copy_of), so a count or a page is read from the index
-- alone (index-only scan, no heap). Ordered ones serve "ORDER BY key, id LIMIT n OFFSET k" in
-- both directions (a backward scan for descending), so a page stops after its rows instead of
-- sorting every visible video.

-- The total of an unfiltered list: the narrowest index, counted with the rule as a filter.
CREATE INDEX "assets_video_listed_idx" ON "assets" ("owner_id", "library_id")
    INCLUDE ("copy_of")
    WHERE "type" = 'video' AND "status" = 'online' AND "ingest_status" = 'ready';

-- Videos named by a filter (text, performers, tags: an array of ids, lib/catalogue's
-- videoFilterSql) are read by id, and everything the visibility rule, the column filters
-- (studio, duration, resolution, added, released, organised) and the column sort keys read is
-- here: an index-only probe per id instead of a heap fetch (8,231 videos of the top performer:
-- 34 ms to 14 ms).
CREATE INDEX "assets_video_listed_id_idx" ON "assets" ("id")
    INCLUDE ("owner_id", "library_id", "copy_of", "studio_id", "created_at", "size", "duration_ms", "release_date", "width", "height", "organised")
    WHERE "type" = 'video' AND "status" = 'online' AND "ingest_status" = 'ready';

-- Sorts by date added, title (natural order, the card's title expression), path, file name.
CREATE INDEX "assets_video_listed_added_idx" ON "assets" ("created_at", "id")
    INCLUDE ("owner_id", "library_id", "copy_of")
    WHERE "type" = 'video' AND "status" = 'online' AND "ingest_status" = 'ready';
CREATE INDEX "assets_video_listed_title_idx" ON "assets"
    ((COALESCE(NULLIF(btrim("title"), ''), regexp_replace(substring("rel_path" from '[^/]*$'), '(.)\.[^.]*$', '\1')) COLLATE "natural"), "id")
    INCLUDE ("owner_id", "library_id", "copy_of")
    WHERE "type" = 'video' AND "status" = 'online' AND "ingest_status" = 'ready';
CREATE INDEX "assets_video_listed_path_idx" ON "assets" (("rel_path" COLLATE "natural"), "id")
    INCLUDE ("owner_id", "library_id", "copy_of")
    WHERE "type" = 'video' AND "status" = 'online' AND "ingest_status" = 'ready';
CREATE INDEX "assets_video_listed_file_name_idx" ON "assets" ((substring("rel_path" from '[^/]*$') COLLATE "natural"), "id")
    INCLUDE ("owner_id", "library_id", "copy_of")
    WHERE "type" = 'video' AND "status" = 'online' AND "ingest_status" = 'ready';

-- Archived videos leave the list: an anti-join on this user's archived rows only.
CREATE INDEX "asset_user_states_archived_idx" ON "asset_user_states" ("user_id", "asset_id") WHERE "archived";
