// The SQL of search-as-you-type: a few performers, studios, tags and videos whose names (or
// aliases, titles, paths) are close to what was typed, best first, readable only. Entities by
// the trigram indexes on shoebox_entity_text (names and aliases), videos by the one on
// shoebox_video_text; the catalogue's own rule for visible videos (lib/catalogue).
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { TITLE } from '@/lib/catalogue/catalogue.queries';
import { visibleVideoSql } from '@/lib/catalogue/video-filters.queries';

type Sql = PrismaTypes.Sql;

export interface EntitySuggestionRow {
  id: string;
  name: string;
  image_key: string | null;
  updated_at: Date;
  video_count: number;
}

const LIMIT = 5;

/** Entities of `table` close to `q` that the user owns or sees on a visible video (`links`:
 * the visible videos linked to entity `e`). Readability is an EXISTS (stops at the first video);
 * only the five kept are counted. One or two characters match names by prefix (trigrams of so
 * little text match nearly everything). */
function entitySuggestions(userId: string, q: string, table: Sql, links: Sql): Promise<EntitySuggestionRow[]> {
  const me = Prisma.sql`${userId}::uuid`;
  const needle = q.toLowerCase();
  const escaped = needle.replace(/[\\%_]/g, (c) => `\\${c}`);
  const match =
    needle.length < 3
      ? Prisma.sql`lower(e.name) LIKE ${`${escaped}%`}`
      : Prisma.sql`(${needle} <<% shoebox_entity_text(e.name, e.aliases) OR shoebox_entity_text(e.name, e.aliases) LIKE ${`%${escaped}%`})`;
  return prisma().$queryRaw<EntitySuggestionRow[]>`
    SELECT x.id::text AS id, x.name, x.image_key, x.updated_at,
           (SELECT count(*)::int FROM (${links}) l) AS video_count
    FROM (
      SELECT e.id, e.name, e.image_key, e.updated_at,
             word_similarity(${needle}, shoebox_entity_text(e.name, e.aliases)) AS score
      FROM ${table} e
      WHERE ${match} AND e.name <> '' AND (e.owner_id = ${me} OR EXISTS (${links}))
      ORDER BY score DESC, lower(e.name), e.id
      LIMIT ${LIMIT}
    ) x (id, name, image_key, updated_at, score)
    CROSS JOIN LATERAL (SELECT x.id) e (id)
    ORDER BY x.score DESC, lower(x.name), x.id`;
}

const visibleLinked = (userId: string, join: Sql) =>
  Prisma.sql`SELECT 1 FROM assets a ${join} LEFT JOIN asset_user_states s ON s.asset_id = a.id AND s.user_id = ${userId}::uuid WHERE ${visibleVideoSql(userId)}`;

export const selectPerformerSuggestions = (userId: string, q: string) =>
  entitySuggestions(userId, q, Prisma.raw('people'), visibleLinked(userId, Prisma.sql`JOIN asset_people ap ON ap.asset_id = a.id AND ap.person_id = e.id`));
export const selectStudioSuggestions = (userId: string, q: string) =>
  entitySuggestions(userId, q, Prisma.raw('studios'), Prisma.sql`${visibleLinked(userId, Prisma.empty)} AND a.studio_id = e.id`);
export const selectTagSuggestions = (userId: string, q: string) =>
  entitySuggestions(userId, q, Prisma.raw('tags'), visibleLinked(userId, Prisma.sql`JOIN asset_tags at ON at.asset_id = a.id AND at.tag_id = e.id`));

export interface VideoSuggestionRow {
  id: string;
  title: string;
  has_thumb: boolean;
}

/** Visible videos whose title, description or path hold every typed word (typo-tolerant), closest first. */
export function selectVideoSuggestions(userId: string, q: string): Promise<VideoSuggestionRow[]> {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const text = Prisma.sql`shoebox_video_text(a.title, a.description, a.rel_path)`;
  const all = Prisma.join(words.map((w) => Prisma.sql`${w} <<% ${text}`), ' AND ');
  return prisma().$queryRaw<VideoSuggestionRow[]>`
    SELECT a.id::text AS id, ${TITLE} AS title,
           EXISTS (SELECT 1 FROM derived d WHERE d.asset_id = a.id AND d.kind = 'thumb') AS has_thumb
    FROM assets a LEFT JOIN asset_user_states s ON s.asset_id = a.id AND s.user_id = ${userId}::uuid
    WHERE ${all} AND ${visibleVideoSql(userId)}
    ORDER BY strict_word_similarity(${q.toLowerCase()}, ${text}) DESC, a.created_at DESC, a.id
    LIMIT ${LIMIT}`;
}
