// The only Prisma/SQL of the month views (counts, buckets, the login backdrop's random pick).
// The view predicates and the timeline order are exported: lib/assets walks the same order
// for the viewer's neighbours (assets imports timeline, never the other way round).
import { ownedOrSharedSql } from '@/lib/access/access.queries';
import { prisma, selectJsonText, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { TimelineFilter, TimelineReader, TimelineView } from './timeline.schemas';

type Sql = PrismaTypes.Sql;

export const MONTH_KEY = Prisma.sql`date_trunc('month', a.taken_at_local)`;
export const DAY_KEY = Prisma.sql`date_trunc('day', a.taken_at_local)`;
export const INSTANT_KEY = Prisma.sql`COALESCE(a.taken_at_utc AT TIME ZONE 'UTC', a.taken_at_local)`;
/** Timeline order, newest first: local month, local day, then the instant (UTC when known).
 * The expression index assets_timeline_order_idx has exactly these keys. */
export const ORDER_KEYS = Prisma.sql`(${MONTH_KEY}, ${DAY_KEY}, ${INSTANT_KEY}, a.id)`;
export const ORDER_DESC = Prisma.sql`${MONTH_KEY} DESC, ${DAY_KEY} DESC, ${INSTANT_KEY} DESC, a.id DESC`;
export const ORDER_ASC = Prisma.sql`${MONTH_KEY} ASC, ${DAY_KEY} ASC, ${INSTANT_KEY} ASC, a.id ASC`;

/** How a query reads the user's state of asset `a`: a favourite, archived, not archived. */
interface StateReader {
  favourite: Sql;
  archived: Sql;
  notArchived: Sql;
}

/** The state joined per asset as `s` (STATE_JOIN or STATE_LOOKUP); no row means neither. */
const JOINED_STATE: StateReader = {
  favourite: Prisma.sql`s.favourite_at IS NOT NULL`,
  archived: Prisma.sql`s.archived`,
  notArchived: Prisma.sql`s.archived IS NOT TRUE`,
};

/** The state of a month read once into arrays of ids by the bucket's `st` CTE. Cast: a bare
 * sub-select inside ANY() would compare with each row, not the array it holds. */
const MONTH_STATE_ARRAYS: StateReader = {
  favourite: Prisma.sql`a.id = ANY((SELECT fav FROM st)::uuid[])`,
  archived: Prisma.sql`a.id = ANY((SELECT arch FROM st)::uuid[])`,
  notArchived: Prisma.sql`NOT (a.id = ANY((SELECT arch FROM st)::uuid[]))`,
};

/** The one definition of what each view shows (and the type filter), for assets `a` the
 * reader may see (their own and their shared libraries'), whichever way the query reads the
 * reader's state. The trash is the owner's only: members never see what an owner threw away. */
function viewPredicate(reader: TimelineReader, filter: TimelineFilter, state: StateReader): Sql {
  const shown = Prisma.sql`a.status = 'online' AND a.ingest_status = 'ready'`;
  const byView: Record<TimelineView, Sql> = {
    timeline: Prisma.sql`${shown} AND ${state.notArchived}`,
    favourites: Prisma.sql`${shown} AND ${state.favourite}`,
    archive: Prisma.sql`${shown} AND ${state.archived}`,
    trash: Prisma.sql`a.status = 'trashed'`,
  };
  const type = filter.type ? Prisma.sql`AND a.type = ${filter.type}::"AssetType"` : Prisma.empty;
  const whose = filter.view === 'trash' ? Prisma.sql`a.owner_id = ${reader.userId}::uuid` : ownedOrSharedSql(reader.userId, reader.sharedLibraryIds);
  return Prisma.sql`${whose} AND ${byView[filter.view]} ${type}`;
}

/** WHERE conditions of a view, for assets `a` left-joined to the reader's state `s`. */
export function viewCondition(reader: TimelineReader, filter: TimelineFilter): Sql {
  return viewPredicate(reader, filter, JOINED_STATE);
}

const STATE_JOIN = (userId: string) =>
  Prisma.sql`LEFT JOIN asset_user_states s ON s.asset_id = a.id AND s.user_id = ${userId}::uuid`;

/** The same state as one index probe per asset: previous/next walks the order index and
 * stops at the first match, where a hash join would read every state of the user first. */
export const STATE_LOOKUP = (userId: string) => Prisma.sql`LEFT JOIN LATERAL (
    SELECT s.favourite_at, s.archived FROM asset_user_states s
    WHERE s.user_id = ${userId}::uuid AND s.asset_id = a.id LIMIT 1) s ON true`;

/** Month counts of a view as the JSON array of TimelineBucketSummary, newest first, months
 * without a matching asset left out. The plain timeline reads the materialized view (a few
 * hundred rows per library whatever its size) less the reader's own archived assets (few,
 * read live by index, so archiving shows at once); filtered views (favourites, archive,
 * trash) are small sets counted live, exact right after an action. PostgreSQL writes the
 * JSON, so the handler passes one string through. */
export function bucketSummariesSql(reader: TimelineReader, filter: TimelineFilter): Sql {
  const { userId } = reader;
  const counts =
    filter.view === 'timeline'
      ? Prisma.sql`
        SELECT month, sum(photos)::int AS photos, sum(videos)::int AS videos FROM (
          SELECT a.month::timestamp AS month, a.photos, a.videos FROM monthly_counts a
          WHERE ${ownedOrSharedSql(userId, reader.sharedLibraryIds)}
          UNION ALL
          SELECT ${MONTH_KEY}, -(count(*) FILTER (WHERE a.type = 'photo')), -(count(*) FILTER (WHERE a.type = 'video'))
          FROM asset_user_states s JOIN assets a ON a.id = s.asset_id
          WHERE s.user_id = ${userId}::uuid AND s.archived AND a.status = 'online' AND a.ingest_status = 'ready'
            AND ${ownedOrSharedSql(userId, reader.sharedLibraryIds)}
          GROUP BY 1) per_library
        GROUP BY month`
      : Prisma.sql`
        SELECT ${MONTH_KEY} AS month,
               (count(*) FILTER (WHERE a.type = 'photo'))::int AS photos,
               (count(*) FILTER (WHERE a.type = 'video'))::int AS videos
        FROM assets a ${STATE_JOIN(userId)}
        WHERE ${viewCondition(reader, filter)}
        GROUP BY 1`;
  const photos = filter.type === 'video' ? Prisma.sql`0` : Prisma.sql`photos`;
  const videos = filter.type === 'photo' ? Prisma.sql`0` : Prisma.sql`videos`;
  return Prisma.sql`
    SELECT coalesce(json_agg(json_build_object('month', to_char(month, 'YYYY-MM'), 'photos', p, 'videos', v, 'count', p + v)
                             ORDER BY month DESC), '[]')::text AS body
    FROM (SELECT month, ${photos} AS p, ${videos} AS v FROM (${counts}) c) c
    WHERE p + v > 0`;
}

export function selectBucketSummariesJson(reader: TimelineReader, filter: TimelineFilter): Promise<string> {
  return selectJsonText(bucketSummariesSql(reader, filter));
}

/**
 * One month as the wire JSON of bucket-wire.ts, built by PostgreSQL itself: for a busy month
 * (10,000 assets) this avoids decoding and re-encoding every row in Node. The rows come in
 * timeline order from the covering index assets_timeline_order_idx (index-only scan, no sort;
 * it includes rel_path for the file names) and the aggregate reads them in that order (ORDER
 * BY in the subquery just below it).
 * The user's states of the month (favourites, archived) are read once, by index, through
 * asset_user_states.taken_month, and used as arrays: no per-asset join, which would cost a
 * probe per asset or a hash join and a sort again. Favourites travel as a list of ids.
 * One record per asset in ONE string_agg: EXPLAIN ANALYZE of the busiest month (9,918 assets)
 * showed the index-only scan at about 1 ms and each of the former seven per-field aggregates
 * at 2–4 ms — an aggregate's transition per row, not the scan, was the time; one aggregate
 * over a concatenated record halves the query (17.5 → 10 ms warm on PostgreSQL 15).
 */
export function bucketWireSql(reader: TimelineReader, filter: TimelineFilter, month: string, monthStart: string): Sql {
  const { userId } = reader;
  return Prisma.sql`
    WITH st AS MATERIALIZED (
      SELECT coalesce(array_agg(s.asset_id) FILTER (WHERE s.favourite_at IS NOT NULL), '{}') AS fav,
             coalesce(array_agg(s.asset_id) FILTER (WHERE s.archived), '{}') AS arch
      FROM asset_user_states s
      WHERE s.user_id = ${userId}::uuid AND s.taken_month = ${monthStart}::timestamp)
    SELECT json_build_object(
      'month', ${month}::text,
      'count', count(*),
      'favouriteIds', (SELECT coalesce(string_agg(encode(uuid_send(f), 'base64'), ''), '') FROM st, unnest(st.fav) f),
      'assets', coalesce(string_agg(record, '/'), '')
    )::text AS body
    FROM (
      SELECT encode(uuid_send(a.id), 'base64')
             || CASE WHEN a.width > 0 AND a.height > 0 THEN (a.width * 100 + a.height / 2) / a.height ELSE 100 END
             || ',' || floor(date_part('epoch', a.taken_at_local - ${monthStart}::timestamp) / 60)::int
             || ',' || CASE WHEN a.type = 'video' THEN coalesce(a.duration_ms, 0)::text ELSE '' END
             || ',' || coalesce(encode(a.thumbhash, 'base64'), '')
             || ',' || split_part(a.rel_path, '/', -1) AS record
      FROM assets a
      WHERE ${viewPredicate(reader, filter, MONTH_STATE_ARRAYS)} AND ${MONTH_KEY} = ${monthStart}::timestamp
      ORDER BY ${ORDER_DESC}) r`;
}

export function selectBucketWireJson(reader: TimelineReader, filter: TimelineFilter, month: string, monthStart: string): Promise<string> {
  return selectJsonText(bucketWireSql(reader, filter, month, monthStart));
}

/** The newest assets of a month (ids and thumbhashes, timeline order): the first screen's
 * thumbnails, which the page preloads while its scripts load. */
export async function selectFirstAssets(reader: TimelineReader, filter: TimelineFilter, monthStart: string, limit: number) {
  return prisma().$queryRaw<{ id: string; thumbhash: string | null }[]>`
    SELECT a.id, replace(encode(a.thumbhash, 'base64'), E'\n', '') AS thumbhash FROM assets a ${STATE_JOIN(reader.userId)}
    WHERE ${viewCondition(reader, filter)} AND ${MONTH_KEY} = ${monthStart}::timestamp
    ORDER BY ${ORDER_DESC} LIMIT ${limit}`;
}

/** A random asset of the user's own timeline (the login backdrop shows the owner's pictures). */
export async function selectRandomAsset(userId: string) {
  const reader: TimelineReader = { userId, sharedLibraryIds: [] };
  // A month drawn with weight = its size, then an offset inside it: uniform over the library
  // without ORDER BY random() over a million rows.
  const rows = await prisma().$queryRaw<{ id: string; thumbhash: Uint8Array | null }[]>`
    WITH months AS (
      SELECT month, n, sum(n) OVER (ORDER BY month) AS upto
      FROM (SELECT month, sum(photos + videos) AS n FROM monthly_counts
            WHERE owner_id = ${userId}::uuid GROUP BY month) c),
    pick AS (SELECT random() * (SELECT max(upto) FROM months) AS r),
    chosen AS (SELECT month, n FROM months, pick WHERE upto >= r ORDER BY month LIMIT 1)
    SELECT a.id, a.thumbhash FROM assets a ${STATE_JOIN(userId)}, chosen c
    WHERE ${viewCondition(reader, { view: 'timeline' })} AND ${MONTH_KEY} = c.month::timestamp
    OFFSET floor(random() * (SELECT n FROM chosen))::bigint LIMIT 1`;
  if (rows[0]) return rows[0];
  // The view may not be refreshed yet (a library that is still being ingested): ask live.
  const live = await prisma().$queryRaw<{ id: string; thumbhash: Uint8Array | null }[]>`
    SELECT a.id, a.thumbhash FROM assets a ${STATE_JOIN(userId)}
    WHERE ${viewCondition(reader, { view: 'timeline' })} ORDER BY random() LIMIT 1`;
  return live[0] ?? null;
}

export async function refreshMonthlyCounts(): Promise<void> {
  // CONCURRENTLY: readers keep the old rows while the new ones are computed.
  await prisma().$executeRawUnsafe('REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_counts');
}
