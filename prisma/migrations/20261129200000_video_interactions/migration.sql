-- Every interaction with a video is per user: plays (view time, resume point, play count),
-- dated markers, finish points and comments. A play is named by the player (one id per
-- playback session) and its reports carry the play's total watched time, so a retried or
-- late report adds nothing twice; reports of one play are applied one at a time under the
-- play row's lock.
ALTER TABLE "asset_user_states" ALTER COLUMN "view_seconds" TYPE DOUBLE PRECISION;

CREATE TABLE "video_plays" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "watched_seconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "counted" BOOLEAN NOT NULL DEFAULT false,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "video_plays_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "video_plays_user_id_updated_at_idx" ON "video_plays"("user_id", "updated_at" DESC);
CREATE INDEX "video_plays_asset_id_idx" ON "video_plays"("asset_id");
ALTER TABLE "video_plays" ADD CONSTRAINT "video_plays_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_plays" ADD CONSTRAINT "video_plays_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "markers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "asset_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,
    "end_seconds" DOUBLE PRECISION,
    "title" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "markers_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "markers_asset_id_user_id_idx" ON "markers"("asset_id", "user_id");
CREATE INDEX "markers_user_id_created_at_idx" ON "markers"("user_id", "created_at" DESC);
ALTER TABLE "markers" ADD CONSTRAINT "markers_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "markers" ADD CONSTRAINT "markers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "finish_points" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "asset_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "finish_points_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "finish_points_asset_id_user_id_idx" ON "finish_points"("asset_id", "user_id");
ALTER TABLE "finish_points" ADD CONSTRAINT "finish_points_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "finish_points" ADD CONSTRAINT "finish_points_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "comments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "asset_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "comments_asset_id_created_at_idx" ON "comments"("asset_id", "created_at");
CREATE INDEX "comments_user_id_created_at_idx" ON "comments"("user_id", "created_at" DESC);
ALTER TABLE "comments" ADD CONSTRAINT "comments_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "comments" ADD CONSTRAINT "comments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
