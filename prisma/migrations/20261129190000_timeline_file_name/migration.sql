-- A month bucket now names each tile by its file name (the last part of rel_path, for screen
-- readers). rel_path joins the covering index so the bucket stays an index-only scan: read
-- from the table instead, it cost a heap fetch per asset and doubled a busy month's query.
-- Same name (the drift test ignores it by name), same keys, one more included column.
DROP INDEX "assets_timeline_order_idx";
CREATE INDEX "assets_timeline_order_idx" ON "assets" (
    "owner_id", "status", date_trunc('month', "taken_at_local") DESC, date_trunc('day', "taken_at_local") DESC,
    (COALESCE("taken_at_utc" AT TIME ZONE 'UTC', "taken_at_local")) DESC, "id" DESC)
    INCLUDE ("ingest_status", "type", "width", "height", "duration_ms", "thumbhash", "taken_at_local", "taken_at_utc", "rel_path");
