-- /api/metrics counts assets ingested in the last five minutes from their thumbnails' created_at
-- (an ingest stamps it): this index makes that a short range read on a library of millions.
CREATE INDEX "derived_kind_created_at_idx" ON "derived"("kind", "created_at");
