-- A library shared read-only with other users of the household: they see its photos and videos
-- on their timeline and in the video catalogue, stream and download them, and keep their own
-- likes, ratings, favourites and archive; they cannot change the library or trash its assets.
CREATE TABLE "library_members" (
    "library_id" UUID NOT NULL,
    "user_id"    UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "library_members_pkey" PRIMARY KEY ("library_id", "user_id")
);
CREATE INDEX "library_members_user_id_idx" ON "library_members"("user_id");
ALTER TABLE "library_members" ADD CONSTRAINT "library_members_library_id_fkey"
    FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "library_members" ADD CONSTRAINT "library_members_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not expressible in schema.prisma (the drift test ignores these by name):
-- A member's month reads a shared library's assets by library and month; the owner's path
-- keeps assets_timeline_order_idx (owner first), so a household without sharing plans as before.
CREATE INDEX "assets_library_month_idx" ON "assets" ("library_id", date_trunc('month', "taken_at_local"));

-- Month counts per library, so a member's summary adds the shared libraries' rows to the
-- owner's own. Archive is a per-user state, so it is no longer folded in here: the summary
-- subtracts the reader's own archived assets live (a few rows, by asset_user_states' index).
DROP MATERIALIZED VIEW "monthly_counts";
CREATE MATERIALIZED VIEW "monthly_counts" AS
SELECT a."owner_id", a."library_id",
       date_trunc('month', a."taken_at_local")::date AS "month",
       (count(*) FILTER (WHERE a."type" = 'photo'))::int AS "photos",
       (count(*) FILTER (WHERE a."type" = 'video'))::int AS "videos"
FROM "assets" a
WHERE a."status" = 'online' AND a."ingest_status" = 'ready'
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX "monthly_counts_library_id_month_key" ON "monthly_counts"("library_id", "month");
CREATE INDEX "monthly_counts_owner_id_idx" ON "monthly_counts"("owner_id");
