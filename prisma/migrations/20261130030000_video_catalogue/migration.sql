-- The video catalogue and the interaction history (lib/catalogue).
--
-- A rating gets its own date, so the history can list "rated" among the other dated
-- interactions. Set by lib/interactions when the rating changes, cleared with it. Ratings
-- given before this column existed take the row's last change as their best-known date.
ALTER TABLE "asset_user_states" ADD COLUMN "rated_at" TIMESTAMPTZ(3);
UPDATE "asset_user_states" SET "rated_at" = "updated_at" WHERE "rating" IS NOT NULL;

-- Not expressible in schema.prisma (the drift test ignores it by name):
-- The catalogue counts every video a user may see on each page (the visibility rule has an OR
-- over library membership, which no index condition serves). This partial index holds only
-- videos, with every column that rule and the list's status tests read, so the count is an
-- index-only scan of the videos instead of a scan of all assets (EXPLAIN on 207,000 assets of
-- which 7,500 videos: 13 ms against 166 ms).
CREATE INDEX "assets_video_added_idx" ON "assets" ("created_at" DESC, "id" DESC)
    INCLUDE ("owner_id", "library_id", "status", "ingest_status", "taken_at_local", "taken_at_utc")
    WHERE "type" = 'video';
