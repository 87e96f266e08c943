-- ML analysis (lib/ml): per asset, what the ml:analyze job learnt from its preview (colours,
-- quality, perceptual hash, zero-shot answers, caption), its CLIP embedding, and its faces.
-- All of it is derived: deleting these rows and queueing ml:analyze again rebuilds it.

-- One row per analysed asset. Each part has its own "done" marker, so a part that could not run
-- (the CLIP model not downloaded yet, a --no-ml worker) is filled in later without redoing the rest.
CREATE TABLE "analyses" (
  "asset_id"       UUID PRIMARY KEY REFERENCES "assets"("id") ON DELETE CASCADE,
  -- [{ "hex": "#rrggbb", "share": 0..1 }], largest share first, at most 6.
  "palette"        JSONB,
  "dominant_color" TEXT,
  -- The dominant colour's name in a small fixed list (red, orange, …): the colour filter.
  "color_name"     TEXT,
  -- 0–100, and the parts it was made from ({ sharpness, exposure, noise, resolution }, each 0–1).
  "quality"        REAL,
  "quality_parts"  JSONB,
  -- 64-bit DCT perceptual hash of the preview, as a signed bigint (bit 63 is the sign).
  "phash"          BIGINT,
  "colours_at"     TIMESTAMPTZ(3),
  -- Zero-shot answers over the CLIP embedding: { question: score }, and the questions whose
  -- score passed their calibrated threshold (searchable, filterable).
  "answers"        JSONB,
  "labels"         TEXT[] DEFAULT ARRAY[]::TEXT[],
  "caption"        TEXT,
  -- Which model made the embedding/answers, faces and caption; null: that part has not run.
  "clip_model"     TEXT,
  "faces_model"    TEXT,
  "caption_model"  TEXT,
  "error"          TEXT,
  "updated_at"     TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "analyses_labels_idx" ON "analyses" USING GIN ("labels");
CREATE INDEX "analyses_phash_idx" ON "analyses" ("phash") WHERE "phash" IS NOT NULL;

-- CLIP image embeddings: float32 little-endian, L2-normalised. "key" is the vector index's
-- numeric id (usearch keys are integers); it only grows, so an index that covers keys up to N
-- catches up by reading the rows above N.
CREATE TABLE "embeddings" (
  "key"        BIGSERIAL PRIMARY KEY,
  "asset_id"   UUID NOT NULL REFERENCES "assets"("id") ON DELETE CASCADE,
  "model"      TEXT NOT NULL,
  "vector"     BYTEA NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "embeddings_asset_id_model_key" ON "embeddings" ("asset_id", "model");
CREATE INDEX "embeddings_model_key_idx" ON "embeddings" ("model", "key");

-- People from faces are the same rows as the video catalogue's performers.
ALTER TABLE "people" ADD COLUMN "hidden" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "people" ADD COLUMN "cover_face_id" UUID;

-- A detected face: box relative to the preview (0–1, upright), detector score, the 68 landmarks
-- (relative), a 128-d descriptor (float32 LE), and whether it is good enough to cluster.
CREATE TABLE "faces" (
  "id"           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  "asset_id"     UUID NOT NULL REFERENCES "assets"("id") ON DELETE CASCADE,
  "person_id"    UUID REFERENCES "people"("id") ON DELETE SET NULL,
  "box_x"        REAL NOT NULL,
  "box_y"        REAL NOT NULL,
  "box_w"        REAL NOT NULL,
  "box_h"        REAL NOT NULL,
  "score"        REAL NOT NULL,
  "landmarks"    JSONB,
  "descriptor"   BYTEA NOT NULL,
  -- Too small or too blurred: kept and shown, never clustered.
  "clusterable"  BOOLEAN NOT NULL DEFAULT true,
  -- 'auto' (faces:cluster) or 'user' (a person named/assigned it by hand; clustering keeps it).
  "assigned_by"  TEXT NOT NULL DEFAULT 'auto',
  -- Set when clustering looked at the face (joined a person or stayed unassigned as noise).
  "clustered_at" TIMESTAMPTZ(3),
  "created_at"   TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "faces_asset_id_idx" ON "faces" ("asset_id");
CREATE INDEX "faces_person_id_idx" ON "faces" ("person_id");
CREATE INDEX "faces_unclustered_idx" ON "faces" ("created_at") WHERE "clustered_at" IS NULL;

ALTER TABLE "people" ADD CONSTRAINT "people_cover_face_id_fkey" FOREIGN KEY ("cover_face_id") REFERENCES "faces"("id") ON DELETE SET NULL;

-- "Not this person": clustering never puts the face back into that person.
CREATE TABLE "face_rejections" (
  "face_id"   UUID NOT NULL REFERENCES "faces"("id") ON DELETE CASCADE,
  "person_id" UUID NOT NULL REFERENCES "people"("id") ON DELETE CASCADE,
  PRIMARY KEY ("face_id", "person_id")
);
CREATE INDEX "face_rejections_person_id_idx" ON "face_rejections" ("person_id");

-- ML model downloads, shown in /admin: one row per model id while and after it is fetched.
CREATE TABLE "ml_models" (
  "id"          TEXT PRIMARY KEY,
  "status"      TEXT NOT NULL,
  "bytes_done"  BIGINT NOT NULL DEFAULT 0,
  "bytes_total" BIGINT,
  "error"       TEXT,
  "updated_at"  TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
