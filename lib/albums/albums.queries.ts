// The SQL of albums. lib/access has already said which albums and assets the user may act on;
// what a user sees inside an album (other members' trashed items hidden) is lib/access's
// albumItemVisibleSql. Changes to one album's items run under a transaction-scoped advisory lock
// per album, so parallel adds number their positions one after the other.
import { albumAllowedSql, albumItemVisibleSql } from '@/lib/access/access.queries';
import { prisma, type Prisma as PrismaTypes } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { AlbumOrder } from '@/lib/server/generated/prisma/enums';

type Tx = PrismaTypes.TransactionClient;
type Sql = PrismaTypes.Sql;

/** The instant an item was taken, as the timeline orders (UTC when known, else the wall clock). */
const TAKEN = Prisma.sql`COALESCE(a.taken_at_utc AT TIME ZONE 'UTC', a.taken_at_local)`;

/** An album's order over `album_assets aa JOIN assets a` (a fixed fragment per order, never input). */
export const ITEM_ORDER: Record<AlbumOrder, Sql> = {
  date_desc: Prisma.sql`${TAKEN} DESC, a.id DESC`,
  date_asc: Prisma.sql`${TAKEN} ASC, a.id ASC`,
  manual: Prisma.sql`aa.position ASC, aa.added_at ASC, a.id ASC`,
};

export interface AlbumRow {
  id: string;
  title: string;
  description: string | null;
  owner_id: string;
  owner_name: string;
  role: 'owner' | 'contributor' | 'viewer';
  sort_order: AlbumOrder;
  cover_asset_id: string | null;
  chosen_cover_id: string | null;
  cover_thumbhash: Uint8Array | null;
  item_count: number;
  start_date: string | null;
  end_date: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Albums `al` with what this user sees of them: role, count, date range, cover (the chosen one
 * when visible to them, else the first visible item in the album's order). */
function albumRowsSql(userId: string, where: Sql): Sql {
  const visible = albumItemVisibleSql(userId);
  const firstIn = (order: AlbumOrder) => Prisma.sql`(SELECT a.id FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
    WHERE aa.album_id = al.id AND ${visible} ORDER BY ${ITEM_ORDER[order]} LIMIT 1)`;
  return Prisma.sql`
    SELECT al.id::text AS id, al.title, al.description, al.owner_id::text AS owner_id, u.name AS owner_name,
           CASE WHEN al.owner_id = ${userId}::uuid THEN 'owner' ELSE m.role::text END AS role,
           al.sort_order, c.cover_id::text AS cover_asset_id, al.cover_asset_id::text AS chosen_cover_id,
           (SELECT thumbhash FROM assets WHERE id = c.cover_id) AS cover_thumbhash,
           s.item_count, s.start_date, s.end_date, al.created_at, al.updated_at
    FROM albums al
    JOIN users u ON u.id = al.owner_id
    LEFT JOIN album_members m ON m.album_id = al.id AND m.user_id = ${userId}::uuid
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS item_count, to_char(min(a.taken_at_local), 'YYYY-MM-DD') AS start_date,
             to_char(max(a.taken_at_local), 'YYYY-MM-DD') AS end_date
      FROM album_assets aa JOIN assets a ON a.id = aa.asset_id WHERE aa.album_id = al.id AND ${visible}) s
    CROSS JOIN LATERAL (
      SELECT COALESCE(
        (SELECT a.id FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
          WHERE aa.album_id = al.id AND a.id = al.cover_asset_id AND ${visible}),
        CASE al.sort_order WHEN 'date_desc' THEN ${firstIn('date_desc')} WHEN 'date_asc' THEN ${firstIn('date_asc')} ELSE ${firstIn('manual')} END
      ) AS cover_id) c
    WHERE ${albumAllowedSql(userId, 'album.read')} AND ${where}`;
}

/** The user's own albums and those shared with them, most recently changed first. */
export function selectAlbums(userId: string): Promise<AlbumRow[]> {
  return prisma().$queryRaw<AlbumRow[]>`${albumRowsSql(userId, Prisma.sql`TRUE`)} ORDER BY al.updated_at DESC, al.id`;
}

export async function selectAlbum(userId: string, albumId: string): Promise<AlbumRow | null> {
  const rows = await prisma().$queryRaw<AlbumRow[]>`${albumRowsSql(userId, Prisma.sql`al.id = ${albumId}::uuid`)}`;
  return rows[0] ?? null;
}

export async function insertAlbum(tx: Tx, ownerId: string, title: string, description: string | null): Promise<string> {
  const album = await tx.album.create({ data: { ownerId, title, description }, select: { id: true } });
  return album.id;
}

export async function updateAlbumRow(albumId: string, data: { title?: string; description?: string | null; sortOrder?: AlbumOrder; coverAssetId?: string | null }): Promise<void> {
  await prisma().album.update({ where: { id: albumId }, data: { ...data, updatedAt: new Date() } });
}

export async function deleteAlbumRow(albumId: string): Promise<void> {
  await prisma().album.deleteMany({ where: { id: albumId } });
}

export async function lockAlbum(tx: Tx, albumId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shoebox:album:${albumId}`}::text, 0))`;
}

/** Adds the assets not yet in the album at its end (positions after the last); returns how many. */
export async function insertAlbumItems(tx: Tx, albumId: string, userId: string, assetIds: string[]): Promise<number> {
  const added = await tx.$executeRaw`
    INSERT INTO album_assets (album_id, asset_id, added_by, position)
    SELECT ${albumId}::uuid, x.id, ${userId}::uuid,
           (SELECT COALESCE(max(position), 0) FROM album_assets WHERE album_id = ${albumId}::uuid) + x.n
    FROM unnest(${assetIds}::uuid[]) WITH ORDINALITY AS x(id, n)
    ON CONFLICT (album_id, asset_id) DO NOTHING`;
  if (added > 0) await touchAlbum(tx, albumId);
  return added;
}

export async function touchAlbum(tx: Tx, albumId: string): Promise<void> {
  await tx.$executeRaw`UPDATE albums SET updated_at = now() WHERE id = ${albumId}::uuid`;
}

/** Of `assetIds`, those in the album, each with who added it. */
export function selectAlbumItemAdders(tx: Tx, albumId: string, assetIds: string[]) {
  return tx.$queryRaw<{ asset_id: string; added_by: string | null }[]>`
    SELECT asset_id::text AS asset_id, added_by::text AS added_by FROM album_assets
    WHERE album_id = ${albumId}::uuid AND asset_id = ANY(${assetIds}::uuid[])`;
}

export async function deleteAlbumItems(tx: Tx, albumId: string, assetIds: string[]): Promise<number> {
  const removed = await tx.$executeRaw`DELETE FROM album_assets WHERE album_id = ${albumId}::uuid AND asset_id = ANY(${assetIds}::uuid[])`;
  if (removed > 0) await touchAlbum(tx, albumId);
  return removed;
}

export async function isAlbumItem(albumId: string, assetId: string): Promise<boolean> {
  return (await prisma().albumAsset.count({ where: { albumId, assetId } })) === 1;
}

export async function countVisibleItems(tx: Tx, userId: string, albumId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM album_assets aa JOIN assets a ON a.id = aa.asset_id
    WHERE aa.album_id = ${albumId}::uuid AND ${albumItemVisibleSql(userId)}`;
  return rows[0].n;
}
