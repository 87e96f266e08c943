// The catalogue's lists: a page of cards in any sort, the cards of given ids, a seeded random
// pick and the spotlight pick. Which videos: videoFilterSql with visibleVideoSql (the picks) or,
// for the page, listedVideoSql (the same set, written for indexes: docs/videos.md "Catalogue
// speed"). Each card carries this user's own state and what the grid and list views show.
import { readableAssetSql, selectSharedLibraryIds } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { TITLE } from './catalogue.queries';
import { SORT_DEFAULT_DIR, type VideoFilter, type VideoListQuery, type VideoSort } from './catalogue.schemas';
import { filterReadsState, listedUnarchivedSql, listedVideoSql, videoFilterSql, visibleVideoSql } from './video-filters.queries';

type Sql = PrismaTypes.Sql;

/** The sort key of each sort, on `a`, `s` (this user's state) and `vm` (video_meta, joined
 * when `needs` says so).
 * Names sort in the "natural" collation (ICU, numeric: "Clip 2" before "Clip 10"). */
interface SortKey {
  key: Sql;
  needs?: 'vm' | 'likers';
  /** The key reads `s`, this user's state row. */
  state?: boolean;
  /** The key is never null: the ORDER BY leaves out NULLS LAST, so that a descending order is a
   * backward walk of an ascending index (DESC NULLS LAST is no index's backward order). */
  notNull?: boolean;
}

function sortKey(sort: VideoSort, seed: number): SortKey {
  switch (sort) {
    case 'title':
      return { key: Prisma.sql`${TITLE} COLLATE "natural"`, notNull: true };
    case 'added':
    case 'newest':
      return { key: Prisma.sql`a.created_at`, notNull: true };
    case 'taken':
      return { key: Prisma.sql`COALESCE(a.taken_at_utc AT TIME ZONE 'UTC', a.taken_at_local)`, notNull: true };
    case 'released':
      return { key: Prisma.sql`a.release_date` };
    case 'duration':
      return { key: Prisma.sql`a.duration_ms` };
    case 'size':
      return { key: Prisma.sql`a.size`, notNull: true };
    case 'resolution':
      return { key: Prisma.sql`a.width::bigint * a.height` };
    case 'bitrate':
      return { key: Prisma.sql`vm.bitrate`, needs: 'vm' };
    case 'rating':
      return { key: Prisma.sql`s.rating`, state: true };
    case 'likes':
      // The matching videos' likes joined and counted (GROUP BY a.id): an aggregate of every
      // like of every video joined to all assets for the likers' access cost 160 ms whatever
      // the filter, a count per video by index 120 ms for 29,000 videos.
      return { key: Prisma.sql`count(l.asset_id)`, needs: 'likers', notNull: true };
    case 'plays':
      return { key: Prisma.sql`coalesce(s.play_count, 0)`, state: true, notNull: true };
    case 'viewTime':
      return { key: Prisma.sql`coalesce(s.view_seconds, 0)`, state: true, notNull: true };
    case 'lastViewed':
      return { key: Prisma.sql`s.last_viewed_at`, state: true };
    case 'fileName':
      return { key: Prisma.sql`substring(a.rel_path from '[^/]*$') COLLATE "natural"`, notNull: true };
    case 'path':
      return { key: Prisma.sql`a.rel_path COLLATE "natural"`, notNull: true };
    case 'random':
      // A hash of the id under the seed: the same order on every page for one seed.
      return { key: Prisma.sql`hashtextextended(a.id::text, ${seed}::bigint)`, notNull: true };
  }
}

/** The likes of video `a` by the people who can still see it (the owner and the library's
 * members), one row each, for `count(l.asset_id)`. */
const LIKERS = Prisma.sql`LEFT JOIN asset_user_states l ON l.asset_id = a.id AND l.liked_at IS NOT NULL AND ${readableAssetSql(Prisma.sql`l.user_id`)}`;

/** Likes of video `a` by the people who can still see it. */
const LIKE_COUNT = Prisma.sql`(SELECT count(*)::int FROM asset_user_states l WHERE l.asset_id = a.id AND l.liked_at IS NOT NULL
    AND ${readableAssetSql(Prisma.sql`l.user_id`)})`;

