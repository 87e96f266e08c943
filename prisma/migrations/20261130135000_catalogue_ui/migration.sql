-- The catalogue's per-user settings (issue 12, "Find"): a safe-for-work switch that blurs
-- previews in every list, and saved searches (the catalogue's address query, at most 100 per
-- user with distinct names; the cap is checked under a per-user lock in lib/saved-searches).
ALTER TABLE "users" ADD COLUMN "blur_previews" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "saved_searches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "saved_searches_user_id_name_key" ON "saved_searches"("user_id", "name");
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
