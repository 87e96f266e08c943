// The SQL of an album's activity: likes and comments (album_activities) and who added what
// (album_assets.added_by/added_at, grouped per person while their adds are less than a few
// minutes apart), as one feed, newest first, paged by (time, key). Activity about an item that
// left the album or sits in its owner's trash is left out, as the item is. lib/access has
// already said the asker may read the album.
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import { ADD_GROUP_GAP_MINUTES, ADDED_PREVIEW_ITEMS } from './album-sharing.schemas';

type Sql = PrismaTypes.Sql;

/** Activity row `c` is about the album, or about an item still in it and not trashed. */
const visibleSql = Prisma.sql`(c.asset_id IS NULL OR EXISTS (SELECT 1 FROM album_assets x JOIN assets a ON a.id = x.asset_id
  WHERE x.album_id = c.album_id AND x.asset_id = c.asset_id AND a.status <> 'trashed'))`;

export interface FeedRow {
  kind: 'comment' | 'like' | 'added';
  key: string;
  at: Date;
  user_id: string | null;
  user_name: string | null;
  asset_id: string | null;
  body: string | null;
  count: number | null;
  asset_ids: string[] | null;
  since: Date | null;
}

export interface FeedOptions {
  /** One item's activity; undefined: the whole album's. */
  assetId?: string;
  /** Only entries older than this (time, key). */
  before?: { at: Date; key: string };
  limit: number;
}

export function selectActivityFeed(albumId: string, { assetId, before, limit }: FeedOptions): Promise<FeedRow[]> {
  const onAdd: Sql = assetId ? Prisma.sql`AND aa.asset_id = ${assetId}::uuid` : Prisma.empty;
  const onActivity: Sql = assetId ? Prisma.sql`AND c.asset_id = ${assetId}::uuid` : Prisma.empty;
  const page: Sql = before ? Prisma.sql`WHERE (f.at, f.key) < (${before.at}::timestamptz, ${before.key})` : Prisma.empty;
  return prisma().$queryRaw<FeedRow[]>`
    WITH adds AS (
      SELECT aa.added_by, aa.added_at, aa.asset_id,
        CASE WHEN aa.added_at - lag(aa.added_at) OVER w <= make_interval(mins => ${ADD_GROUP_GAP_MINUTES}::int) THEN 0 ELSE 1 END AS starts
      FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
      WHERE aa.album_id = ${albumId}::uuid AND a.status <> 'trashed' ${onAdd}
      WINDOW w AS (PARTITION BY aa.added_by ORDER BY aa.added_at, aa.asset_id)
    ), numbered AS (
      SELECT *, sum(starts) OVER (PARTITION BY added_by ORDER BY added_at, asset_id) AS grp FROM adds
    ), feed AS (
      SELECT 'added' AS kind, added_by AS user_id, max(added_at) AS at, min(added_at) AS since, count(*)::int AS count,
        (array_agg(asset_id::text ORDER BY added_at DESC, asset_id DESC))[1:${ADDED_PREVIEW_ITEMS}::int] AS asset_ids,
        'added:' || COALESCE(added_by::text, 'nobody') || ':' || to_char(min(added_at) AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSMS') AS key,
        NULL::uuid AS asset_id, NULL::text AS body
      FROM numbered GROUP BY added_by, grp
      UNION ALL
      SELECT c.kind::text, c.user_id, c.created_at, NULL, NULL, NULL, c.id::text, c.asset_id, c.body
      FROM album_activities c WHERE c.album_id = ${albumId}::uuid ${onActivity} AND ${visibleSql}
    )
    SELECT f.kind, f.key, f.at, f.user_id::text AS user_id, u.name AS user_name, f.asset_id::text AS asset_id, f.body,
      f.count, f.asset_ids, f.since
    FROM feed f LEFT JOIN users u ON u.id = f.user_id
    ${page}
    ORDER BY f.at DESC, f.key DESC
    LIMIT ${limit}::int`;
}

