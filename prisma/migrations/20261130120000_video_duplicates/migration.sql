-- Duplicates (lib/duplicates, docs/videos.md "Duplicates").
--
-- 1. Copies of one file: assets.copy_of (migration 20261130100500_video_copies) is kept here.
-- In every group of videos with the same checksum, the first copy is the earliest added
-- (created_at, then id) that is not trashed; every other video of the group (trashed ones
-- too) points at it, the first itself and a video without copies hold null. A group is
-- recomputed whenever one of its videos is inserted, deleted, or changes checksum, status,
-- type or added time.
--
-- Statement-level triggers with transition tables: a scan inserting 10,000 rows or a bulk
-- trash of 10,000 recomputes each touched group once, in one UPDATE. No pg_trigger_depth()
-- guard: a library's or user's deletion deletes its assets from inside a cascade (depth 2),
-- and the copies left in other libraries must still be promoted. Recursion is stopped by the
-- change filter instead: the trigger's own UPDATE sets only copy_of, which changes none of the
-- watched columns, so the nested run finds no group to recompute; and it writes only rows
-- whose copy_of really changes.
CREATE FUNCTION "shoebox_video_copies_recompute"(groups BYTEA[], touched UUID[]) RETURNS void LANGUAGE sql AS $$
  WITH firsts AS (
    SELECT DISTINCT ON (f.checksum) f.checksum, f.id FROM assets f
    WHERE f.type = 'video' AND f.checksum = ANY(groups) AND f.status <> 'trashed'
    ORDER BY f.checksum, f.created_at, f.id
  ), wanted AS (
    SELECT v.id, CASE WHEN v.type = 'video' AND fi.id <> v.id THEN fi.id END AS first
    FROM assets v LEFT JOIN firsts fi ON fi.checksum = v.checksum AND v.type = 'video'
    WHERE (v.type = 'video' AND v.checksum = ANY(groups)) OR v.id = ANY(touched)
  )
  UPDATE assets a SET copy_of = w.first FROM wanted w
  WHERE a.id = w.id AND a.copy_of IS DISTINCT FROM w.first
$$;

-- Each trigger collects the touched groups first and stops when there are none: a statement
-- trigger fires even for an UPDATE of no rows, so the nested run must not start another.
CREATE FUNCTION "shoebox_video_copies_apply"(groups BYTEA[], touched UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(groups) > 0 OR cardinality(touched) > 0 THEN
    PERFORM shoebox_video_copies_recompute(groups, touched);
  END IF;
END $$;

CREATE FUNCTION "shoebox_video_copies_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM shoebox_video_copies_apply(
    ARRAY(SELECT DISTINCT n.checksum FROM new_rows n WHERE n.type = 'video' AND n.checksum IS NOT NULL),
    ARRAY(SELECT n.id FROM new_rows n WHERE n.copy_of IS NOT NULL));
  RETURN NULL;
END $$;

CREATE FUNCTION "shoebox_video_copies_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM shoebox_video_copies_apply(
    ARRAY(SELECT DISTINCT c FROM old_rows o JOIN new_rows n ON n.id = o.id,
            LATERAL (VALUES (CASE WHEN o.type = 'video' THEN o.checksum END), (CASE WHEN n.type = 'video' THEN n.checksum END)) AS x(c)
          WHERE c IS NOT NULL
            AND (o.checksum IS DISTINCT FROM n.checksum OR o.status IS DISTINCT FROM n.status
                 OR o.type IS DISTINCT FROM n.type OR o.created_at IS DISTINCT FROM n.created_at)),
    ARRAY(SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE n.copy_of IS NOT NULL AND (o.checksum IS DISTINCT FROM n.checksum OR o.type IS DISTINCT FROM n.type)));
  RETURN NULL;
END $$;

CREATE FUNCTION "shoebox_video_copies_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM shoebox_video_copies_apply(
    ARRAY(SELECT DISTINCT o.checksum FROM old_rows o WHERE o.type = 'video' AND o.checksum IS NOT NULL),
    ARRAY[]::uuid[]);
  RETURN NULL;
END $$;

CREATE TRIGGER "assets_video_copies_insert" AFTER INSERT ON "assets"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_video_copies_insert"();
CREATE TRIGGER "assets_video_copies_update" AFTER UPDATE ON "assets"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_video_copies_update"();
CREATE TRIGGER "assets_video_copies_delete" AFTER DELETE ON "assets"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "shoebox_video_copies_delete"();

-- A copy group's lookup: videos by checksum, in first-copy order.
CREATE INDEX "assets_video_checksum_idx" ON "assets" ("checksum", "created_at", "id") WHERE "type" = 'video';

-- Existing videos get their copy_of now.
SELECT shoebox_video_copies_apply(
  ARRAY(SELECT DISTINCT checksum FROM assets WHERE type = 'video' AND checksum IS NOT NULL), ARRAY[]::uuid[]);

-- 2. Near-duplicates: pairs of videos whose perceptual hashes (video_meta.phash) differ in at
-- most 10 bits (Stash's "low" accuracy, the widest offered), smaller id first, found by the
-- video:duplicate-pairs job when a hash changes. Exact copies (same checksum) are not stored:
-- they are one catalogue entry already. Who may see a pair is decided when it is read.
CREATE TABLE "video_duplicate_pairs" (
    "asset_a" UUID NOT NULL,
    "asset_b" UUID NOT NULL,
    "distance" SMALLINT NOT NULL,
    CONSTRAINT "video_duplicate_pairs_pkey" PRIMARY KEY ("asset_a","asset_b")
);
CREATE INDEX "video_duplicate_pairs_asset_b_idx" ON "video_duplicate_pairs"("asset_b");
ALTER TABLE "video_duplicate_pairs" ADD CONSTRAINT "video_duplicate_pairs_asset_a_fkey" FOREIGN KEY ("asset_a") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_duplicate_pairs" ADD CONSTRAINT "video_duplicate_pairs_asset_b_fkey" FOREIGN KEY ("asset_b") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A user's "these two are not duplicates", smaller id first: the pair is no longer shown to them.
CREATE TABLE "video_not_duplicates" (
    "user_id" UUID NOT NULL,
    "asset_a" UUID NOT NULL,
    "asset_b" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "video_not_duplicates_pkey" PRIMARY KEY ("user_id","asset_a","asset_b")
);
ALTER TABLE "video_not_duplicates" ADD CONSTRAINT "video_not_duplicates_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_not_duplicates" ADD CONSTRAINT "video_not_duplicates_asset_a_fkey" FOREIGN KEY ("asset_a") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "video_not_duplicates" ADD CONSTRAINT "video_not_duplicates_asset_b_fkey" FOREIGN KEY ("asset_b") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
