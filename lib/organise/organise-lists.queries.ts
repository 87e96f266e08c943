// The SQL of the lists of organise: the card grids of performers, studios and tags (with the
// counts over the videos the asking user can read) and the videos of one of them. Who may
// see a video is lib/access's readableAssetSql (on assets `a`); who may see a performer,
// studio or tag is its readableOrganiseSql (on `e`).
//
// "The videos of" (documented in docs/videos.md for the other rooms):
//   performer: asset_people;
//   studio: assets.studio_id of the studio and every studio below it (recursive on parent_id);
//   tag: asset_tags ∪ person_tags of the video's asset_people, for the tag and every tag
//        below it (recursive on tag_parents).
import { readableAssetSql, readableOrganiseSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { TABLE } from './organise.queries';
import type { EntityKind, EntityListQuery, EntitySort } from './organise.schemas';

type Sql = PrismaTypes.Sql;

/** (eid, asset_id) pairs for every entity in the CTE named `from` (a column `id`), by the rule
 * above; may repeat a pair (callers take DISTINCT once). Needs WITH RECURSIVE. */
function linkedPairsCtes(kind: EntityKind, from: Sql = Prisma.raw('ents')): Sql {
  switch (kind) {
    case 'person':
      return Prisma.sql`pairs AS (SELECT ap.person_id AS eid, ap.asset_id FROM ${from} f JOIN asset_people ap ON ap.person_id = f.id)`;
    case 'studio':
      return Prisma.sql`tree(anc, des) AS (SELECT id, id FROM ${from} UNION SELECT tree.anc, s.id FROM tree JOIN studios s ON s.parent_id = tree.des),
        pairs AS (SELECT tree.anc AS eid, a.id AS asset_id FROM tree JOIN assets a ON a.studio_id = tree.des)`;
    case 'tag':
      return Prisma.sql`tree(anc, des) AS (SELECT id, id FROM ${from} UNION SELECT tree.anc, tp.tag_id FROM tree JOIN tag_parents tp ON tp.parent_id = tree.des),
        pairs AS (SELECT tree.anc AS eid, at.asset_id FROM tree JOIN asset_tags at ON at.tag_id = tree.des
                  UNION ALL SELECT tree.anc, ap.asset_id FROM tree JOIN person_tags pt ON pt.tag_id = tree.des JOIN asset_people ap ON ap.person_id = pt.person_id)`;
  }
}

/** A video in a list: online, ready, readable by the user. */
const listedVideo = (userId: string) => Prisma.sql`a.type = 'video' AND a.status = 'online' AND a.ingest_status = 'ready' AND ${readableAssetSql(userId)}`;

/** Name or alias contains the words (any case), or resembles them (pg_trgm: "jon" finds "John"). */
function matchesSql(q: string): Sql {
  const hit = (col: Sql) => Prisma.sql`(strpos(lower(${col}), lower(${q})) > 0 OR word_similarity(lower(${q}), lower(${col})) >= 0.5)`;
  return Prisma.sql`(${hit(Prisma.sql`e.name`)} OR EXISTS (SELECT 1 FROM unnest(e.aliases) al WHERE ${hit(Prisma.sql`al`)}))`;
}

const ORDER: Record<EntitySort, Sql> = {
  name: Prisma.sql`lower(e.name) ASC, e.id ASC`,
  videos: Prisma.sql`COALESCE(st.videos, 0) DESC, lower(e.name) ASC, e.id ASC`,
  duration: Prisma.sql`COALESCE(st.duration_ms, 0) DESC, lower(e.name) ASC, e.id ASC`,
  rating: Prisma.sql`st.rating DESC NULLS LAST, lower(e.name) ASC, e.id ASC`,
  added: Prisma.sql`e.created_at DESC, e.id DESC`,
};

export interface EntityCardRow {
  total: number;
  id: string;
  name: string;
  aliases: string[];
  image_key: string | null;
  created_at: Date;
  updated_at: Date;
  videos: number;
  duration_ms: number;
  /** Average in halves (1–10). */
  rating: number | null;
}

/** Sorts that need no counts: the page is cut first and only its entities are counted (the
 * counts of a tag walk its descendants and its performers' videos, costly over thousands). */
const PAGE_FIRST: Record<EntitySort, boolean> = { name: true, added: true, videos: false, duration: false, rating: false };
const PAGE_ORDER: Record<'name' | 'added', Sql> = { name: Prisma.sql`lower(e.name) ASC, e.id ASC`, added: Prisma.sql`e.created_at DESC, e.id DESC` };

/** People found by face clustering stay unnamed ('') until named on /people: not listed as
 * performers yet (one asked for by id, as a merge's answer, still is found). */
const NAMED = Prisma.sql`e.name <> ''`;

/** One page of the entities the user may see, with their counts; `onlyId` narrows to one (the details page). */
export function selectEntityCards(kind: EntityKind, userId: string, query: EntityListQuery, onlyId?: string): Promise<EntityCardRow[]> {
  const q = query.q ? matchesSql(query.q) : Prisma.sql`true`;
  const one = onlyId ? Prisma.sql`e.id = ${onlyId}::uuid` : Prisma.sql`true`;
  const offset = (query.page - 1) * query.pageSize;
  const pageFirst = PAGE_FIRST[query.sort];
  const counted = pageFirst
    ? Prisma.sql`pg AS (SELECT e.id FROM ents JOIN ${TABLE[kind]} e ON e.id = ents.id ORDER BY ${PAGE_ORDER[query.sort as 'name' | 'added']} LIMIT ${query.pageSize} OFFSET ${offset}), `
    : Prisma.empty;
  return prisma().$queryRaw<EntityCardRow[]>`
    WITH RECURSIVE ents AS (
      SELECT e.id FROM ${TABLE[kind]} e WHERE ${one} AND ${readableOrganiseSql(kind, userId)} AND ${q} AND ${onlyId ? Prisma.sql`true` : NAMED}
    ), ${counted}${linkedPairsCtes(kind, pageFirst ? Prisma.raw('pg') : Prisma.raw('ents'))},
    st AS (
      SELECT p.eid, count(*)::int AS videos, COALESCE(sum(a.duration_ms), 0)::float8 AS duration_ms, avg(s.rating)::float8 AS rating
      FROM (SELECT DISTINCT eid, asset_id FROM pairs) p
      JOIN assets a ON a.id = p.asset_id AND ${listedVideo(userId)}
      LEFT JOIN asset_user_states s ON s.asset_id = a.id AND s.user_id = ${userId}::uuid
      GROUP BY p.eid
    )
    SELECT (SELECT count(*) FROM ents)::int AS total, e.id::text AS id, e.name, COALESCE(e.aliases, '{}') AS aliases, e.image_key, e.created_at, e.updated_at,
           COALESCE(st.videos, 0) AS videos, COALESCE(st.duration_ms, 0) AS duration_ms, st.rating
    FROM ${pageFirst ? Prisma.raw('pg') : Prisma.raw('ents')} f JOIN ${TABLE[kind]} e ON e.id = f.id LEFT JOIN st ON st.eid = e.id
    ORDER BY ${ORDER[query.sort]}
    LIMIT ${query.pageSize} OFFSET ${pageFirst ? 0 : offset}`;
}

export async function countEntities(kind: EntityKind, userId: string, q: string | undefined): Promise<number> {
  const rows = await prisma().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM ${TABLE[kind]} e WHERE ${readableOrganiseSql(kind, userId)} AND ${q ? matchesSql(q) : Prisma.sql`true`} AND ${NAMED}`;
  return rows[0].n;
}

