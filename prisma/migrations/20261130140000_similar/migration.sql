-- TF-IDF "similar" (lib/similar, docs/similar.md). A video is a document of typed tokens
-- (tag:<id>, performer:<id>, studio:<id>, cast:solo, title:<word>, folder:<word>). What a
-- video's tokens are does not depend on who asks (similar_tokens); their IDF does, because it
-- counts only the videos each user can read, so each user has their own document counts
-- (similar_df), collection size (similar_users) and L2-normalised vectors (similar_vectors)
-- plus the mean profiles of performers and studios (similar_profiles). The choice of
-- per-user vectors over computing the IDF at query time is measured in docs/similar.md.

-- Token strings are long (a uuid): the vectors carry a 4-byte id instead. Only grows.
CREATE TABLE "similar_terms" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    CONSTRAINT "similar_terms_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "similar_terms_token_key" ON "similar_terms"("token");

-- A video's tokens: `kind` says where it came from (tag, inherited, performer, studio,
-- studio_parent, cast, title, folder), `tf` the sublinear count 1 + ln(n), `weight` = the
-- kind's weight × tf (lib/similar/token-weights.ts).
CREATE TABLE "similar_tokens" (
    "asset_id" UUID NOT NULL,
    "term_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "tf" REAL NOT NULL,
    "weight" REAL NOT NULL,
    CONSTRAINT "similar_tokens_pkey" PRIMARY KEY ("asset_id", "term_id"),
    CONSTRAINT "similar_tokens_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "similar_tokens_term_id_idx" ON "similar_tokens"("term_id");

-- A user whose vectors exist: how many videos their IDF counts, and when they were rebuilt.
CREATE TABLE "similar_users" (
    "user_id" UUID NOT NULL,
    "videos" INTEGER NOT NULL DEFAULT 0,
    "built_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "similar_users_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "similar_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "similar_df" (
    "user_id" UUID NOT NULL,
    "term_id" INTEGER NOT NULL,
    "df" INTEGER NOT NULL,
    CONSTRAINT "similar_df_pkey" PRIMARY KEY ("user_id", "term_id"),
    CONSTRAINT "similar_df_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "similar_users"("user_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- weight = token weight × idf_u, divided by the vector's L2 norm: a dot product is the cosine.
CREATE TABLE "similar_vectors" (
    "asset_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "term_id" INTEGER NOT NULL,
    "weight" REAL NOT NULL,
    CONSTRAINT "similar_vectors_pkey" PRIMARY KEY ("asset_id", "user_id", "term_id"),
    CONSTRAINT "similar_vectors_asset_id_fkey" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "similar_vectors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "similar_users"("user_id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The inverted index: a token's postings for one user, weight included (index-only scans).
CREATE INDEX "similar_vectors_postings_idx" ON "similar_vectors"("user_id", "term_id", "asset_id") INCLUDE ("weight");

-- The mean of an entity's (kind person | studio) videos' vectors, normalised again, without
-- the entity's own token.
CREATE TABLE "similar_profiles" (
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "term_id" INTEGER NOT NULL,
    "weight" REAL NOT NULL,
    CONSTRAINT "similar_profiles_pkey" PRIMARY KEY ("user_id", "kind", "entity_id", "term_id"),
    CONSTRAINT "similar_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "similar_users"("user_id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "similar_profiles_postings_idx" ON "similar_profiles"("user_id", "kind", "term_id", "entity_id") INCLUDE ("weight");

-- Videos and entities whose tokens changed since their vectors were made. Filled by the
-- triggers below; emptied by lib/similar/refresh-dirty.ts before a similar list is answered.
CREATE TABLE "similar_dirty" (
    "asset_id" UUID NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "similar_dirty_pkey" PRIMARY KEY ("asset_id")
);
CREATE TABLE "similar_dirty_entities" (
    "kind" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    CONSTRAINT "similar_dirty_entities_pkey" PRIMARY KEY ("kind", "entity_id")
);

-- The words of a title or folder path: lower case, accents folded (NFD, marks dropped), split
-- on anything but letters and digits, without English stop words, file-name noise, one-letter
-- words and numbers; the first 40. One definition, used by rebuild and refresh alike.
CREATE FUNCTION similar_words(input TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT s.w FROM regexp_split_to_table(
      regexp_replace(normalize(lower(COALESCE(input, '')), NFD), '[\u0300-\u036f]', '', 'g'),
      '[^[:alnum:]]+') WITH ORDINALITY AS s(w, i)
  WHERE char_length(s.w) > 1 AND s.w !~ '^[0-9]+$' AND NOT (s.w = ANY (ARRAY[
    'a','about','above','after','again','against','all','am','an','and','any','are','as','at',
    'be','because','been','before','being','below','between','both','but','by','can','could',
    'did','do','does','doing','down','during','each','few','for','from','further','had','has',
    'have','having','he','her','here','hers','herself','him','himself','his','how','i','if','in',
    'into','is','it','its','itself','just','me','more','most','my','myself','no','nor','not',
    'now','of','off','on','once','only','or','other','our','ours','ourselves','out','over','own',
    'same','she','should','so','some','such','than','that','the','their','theirs','them',
    'themselves','then','there','these','they','this','those','through','to','too','under',
    'until','up','very','was','we','were','what','when','where','which','while','who','whom',
    'why','will','with','would','you','your','yours','yourself','yourselves',
    'mp4','mkv','avi','mov','wmv','webm','m4v','ts','x264','x265','h264','h265','hevc','avc',
    'aac','1080p','720p','480p','2160p','4k','uhd','hd','sd','web','dl','webrip','bluray'
  ]))
  ORDER BY s.i LIMIT 40
$$;

-- Marking what changed: a video's own links, title, path, studio and visibility; a
-- performer's tags (all their videos); a studio's parent (all its videos); a library's
-- members (all its videos: who may read them changed).
CREATE FUNCTION similar_mark_asset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO similar_dirty (asset_id) VALUES (OLD.asset_id) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO similar_dirty (asset_id) VALUES (NEW.asset_id) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_TABLE_NAME = 'asset_people' THEN
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO similar_dirty_entities (kind, entity_id) VALUES ('person', OLD.person_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO similar_dirty_entities (kind, entity_id) VALUES ('person', NEW.person_id) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "asset_tags_similar" AFTER INSERT OR UPDATE OR DELETE ON "asset_tags"
  FOR EACH ROW EXECUTE FUNCTION similar_mark_asset();
CREATE TRIGGER "asset_people_similar" AFTER INSERT OR UPDATE OR DELETE ON "asset_people"
  FOR EACH ROW EXECUTE FUNCTION similar_mark_asset();

CREATE FUNCTION similar_mark_video() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.type = 'video' OR OLD.type = 'video' THEN
    INSERT INTO similar_dirty (asset_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    IF OLD.studio_id IS NOT NULL THEN
      INSERT INTO similar_dirty_entities (kind, entity_id) VALUES ('studio', OLD.studio_id) ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.studio_id IS NOT NULL THEN
      INSERT INTO similar_dirty_entities (kind, entity_id) VALUES ('studio', NEW.studio_id) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "assets_similar_insert" AFTER INSERT ON "assets"
  FOR EACH ROW WHEN (NEW.type = 'video') EXECUTE FUNCTION similar_mark_video();
CREATE TRIGGER "assets_similar_update" AFTER UPDATE ON "assets"
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.rel_path IS DISTINCT FROM NEW.rel_path
    OR OLD.studio_id IS DISTINCT FROM NEW.studio_id OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.ingest_status IS DISTINCT FROM NEW.ingest_status OR OLD.library_id IS DISTINCT FROM NEW.library_id
    OR OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.copy_of IS DISTINCT FROM NEW.copy_of
    OR OLD.type IS DISTINCT FROM NEW.type)
  EXECUTE FUNCTION similar_mark_video();

CREATE FUNCTION similar_mark_person_videos() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
BEGIN
  INSERT INTO similar_dirty (asset_id) SELECT ap.asset_id FROM asset_people ap WHERE ap.person_id = p
    ON CONFLICT DO NOTHING;
  INSERT INTO similar_dirty_entities (kind, entity_id) VALUES ('person', p) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "person_tags_similar" AFTER INSERT OR UPDATE OR DELETE ON "person_tags"
  FOR EACH ROW EXECUTE FUNCTION similar_mark_person_videos();

CREATE FUNCTION similar_mark_studio_videos() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO similar_dirty (asset_id) SELECT a.id FROM assets a WHERE a.studio_id = NEW.id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "studios_similar" AFTER UPDATE ON "studios"
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION similar_mark_studio_videos();

CREATE FUNCTION similar_mark_library_videos() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE l UUID := CASE WHEN TG_OP = 'DELETE' THEN OLD.library_id ELSE NEW.library_id END;
BEGIN
  INSERT INTO similar_dirty (asset_id) SELECT a.id FROM assets a WHERE a.library_id = l AND a.type = 'video'
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "library_members_similar" AFTER INSERT OR DELETE ON "library_members"
  FOR EACH ROW EXECUTE FUNCTION similar_mark_library_videos();

-- Videos that exist already: marked, so the minute job (similar:refresh) makes their tokens
-- in batches; each user's vectors are built on their first question or by the nightly rebuild.
INSERT INTO similar_dirty (asset_id) SELECT id FROM assets WHERE type = 'video';
