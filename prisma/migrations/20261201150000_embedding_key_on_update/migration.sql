-- The vector index (lib/vectors, docs/search.md) is a file per model covering every key up to
-- its maxKey, and each process reads the keys above it as a delta. An asset re-embedded in
-- place (the CLIP part upserts on asset_id + model) must therefore get a NEW key: with its old
-- key the new vector would be in neither the index (built with the old vector) nor the delta.
-- The old key's index entry then points at no row and the SQL re-check drops it.
CREATE FUNCTION "shoebox_embedding_new_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."key" := nextval(pg_get_serial_sequence('"embeddings"', 'key'));
  RETURN NEW;
END $$;

CREATE TRIGGER "embeddings_new_key"
  BEFORE UPDATE OF "vector", "model" ON "embeddings"
  FOR EACH ROW WHEN (OLD."vector" IS DISTINCT FROM NEW."vector" OR OLD."model" IS DISTINCT FROM NEW."model")
  EXECUTE FUNCTION "shoebox_embedding_new_key"();
