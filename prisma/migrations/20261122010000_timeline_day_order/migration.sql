-- Inside a month the timeline is ordered by local day first, then by the instant: photos of one
-- day taken in two time zones would otherwise interleave with the next day's and split its
-- header in two. Same name (the drift test ignores it by name), one more key column.
DROP INDEX "assets_timeline_order_idx";
CREATE INDEX "assets_timeline_order_idx" ON "assets" (
    "owner_id", "status", date_trunc('month', "taken_at_local") DESC, date_trunc('day', "taken_at_local") DESC,
    (COALESCE("taken_at_utc" AT TIME ZONE 'UTC', "taken_at_local")) DESC, "id" DESC)
    INCLUDE ("ingest_status", "type", "width", "height", "duration_ms", "thumbhash", "taken_at_local", "taken_at_utc");
