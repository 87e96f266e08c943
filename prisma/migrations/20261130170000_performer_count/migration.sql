-- The number of performers linked to a video, kept by a trigger on asset_people, so the
-- catalogue's cast filter (solo = 1, duo = 2, group = 3 or more) is a column test instead of an
-- aggregate over every link (174,000 links at 100,000 videos: the "group cast" query took
-- 108 ms, the slowest of bench:catalogue). The links stay the truth; this is derived.
ALTER TABLE "assets" ADD COLUMN "performer_count" SMALLINT NOT NULL DEFAULT 0;

UPDATE "assets" a SET "performer_count" = c.n
FROM (SELECT asset_id, count(*)::smallint AS n FROM "asset_people" GROUP BY asset_id) c
WHERE c.asset_id = a.id;

-- Statement-level: a bulk link or a merge that moves thousands of links counts each touched
-- video once, from the links as they are after the statement.
CREATE FUNCTION "assets_recount_performers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "assets" a SET "performer_count" = (SELECT count(*) FROM "asset_people" p WHERE p.asset_id = a.id)
  WHERE a.id IN (SELECT asset_id FROM changed)
    AND a."performer_count" IS DISTINCT FROM (SELECT count(*) FROM "asset_people" p WHERE p.asset_id = a.id);
  RETURN NULL;
END $$;

CREATE TRIGGER "asset_people_count_insert" AFTER INSERT ON "asset_people"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "assets_recount_performers"();
CREATE TRIGGER "asset_people_count_delete" AFTER DELETE ON "asset_people"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "assets_recount_performers"();
-- An update that moves a link to another video changes both: the old rows' and the new rows'.
CREATE TRIGGER "asset_people_count_update_old" AFTER UPDATE ON "asset_people"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "assets_recount_performers"();
CREATE TRIGGER "asset_people_count_update_new" AFTER UPDATE ON "asset_people"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "assets_recount_performers"();
