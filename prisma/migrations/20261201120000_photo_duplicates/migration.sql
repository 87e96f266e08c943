-- Photo near-duplicates (lib/duplicates, docs/ml.md "Duplicates"). A photo's 64-bit DCT pHash
-- is analyses.phash, written by the analysis part `phash` (its done marker: phash IS NOT NULL);
-- the pairs below are replaced in the same transaction, between photos of ONE owner whose
-- hashes differ in at most 8 bits (the calibrated threshold). Exact copies (same checksum) are
-- grouped from assets.checksum directly and need no row here. All derived: rebuilt by
-- duplicates:group-photos.
CREATE TABLE "photo_duplicate_pairs" (
    "asset_a" UUID NOT NULL,
    "asset_b" UUID NOT NULL,
    "distance" SMALLINT NOT NULL,
    CONSTRAINT "photo_duplicate_pairs_pkey" PRIMARY KEY ("asset_a","asset_b")
);
CREATE INDEX "photo_duplicate_pairs_asset_b_idx" ON "photo_duplicate_pairs"("asset_b");
ALTER TABLE "photo_duplicate_pairs" ADD CONSTRAINT "photo_duplicate_pairs_asset_a_fkey" FOREIGN KEY ("asset_a") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "photo_duplicate_pairs" ADD CONSTRAINT "photo_duplicate_pairs_asset_b_fkey" FOREIGN KEY ("asset_b") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A user's "not duplicates" for photos: every pair of the group they dismissed, smaller id
-- first, so that group never shows again to them (a new photo joining it makes a new group).
CREATE TABLE "photo_not_duplicates" (
    "user_id" UUID NOT NULL,
    "asset_a" UUID NOT NULL,
    "asset_b" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "photo_not_duplicates_pkey" PRIMARY KEY ("user_id","asset_a","asset_b")
);
ALTER TABLE "photo_not_duplicates" ADD CONSTRAINT "photo_not_duplicates_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "photo_not_duplicates" ADD CONSTRAINT "photo_not_duplicates_asset_a_fkey" FOREIGN KEY ("asset_a") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "photo_not_duplicates" ADD CONSTRAINT "photo_not_duplicates_asset_b_fkey" FOREIGN KEY ("asset_b") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Exact copies among one owner's photos: by checksum.
CREATE INDEX "assets_photo_checksum_idx" ON "assets" ("owner_id", "checksum") WHERE "type" = 'photo';
