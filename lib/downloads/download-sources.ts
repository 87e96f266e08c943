// What a ZIP download holds, once access is granted: chosen assets in the order chosen, or an
// album's items in the album's order; and the ZIP's file name. Both refuse more than
// MAX_ZIP_ITEMS items (422) before any file is looked at.
import { AppError, notFound } from '@/lib/server/errors';
import { findAlbum, findAlbumOriginals, findOriginals, type OriginalRow } from './downloads.queries';
import { MAX_ZIP_ITEMS } from './downloads.schemas';

export interface DownloadSource {
  rows: OriginalRow[];
  fileName: string;
}

const tooMany = () =>
  new AppError('validation_failed', `A download holds at most ${MAX_ZIP_ITEMS.toLocaleString('en')} items; choose fewer.`, {
    formErrors: [`At most ${MAX_ZIP_ITEMS} items.`],
  });

/** `ids`: deduplicated ids lib/access allowed ('asset.download'). */
export async function selectionSource(ids: readonly string[]): Promise<DownloadSource> {
  if (ids.length > MAX_ZIP_ITEMS) throw tooMany();
  const rows = await findOriginals(ids);
  return { rows, fileName: `Shoebox - ${rows.length} ${rows.length === 1 ? 'item' : 'items'}.zip` };
}

/** An album lib/access allowed ('album.read'). */
export async function albumSource(albumId: string): Promise<DownloadSource> {
  const album = await findAlbum(albumId);
  if (!album) throw notFound('No such album.');
  const rows = await findAlbumOriginals(album.id, album.sortOrder, MAX_ZIP_ITEMS + 1);
  if (rows.length > MAX_ZIP_ITEMS) throw tooMany();
  if (rows.length === 0) throw new AppError('conflict', 'This album is empty: there is nothing to download.');
  return { rows, fileName: `${zipBaseName(album.title)}.zip` };
}

/** An album's title as a file name: no folder separators or control characters, not too long. */
export function zipBaseName(title: string): string {
  const name = title.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').replace(/[. ]+$/, '').trim().slice(0, 120);
  return name === '' ? 'Album' : name;
}