const stateOf = (userId: string) => Prisma.sql`LEFT JOIN asset_user_states s ON s.asset_id = a.id AND s.user_id = ${userId}::uuid`;

/** The card's columns for the videos of `ids` (a subquery with id and ord), in `ord` order. */
function cardsSql(userId: string, ids: Sql): Sql {
  return Prisma.sql`
    SELECT a.id::text AS id, ${TITLE} AS title, a.rel_path, a.library_id::text AS library_id, lib.name AS library_name,
           a.size::float8 AS size, vm.bitrate, vm.video_codec, a.duration_ms, a.width, a.height, a.created_at, a.taken_at_local,
           to_char(a.release_date, 'YYYY-MM-DD') AS release_date, a.organised,
           st.id::text AS studio_id, st.name AS studio_name,
           (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY lower(p.name), p.id), '[]')
              FROM (SELECT p.id, p.name FROM asset_people ap JOIN people p ON p.id = ap.person_id
                    WHERE ap.asset_id = a.id ORDER BY lower(p.name), p.id LIMIT 5) p) AS performers,
           (SELECT array_agg(d.kind::text) FROM derived d WHERE d.asset_id = a.id) AS kinds,
           s.resume_at, s.play_count, s.liked_at, s.favourite_at, s.rating, s.view_seconds, s.last_viewed_at,
           ${LIKE_COUNT} AS like_count
    FROM (${ids}) ids
    JOIN assets a ON a.id = ids.id
    JOIN libraries lib ON lib.id = a.library_id
    LEFT JOIN video_meta vm ON vm.asset_id = a.id
    LEFT JOIN studios st ON st.id = a.studio_id
    ${stateOf(userId)}
    ORDER BY ids.ord`;
}

export interface CardRow {
  id: string;
  title: string;
  rel_path: string;
  library_id: string;
  library_name: string;
  size: number;
  bitrate: number | null;
  video_codec: string | null;
  duration_ms: number | null;
  width: number | null;
  height: number | null;
  created_at: Date;
  taken_at_local: Date;
  release_date: string | null;
  organised: boolean;
  studio_id: string | null;
  studio_name: string | null;
  performers: { id: string; name: string }[];
  kinds: string[] | null;
  resume_at: number | null;
  play_count: number | null;
  liked_at: Date | null;
  favourite_at: Date | null;
  rating: number | null;
  view_seconds: number | null;
  last_viewed_at: Date | null;
  like_count: number;
}

/**
 * The ids of one page and the total, in one round trip. Never a window function over every
 * visible video (the sort of all 100,000 spilled to disk) and never JIT (see
 * hiddenCopyListedSql). Two shapes:
 * - no filter: two independent parts on assets itself. The page is `ORDER BY key, id LIMIT n
 *   OFFSET k`: for an indexed key (added, title, path, file name: the partial covering indexes of
 *   migration 20261130160000) PostgreSQL walks the index in order and stops after the page, any
 *   other key is a top-N sort; the total is an index-only count.
 * - filters: the matching set is computed once (a CTE `visible` of id and key: a filter's
 *   subqueries, like the trigram search, would otherwise run twice), counted, and its page taken
 *   by a top-N sort.
 * Ties never overlap across pages (the id breaks them), nulls last both ways.
 * `sharedLibraryIds`: selectSharedLibraryIds(userId), read just before.
 */
