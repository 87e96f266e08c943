// A page of an album's items in its order, columnar (like a timeline month): what the album
// page lays out as a justified grid. Members do not see other people's trashed items.
import type { Actor } from '@/lib/access/access.schemas';
import { hasAccess, requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { selectAlbumItems } from './album-items.queries';
import { countVisibleItems, selectAlbum } from './albums.queries';
import type { AlbumItemsPage, AlbumItemsQuery } from './albums.schemas';

export async function listAlbumItems(user: Actor, albumId: string, query: AlbumItemsQuery): Promise<AlbumItemsPage> {
  await requireAccess(user, 'album.read', [albumId]);
  const album = await selectAlbum(user.id, albumId);
  if (!album) throw notFound('No such album.');
  const isOwner = await hasAccess(user, 'album.update', [albumId]);
  const [rows, total] = await Promise.all([
    selectAlbumItems(user.id, albumId, album.sort_order, isOwner, query.offset, query.limit),
    countVisibleItems(prisma(), user.id, albumId),
  ]);
  return {
    total,
    offset: query.offset,
    id: rows.map((r) => r.id),
    ratio: rows.map((r) => r.ratio),
    takenAtLocal: rows.map((r) => r.taken_at_local),
    type: rows.map((r) => (r.type === 'video' ? 'v' : 'p')).join(''),
    durationMs: rows.map((r) => r.duration_ms),
    thumbhash: rows.map((r) => r.thumbhash),
    fileName: rows.map((r) => r.file_name),
    removable: rows.map((r) => (r.removable ? '1' : '0')).join(''),
    trashed: rows.map((r) => (r.trashed ? '1' : '0')).join(''),
  };
}
