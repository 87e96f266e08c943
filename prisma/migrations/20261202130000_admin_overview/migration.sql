-- The /admin overview's ingest throughput (thumbnail rows made in the last 24 hours, every ten
-- seconds) reads derived_kind_created_at_idx, made by 20261202100000_metrics_recent_ingests.

-- The overview groups every asset and every derived file by the month it was added or made.
-- Without statistics on that expression the planner guesses one group per row and sorts the
-- whole table on disk (1.9 s and 3.9 s at 200,000 assets); with them it hashes a few hundred
-- groups in memory (0.3 s and 0.5 s). The queries must use this exact expression.
CREATE STATISTICS "assets_month_added_stats" ON (date_trunc('month', "created_at" AT TIME ZONE 'UTC')) FROM "assets";
CREATE STATISTICS "derived_month_made_stats" ON (date_trunc('month', "created_at" AT TIME ZONE 'UTC')) FROM "derived";
ANALYZE "assets";
ANALYZE "derived";