export interface CountRow {
  asset_id: string | null;
  likes: number;
  comments: number;
  liked_by_me: boolean;
}

/** Likes and comments per item (null: the album itself) that has any, and whether the asker liked it. */
export function selectActivityCounts(albumId: string, userId: string, assetId?: string): Promise<CountRow[]> {
  const about: Sql = assetId ? Prisma.sql`AND (c.asset_id IS NULL OR c.asset_id = ${assetId}::uuid)` : Prisma.empty;
  return prisma().$queryRaw<CountRow[]>`
    SELECT c.asset_id::text AS asset_id,
      count(*) FILTER (WHERE c.kind = 'like')::int AS likes,
      count(*) FILTER (WHERE c.kind = 'comment')::int AS comments,
      COALESCE(bool_or(c.kind = 'like' AND c.user_id = ${userId}::uuid), false) AS liked_by_me
    FROM album_activities c WHERE c.album_id = ${albumId}::uuid ${about} AND ${visibleSql}
    GROUP BY c.asset_id`;
}

/** Whether the asset is an item of the album (and not in its owner's trash). */
export async function isAlbumItem(albumId: string, assetId: string): Promise<boolean> {
  const rows = await prisma().$queryRaw<unknown[]>`
    SELECT 1 FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
    WHERE aa.album_id = ${albumId}::uuid AND aa.asset_id = ${assetId}::uuid AND a.status <> 'trashed'`;
  return rows.length > 0;
}

export interface CommentRow {
  id: string;
  asset_id: string | null;
  body: string;
  created_at: Date;
  user_id: string;
  user_name: string;
}

export async function insertAlbumComment(albumId: string, userId: string, assetId: string | null, body: string): Promise<CommentRow> {
  const rows = await prisma().$queryRaw<CommentRow[]>`
    WITH c AS (
      INSERT INTO album_activities (album_id, user_id, asset_id, kind, body)
      VALUES (${albumId}::uuid, ${userId}::uuid, ${assetId}::uuid, 'comment', ${body})
      RETURNING id, asset_id, body, created_at, user_id
    )
    SELECT c.id::text AS id, c.asset_id::text AS asset_id, c.body, c.created_at, c.user_id::text AS user_id, u.name AS user_name
    FROM c JOIN users u ON u.id = c.user_id`;
  return rows[0];
}

export async function deleteAlbumComment(albumId: string, commentId: string): Promise<boolean> {
  const n = await prisma().$executeRaw`
    DELETE FROM album_activities WHERE id = ${commentId}::uuid AND album_id = ${albumId}::uuid AND kind = 'comment'`;
  return n > 0;
}

/** Sets the asker's like on the album or an item. Idempotent both ways: the partial unique index
 * (album, user, item) WHERE kind = 'like' keeps one row under any number of parallel "like"s, and
 * ON CONFLICT names that very index (its expression written out as a literal: a parameter would not
 * match it), so the losers insert nothing instead of failing. */
export async function setAlbumLike(albumId: string, userId: string, assetId: string | null, liked: boolean): Promise<number> {
  if (liked) {
    await prisma().$executeRaw`
      INSERT INTO album_activities (album_id, user_id, asset_id, kind)
      VALUES (${albumId}::uuid, ${userId}::uuid, ${assetId}::uuid, 'like')
      ON CONFLICT (album_id, user_id, COALESCE(asset_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE kind = 'like' DO NOTHING`;
  } else {
    await prisma().$executeRaw`
      DELETE FROM album_activities
      WHERE album_id = ${albumId}::uuid AND user_id = ${userId}::uuid AND kind = 'like' AND asset_id IS NOT DISTINCT FROM ${assetId}::uuid`;
  }
  const rows = await prisma().$queryRaw<{ likes: number }[]>`
    SELECT count(*)::int AS likes FROM album_activities
    WHERE album_id = ${albumId}::uuid AND kind = 'like' AND asset_id IS NOT DISTINCT FROM ${assetId}::uuid`;
  return rows[0].likes;
}
