-- The video page: chapters (imported from the file's container, user_id NULL, or added by a
-- user), a user-editable external link on the asset, and the poster time the owner chose
-- (a re-ingest takes the poster frame there instead of the default point).
CREATE TABLE "chapters" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "asset_id" UUID NOT NULL,
    "user_id" UUID,
    "seconds" DOUBLE PRECISION NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "chapters_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "chapters_asset_id_seconds_idx" ON "chapters"("asset_id", "seconds");
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "assets" ADD COLUMN "external_url" TEXT;
ALTER TABLE "video_meta" ADD COLUMN "poster_seconds" DOUBLE PRECISION;
