// The SQL of an album's items in its order: a page of them (columnar), the viewer's neighbours,
// and the positions of the manual order (floats: a move writes one row, between its new
// neighbours; the order is numbered afresh only when two positions come too close).
import { albumItemVisibleSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { AlbumOrder } from '@/lib/server/generated/prisma/enums';
import { ITEM_ORDER } from './albums.queries';

type Tx = PrismaTypes.TransactionClient;

export interface AlbumItemRow {
  id: string;
  ratio: number;
  taken_at_local: string;
  type: 'photo' | 'video';
  duration_ms: number | null;
  thumbhash: string | null;
  file_name: string;
  removable: boolean;
  trashed: boolean;
}

export function selectAlbumItems(userId: string, albumId: string, order: AlbumOrder, removeAll: boolean, offset: number, limit: number): Promise<AlbumItemRow[]> {
  return prisma().$queryRaw<AlbumItemRow[]>`
    SELECT a.id::text AS id,
           CASE WHEN a.width > 0 AND a.height > 0 THEN round(a.width::numeric / a.height, 3)::float8 ELSE 1 END AS ratio,
           to_char(a.taken_at_local, 'YYYY-MM-DD"T"HH24:MI:SS') AS taken_at_local, a.type::text AS type, a.duration_ms,
           translate(encode(a.thumbhash, 'base64'), E'\n', '') AS thumbhash, split_part(a.rel_path, '/', -1) AS file_name,
           (${removeAll} OR aa.added_by = ${userId}::uuid) AS removable, a.status = 'trashed' AS trashed
    FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
    WHERE aa.album_id = ${albumId}::uuid AND ${albumItemVisibleSql(userId)}
    ORDER BY ${ITEM_ORDER[order]} OFFSET ${offset} LIMIT ${limit}`;
}

/** The items before and after `assetId` in the album's order, among those the user sees. */
export async function selectAlbumNeighbours(userId: string, albumId: string, order: AlbumOrder, assetId: string) {
  const rows = await prisma().$queryRaw<{ previous: string | null; next: string | null }[]>`
    SELECT previous, next FROM (
      SELECT a.id, (lag(a.id) OVER w)::text AS previous, (lead(a.id) OVER w)::text AS next
      FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
      WHERE aa.album_id = ${albumId}::uuid AND ${albumItemVisibleSql(userId)}
      WINDOW w AS (ORDER BY ${ITEM_ORDER[order]})) o
    WHERE o.id = ${assetId}::uuid`;
  return rows[0] ?? null;
}

/** Positions 1, 2, 3… in the given order (the order shown becomes the manual order). */
export async function renumberPositions(tx: Tx, albumId: string, order: AlbumOrder): Promise<void> {
  await tx.$executeRaw`
    UPDATE album_assets t SET position = r.n FROM (
      SELECT aa.asset_id, row_number() OVER (ORDER BY ${ITEM_ORDER[order]}) AS n
      FROM album_assets aa JOIN assets a ON a.id = aa.asset_id WHERE aa.album_id = ${albumId}::uuid) r
    WHERE t.album_id = ${albumId}::uuid AND t.asset_id = r.asset_id`;
}

/** The target's position and its neighbour's on the chosen side (the moving item left out);
 * null when the target is not in the album. */
export async function selectPositionsAround(tx: Tx, albumId: string, movingId: string, targetId: string, side: 'before' | 'after') {
  const rows = await tx.$queryRaw<{ target: number; neighbour: number | null }[]>`
    SELECT t.position AS target,
           (SELECT ${side === 'before' ? prismaMax : prismaMin}(o.position) FROM album_assets o
             WHERE o.album_id = t.album_id AND o.asset_id NOT IN (${movingId}::uuid, t.asset_id)
               AND ${side === 'before' ? beforeCmp : afterCmp}) AS neighbour
    FROM album_assets t WHERE t.album_id = ${albumId}::uuid AND t.asset_id = ${targetId}::uuid`;
  return rows[0] ?? null;
}

// Fixed fragments (never input) for the two sides.
const prismaMax = Prisma.raw('max');
const prismaMin = Prisma.raw('min');
const beforeCmp = Prisma.raw('o.position <= t.position');
const afterCmp = Prisma.raw('o.position >= t.position');

export async function setPosition(tx: Tx, albumId: string, assetId: string, position: number): Promise<void> {
  await tx.$executeRaw`UPDATE album_assets SET position = ${position} WHERE album_id = ${albumId}::uuid AND asset_id = ${assetId}::uuid`;
}

export async function setManualOrder(tx: Tx, albumId: string): Promise<void> {
  await tx.$executeRaw`UPDATE albums SET sort_order = 'manual', updated_at = now() WHERE id = ${albumId}::uuid`;
}

export async function selectAlbumOrder(tx: Tx, albumId: string): Promise<AlbumOrder> {
  return (await tx.album.findUniqueOrThrow({ where: { id: albumId }, select: { sortOrder: true } })).sortOrder;
}
