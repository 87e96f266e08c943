-- Clips: a time range of a video exported by one user as an animated GIF or WebP or an MP4,
-- made by the video:clip job (lib/clips, docs/videos.md "Clips"). A clip is its maker's own,
-- like a marker; its file lives in the derived store under `storage_key` once it is done.
CREATE TYPE "ClipFormat" AS ENUM ('gif', 'webp', 'mp4');
CREATE TYPE "ClipStatus" AS ENUM ('queued', 'running', 'done', 'failed');

CREATE TABLE "video_clips" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "start_seconds" DOUBLE PRECISION NOT NULL,
    "end_seconds" DOUBLE PRECISION NOT NULL,
    "format" "ClipFormat" NOT NULL,
    "requested_width" INTEGER,
    "status" "ClipStatus" NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "storage_key" TEXT,
    "bytes" INTEGER,
    "width" INTEGER,
    "height" INTEGER,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "video_clips_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "video_clips_user_id_created_at_idx" ON "video_clips"("user_id", "created_at" DESC);
CREATE INDEX "video_clips_asset_id_user_id_idx" ON "video_clips"("asset_id", "user_id");
ALTER TABLE "video_clips" ADD CONSTRAINT "video_clips_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_clips" ADD CONSTRAINT "video_clips_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
