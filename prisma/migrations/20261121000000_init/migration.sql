-- Foundation: users and sessions, libraries, assets with their EXIF and derived files,
-- job failure reports and worker heartbeats.

CREATE TYPE "Role" AS ENUM ('admin', 'user');
CREATE TYPE "AssetType" AS ENUM ('photo', 'video');
CREATE TYPE "AssetStatus" AS ENUM ('online', 'offline', 'trashed');
CREATE TYPE "IngestStatus" AS ENUM ('pending', 'ready', 'failed');
CREATE TYPE "TakenAtSource" AS ENUM ('exif', 'xmp', 'filename', 'mtime');
CREATE TYPE "DerivedKind" AS ENUM ('thumb', 'preview', 'poster', 'sprite', 'vtt', 'teaser_sm', 'teaser_lg', 'transcode');

CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'user',
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "user_agent" TEXT,
    "ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

CREATE TABLE "libraries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "root_path" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_scanned_at" TIMESTAMPTZ(3),
    CONSTRAINT "libraries_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "libraries_root_path_key" ON "libraries"("root_path");
CREATE INDEX "libraries_owner_id_idx" ON "libraries"("owner_id");

CREATE TABLE "assets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    "library_id" UUID NOT NULL,
    "type" "AssetType" NOT NULL,
    "rel_path" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "mtime" TIMESTAMPTZ(3) NOT NULL,
    "checksum" BYTEA,
    "status" "AssetStatus" NOT NULL DEFAULT 'online',
    "ingest_status" "IngestStatus" NOT NULL DEFAULT 'pending',
    "ingest_error" TEXT,
    "taken_at_local" TIMESTAMP(3) NOT NULL,
    "taken_at_utc" TIMESTAMPTZ(3),
    "taken_at_source" "TakenAtSource" NOT NULL DEFAULT 'mtime',
    "width" INTEGER,
    "height" INTEGER,
    "orientation" INTEGER,
    "duration_ms" INTEGER,
    "mime" TEXT,
    "thumbhash" BYTEA,
    "title" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "assets_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "assets_library_id_rel_path_key" ON "assets"("library_id", "rel_path");
CREATE INDEX "assets_owner_id_status_taken_at_local_idx" ON "assets"("owner_id", "status", "taken_at_local" DESC);
CREATE INDEX "assets_library_id_ingest_status_idx" ON "assets"("library_id", "ingest_status");

CREATE TABLE "exif" (
    "asset_id" UUID NOT NULL,
    "make" TEXT,
    "model" TEXT,
    "lens" TEXT,
    "exposure_time" DOUBLE PRECISION,
    "f_number" DOUBLE PRECISION,
    "iso" INTEGER,
    "focal_length" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "raw" JSONB,
    CONSTRAINT "exif_pkey" PRIMARY KEY ("asset_id")
);

CREATE TABLE "derived" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "asset_id" UUID NOT NULL,
    "kind" "DerivedKind" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "derived_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "derived_asset_id_kind_key" ON "derived"("asset_id", "kind");

CREATE TABLE "job_failures" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "job_id" TEXT,
    "task" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "attempt" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "stack" TEXT,
    "stderr_tail" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "job_failures_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "job_failures_task_created_at_idx" ON "job_failures"("task", "created_at" DESC);

CREATE TABLE "worker_heartbeats" (
    "worker_id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "worker_heartbeats_pkey" PRIMARY KEY ("worker_id")
);
CREATE INDEX "worker_heartbeats_last_seen_at_idx" ON "worker_heartbeats"("last_seen_at");

ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "libraries" ADD CONSTRAINT "libraries_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assets" ADD CONSTRAINT "assets_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "assets" ADD CONSTRAINT "assets_library_id_fkey" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exif" ADD CONSTRAINT "exif_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "derived" ADD CONSTRAINT "derived_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
