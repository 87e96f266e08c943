-- Uploads from the browser and phone (tus): one row per upload, so a user's uploads are listed,
-- their in-progress bytes count against the quota, and unfinished ones are cleaned up. The
-- limits an administrator sets: one global largest file (upload_settings, a single row) and a
-- quota per user (NULL: unlimited). A user's upload target is one of their libraries; NULL
-- until the first upload makes their own upload library under the data dir.
CREATE TYPE "UploadStatus" AS ENUM ('uploading', 'done', 'failed', 'cancelled');

CREATE TABLE "uploads" (
    "id"          UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id"     UUID NOT NULL,
    "tus_id"      TEXT NOT NULL,
    "library_id"  UUID,
    "file_name"   TEXT NOT NULL,
    "size"        BIGINT NOT NULL,
    "offset"      BIGINT NOT NULL DEFAULT 0,
    "checksum"    BYTEA NOT NULL,
    "status"      "UploadStatus" NOT NULL DEFAULT 'uploading',
    "rel_path"    TEXT,
    "asset_id"    UUID,
    "error"       TEXT,
    "created_at"  TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at"  TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "uploads_tus_id_key" ON "uploads"("tus_id");
CREATE INDEX "uploads_user_id_created_at_idx" ON "uploads"("user_id", "created_at" DESC);
CREATE INDEX "uploads_status_created_at_idx" ON "uploads"("status", "created_at");
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_library_id_fkey"
    FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_asset_id_fkey"
    FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "users" ADD COLUMN "upload_quota_bytes" BIGINT;
ALTER TABLE "users" ADD COLUMN "upload_library_id" UUID;
-- No foreign key on purpose: libraries already point at users (owner_id), and a key back would
-- make a cycle the built-in backup cannot load in order as a database owner who is not a
-- superuser. A dangling id is harmless: resolve-upload-library.ts uses the setting only while it
-- names a library of the user's, and falls back to their own upload library.

CREATE TABLE "upload_settings" (
    "id"             INTEGER NOT NULL DEFAULT 1,
    "max_file_bytes" BIGINT NOT NULL DEFAULT 21474836480,
    "updated_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "upload_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "upload_settings_single_row" CHECK ("id" = 1)
);
INSERT INTO "upload_settings" ("id") VALUES (1);