export function videoPageIdsSql(userId: string, query: VideoListQuery, seed: number, sharedLibraryIds: readonly string[]): Sql {
  const { key, needs, state, notNull } = sortKey(query.sort, seed);
  const desc = (query.dir ?? SORT_DEFAULT_DIR[query.sort]) === 'desc';
  const nulls = notNull ? Prisma.empty : Prisma.sql` NULLS LAST`;
  const dir = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const byKey = (k: Sql, id: Sql) => Prisma.sql`${k} ${dir}${nulls}, ${id} ${dir}`;
  const withState = state === true || filterReadsState(query);
  const filter = videoFilterSql(userId, query);
  const where = Prisma.sql`${listedVideoSql(userId, sharedLibraryIds, withState)} AND ${filter}`;
  const stateJoin = withState ? stateOf(userId) : Prisma.empty;
  const joins = Prisma.join(
    [stateJoin, needs === 'vm' ? Prisma.sql`LEFT JOIN video_meta vm ON vm.asset_id = a.id` : Prisma.empty, needs === 'likers' ? LIKERS : Prisma.empty],
    ' ',
  );
  const group = needs === 'likers' ? Prisma.sql`GROUP BY a.id` : Prisma.empty;
  const page = Prisma.sql`LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  const pageOf = (rows: Sql) => Prisma.sql`(SELECT array_agg(p.id::text ORDER BY ${byKey(Prisma.sql`p.k`, Prisma.sql`p.id`)}) FROM (${rows}) p)`;
  if (filter.text === 'true') {
    // All the user may see minus what they archived of it (their archived rows, by index).
    const unarchived = listedUnarchivedSql(userId, sharedLibraryIds);
    return Prisma.sql`
      SELECT ((SELECT count(*) FROM assets a WHERE ${unarchived})
              - (SELECT count(*) FROM asset_user_states x JOIN assets a ON a.id = x.asset_id
                 WHERE x.user_id = ${userId}::uuid AND x.archived AND ${unarchived}))::int AS total,
             ${pageOf(Prisma.sql`SELECT a.id, ${key} AS k FROM assets a ${joins} WHERE ${where} ${group} ORDER BY ${byKey(key, Prisma.sql`a.id`)} ${page}`)} AS ids`;
  }
  return Prisma.sql`
    WITH visible AS (SELECT a.id, ${key} AS k FROM assets a ${joins} WHERE ${where} ${group})
    SELECT (SELECT count(*) FROM visible)::int AS total,
           ${pageOf(Prisma.sql`SELECT v.id, v.k FROM visible v ORDER BY ${byKey(Prisma.sql`v.k`, Prisma.sql`v.id`)} ${page}`)} AS ids`;
}

export async function selectVideoPageIds(userId: string, query: VideoListQuery, seed: number): Promise<{ total: number; ids: string[] }> {
  const shared = await selectSharedLibraryIds(userId);
  const rows = await prisma().$queryRaw<{ total: number; ids: string[] | null }[]>(videoPageIdsSql(userId, query, seed, shared));
  return { total: rows[0]?.total ?? 0, ids: rows[0]?.ids ?? [] };
}

/** The cards of these ids in this order (ids the caller already scoped to the user). */
export const videoCardsSql = (userId: string, ids: string[]): Sql =>
  cardsSql(userId, Prisma.sql`SELECT id, ord FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS t(id, ord)`);

export function selectVideoCards(userId: string, ids: string[]): Promise<CardRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return prisma().$queryRaw<CardRow[]>(videoCardsSql(userId, ids));
}

/** One video among those matching, picked by the seed: the same while the collection is unchanged. */
export async function selectRandomVideoId(userId: string, filter: VideoFilter, seed: number): Promise<string | null> {
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM assets a ${stateOf(userId)}
    WHERE ${visibleVideoSql(userId)} AND ${videoFilterSql(userId, filter)}
    ORDER BY hashtextextended(a.id::text, ${seed}::bigint), a.id LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** A random video this user rated 4 stars or more or liked and has not watched for 30 days;
 * with `anyTime`, one rated 4 or more whenever last watched. */
export async function selectSpotlightId(userId: string, anyTime: boolean): Promise<string | null> {
  const which = anyTime
    ? Prisma.sql`s.rating >= 8`
    : Prisma.sql`(s.rating >= 8 OR s.liked_at IS NOT NULL) AND (s.last_viewed_at IS NULL OR s.last_viewed_at < now() - interval '30 days')`;
  const rows = await prisma().$queryRaw<{ id: string }[]>`
    SELECT a.id::text AS id FROM asset_user_states s JOIN assets a ON a.id = s.asset_id
    WHERE s.user_id = ${userId}::uuid AND ${which} AND ${visibleVideoSql(userId)}
    ORDER BY random() LIMIT 1`;
  return rows[0]?.id ?? null;
}
