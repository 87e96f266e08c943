// Rename, describe, reorder, choose the cover: the owner only (album.update). The cover must be
// one of the album's items; null goes back to the default (the first item in the album's order).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { AppError } from '@/lib/server/errors';
import { getAlbum } from './get-album';
import { isAlbumItem, updateAlbumRow } from './albums.queries';
import type { AlbumUpdate, AlbumView } from './albums.schemas';

export async function updateAlbum(user: Actor, albumId: string, input: AlbumUpdate): Promise<AlbumView> {
  await requireAccess(user, 'album.update', [albumId]);
  if (input.coverAssetId && !(await isAlbumItem(albumId, input.coverAssetId.toLowerCase()))) {
    const message = 'The cover must be one of the album’s items.';
    throw new AppError('validation_failed', message, { formErrors: [], fieldErrors: { coverAssetId: [message] } });
  }
  await updateAlbumRow(albumId, {
    title: input.title,
    description: input.description === undefined ? undefined : input.description || null,
    sortOrder: input.sortOrder,
    coverAssetId: input.coverAssetId === undefined ? undefined : (input.coverAssetId?.toLowerCase() ?? null),
  });
  return getAlbum(user, albumId);
}
