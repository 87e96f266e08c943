// The SQL of ZIP downloads: the originals of assets (lib/access has already said yes to the
// ids), an album's items in the album's order, and download tickets.
import { prisma } from '@/lib/server/db';
import { Prisma } from '@/lib/server/generated/prisma/client';
import type { AlbumOrder } from '@/lib/server/generated/prisma/enums';

export interface OriginalRow {
  id: string;
  relPath: string;
  rootPath: string;
  status: 'online' | 'offline' | 'trashed';
}

/** The originals of these assets, in the order of `ids` (the order the user selected them in). */
export async function findOriginals(ids: readonly string[]): Promise<OriginalRow[]> {
  const rows = await prisma().$queryRaw<(OriginalRow & { ord: bigint })[]>`
    SELECT a.id::text AS id, a.rel_path AS "relPath", l.root_path AS "rootPath", a.status::text AS status, i.ord
    FROM unnest(${[...ids]}::uuid[]) WITH ORDINALITY AS i(id, ord)
    JOIN assets a ON a.id = i.id JOIN libraries l ON l.id = a.library_id
    ORDER BY i.ord`;
  return rows.map(({ ord: _ord, ...row }) => row);
}

export function findAlbum(albumId: string) {
  return prisma().album.findUnique({ where: { id: albumId }, select: { id: true, title: true, sortOrder: true } });
}

// The timeline's instant (timeline.queries.ts): the UTC instant when known, else the wall clock.
const ORDER_SQL: Record<AlbumOrder, Prisma.Sql> = {
  date_desc: Prisma.sql`COALESCE(a.taken_at_utc AT TIME ZONE 'UTC', a.taken_at_local) DESC, a.id`,
  date_asc: Prisma.sql`COALESCE(a.taken_at_utc AT TIME ZONE 'UTC', a.taken_at_local) ASC, a.id`,
  manual: Prisma.sql`aa.position, aa.added_at, a.id`,
};

/** The album's items as its page shows them (not those in their owner's trash), at most `limit`. */
export async function findAlbumOriginals(albumId: string, order: AlbumOrder, limit: number): Promise<OriginalRow[]> {
  return prisma().$queryRaw<OriginalRow[]>`
    SELECT a.id::text AS id, a.rel_path AS "relPath", l.root_path AS "rootPath", a.status::text AS status
    FROM album_assets aa JOIN assets a ON a.id = aa.asset_id JOIN libraries l ON l.id = a.library_id
    WHERE aa.album_id = ${albumId}::uuid AND a.status <> 'trashed'
    ORDER BY ${ORDER_SQL[order]} LIMIT ${limit}`;
}

export async function insertDownloadTicket(ticket: { tokenHash: Buffer; userId: string; albumId: string | null; assetIds: string[]; expiresAt: Date }) {
  // Old tickets go as new ones come: no cron needed for a table that only ever holds minutes.
  await prisma().downloadTicket.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 3600_000) } } });
  await prisma().downloadTicket.create({ data: { ...ticket, tokenHash: new Uint8Array(ticket.tokenHash) } });
}

/** The user's ticket with this hash, while it is valid. */
export function findDownloadTicket(tokenHash: Buffer, userId: string) {
  return prisma().downloadTicket.findFirst({
    where: { tokenHash: new Uint8Array(tokenHash), userId, expiresAt: { gt: new Date() } },
    select: { albumId: true, assetIds: true },
  });
}
