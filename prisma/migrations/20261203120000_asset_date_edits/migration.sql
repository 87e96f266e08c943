-- Manual date edits (issue 15): the owner sets or shifts the date of photos and videos whose
-- camera clock was wrong, or that have no date at all (scans). The new date is written to
-- assets.taken_at_* with the source `manual`, so the timeline, search and every view order by
-- it with no change to their queries; the file is never written. The values the file gave are
-- kept once per asset here (a re-ingest updates them instead of the asset's), so "Revert" puts
-- them back and deletes the row.
ALTER TYPE "TakenAtSource" ADD VALUE 'manual';

CREATE TABLE "asset_date_edits" (
    "asset_id"                 UUID NOT NULL,
    "original_taken_at_local"  TIMESTAMP(3) NOT NULL,
    "original_taken_at_utc"    TIMESTAMPTZ(3),
    "original_taken_at_source" "TakenAtSource" NOT NULL,
    "edited_by"                UUID,
    "edited_at"                TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "asset_date_edits_pkey" PRIMARY KEY ("asset_id")
);
ALTER TABLE "asset_date_edits" ADD CONSTRAINT "asset_date_edits_asset_id_fkey"
    FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "asset_date_edits" ADD CONSTRAINT "asset_date_edits_edited_by_fkey"
    FOREIGN KEY ("edited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
