-- Importers (lib/importers). A video's .nfo sidecar (Kodi/Jellyfin) is read at ingest and again
-- when a rescan sees it changed (size or mtime); `applied` keeps the values it set, so that a
-- re-import replaces the nfo's own links and leaves the user's edits alone. The file is never
-- written.
CREATE TABLE "nfo_imports" (
    "asset_id" UUID NOT NULL,
    "rel_path" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "mtime" TIMESTAMPTZ(3) NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "nfo_imports_pkey" PRIMARY KEY ("asset_id"),
    CONSTRAINT "nfo_imports_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- An auto-tag run asked for from /videos/auto-tag (a library, a folder, or everything) and its
-- progress; the per-video runs queued after an ingest leave no row.
CREATE TABLE "auto_tag_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "library_id" UUID,
    "folder" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "error" TEXT,
    CONSTRAINT "auto_tag_runs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "auto_tag_runs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "auto_tag_runs_library_id_fkey" FOREIGN KEY ("library_id") REFERENCES "libraries"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "auto_tag_runs_user_id_created_at_idx" ON "auto_tag_runs"("user_id", "created_at" DESC);
