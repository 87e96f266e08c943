// The first page of photos for one user, newest first, with thumbhash placeholders ready to
// paint before any thumbnail arrives. (The real timeline comes with its own issue.)
import { thumbHashToDataURL } from 'thumbhash';
import { countReadyAssetsForOwner, listReadyAssetsForOwner } from './assets.queries';

export const GRID_PAGE_SIZE = 300;

export interface GridTile {
  id: string;
  relPath: string;
  aspect: number;
  takenAtLocal: string;
  placeholder: string | null;
}

export async function listPhotoGrid(ownerId: string, page: number): Promise<{ tiles: GridTile[]; total: number; pages: number }> {
  const [rows, total] = await Promise.all([
    listReadyAssetsForOwner(ownerId, GRID_PAGE_SIZE, (page - 1) * GRID_PAGE_SIZE),
    countReadyAssetsForOwner(ownerId),
  ]);
  const tiles = rows.map((r) => ({
    id: r.id,
    relPath: r.relPath,
    aspect: r.width && r.height ? r.width / r.height : 1,
    takenAtLocal: r.takenAtLocal.toISOString(),
    placeholder: r.thumbhash ? thumbHashToDataURL(new Uint8Array(r.thumbhash)) : null,
  }));
  return { tiles, total, pages: Math.max(1, Math.ceil(total / GRID_PAGE_SIZE)) };
}
