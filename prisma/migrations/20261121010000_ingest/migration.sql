-- Photo ingest: per-library globs, schedule and watch; scan runs with live counters;
-- resolvable job failure reports; checksum lookups for duplicates and moved files.

CREATE TYPE "ScanTrigger" AS ENUM ('initial', 'manual', 'schedule', 'watch', 'cli');
CREATE TYPE "ScanStatus" AS ENUM ('running', 'done', 'failed');

ALTER TABLE "libraries"
    ADD COLUMN "include_globs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "exclude_globs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "scan_schedule" TEXT,
    ADD COLUMN "scheduled_at" TIMESTAMPTZ(3),
    ADD COLUMN "watch" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "library_scans" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "library_id" UUID NOT NULL,
    "trigger" "ScanTrigger" NOT NULL,
    "status" "ScanStatus" NOT NULL DEFAULT 'running',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "seen" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "offline" INTEGER NOT NULL DEFAULT 0,
    "restored" INTEGER NOT NULL DEFAULT 0,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    CONSTRAINT "library_scans_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "library_scans_library_id_started_at_idx" ON "library_scans"("library_id", "started_at" DESC);
ALTER TABLE "library_scans" ADD CONSTRAINT "library_scans_library_id_fkey" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "job_failures" ADD COLUMN "resolved_at" TIMESTAMPTZ(3);

CREATE INDEX "assets_library_id_checksum_idx" ON "assets"("library_id", "checksum");

-- Videos: their creation time comes from the container; ffprobe's view of the streams.
ALTER TYPE "TakenAtSource" ADD VALUE 'container';

CREATE TABLE "video_meta" (
    "asset_id" UUID NOT NULL,
    "container" TEXT,
    "video_codec" TEXT,
    "audio_codec" TEXT,
    "fps" DOUBLE PRECISION,
    "bitrate" INTEGER,
    "rotation" INTEGER NOT NULL DEFAULT 0,
    "browser_playable" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "video_meta_pkey" PRIMARY KEY ("asset_id")
);
ALTER TABLE "video_meta" ADD CONSTRAINT "video_meta_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
