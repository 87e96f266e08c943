-- Download tickets (lib/downloads): a short-lived, single-user permission to fetch one ZIP by
-- navigating to /api/downloads/<token>, so the browser's own download manager shows progress.
-- The ticket names up to 10,000 assets (too many for a signed URL), or one album. Only the
-- token's SHA-256 is kept. No foreign keys: a ticket lives five minutes, its user must still be
-- signed in to use it, and access to the album or assets is asked again when it is used.
CREATE TABLE "download_tickets" (
    "id"         UUID NOT NULL DEFAULT gen_random_uuid(),
    "token_hash" BYTEA NOT NULL,
    "user_id"    UUID NOT NULL,
    "album_id"   UUID,
    "asset_ids"  UUID[] DEFAULT ARRAY[]::UUID[],
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "download_tickets_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "download_tickets_token_hash_key" ON "download_tickets"("token_hash");
CREATE INDEX "download_tickets_expires_at_idx" ON "download_tickets"("expires_at");
