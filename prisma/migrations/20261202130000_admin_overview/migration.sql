-- The /admin overview's ingest throughput counts thumbnail rows made in the last 24 hours,
-- every ten seconds: without this index it reads the whole derived table each time.
CREATE INDEX "derived_kind_created_at_idx" ON "derived"("kind", "created_at");
