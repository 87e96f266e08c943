// GET /api/map/assets: the assets in a box (a clicked cluster's bounds) that this user may see
// on the map with the filters, newest first, a page at a time for the grid under the map.
import { AppError } from '@/lib/server/errors';
import { timelineReaderOf } from '@/lib/timeline/timeline-reader';
import { selectMapAssets } from './map.queries';
import type { MapAssetsPage, MapAssetsQuery } from './map.schemas';

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The cursor is the last asset's local time and id, as the client got it: opaque to it. */
function parseCursor(cursor: string | undefined) {
  if (cursor === undefined) return null;
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError('validation_failed', 'This cursor is not one the map gave.', { fieldErrors: { cursor: ['Not a cursor of this list.'] } });
  return { takenAtLocal: match[1], id: match[2] };
}

export async function listMapAssets(userId: string, query: MapAssetsQuery): Promise<MapAssetsPage> {
  const { west, south, east, north, limit, cursor, ...filters } = query;
  const rows = await selectMapAssets(await timelineReaderOf(userId), filters, { west, south, east, north }, parseCursor(cursor), limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    assets: page.map((r) => ({
      id: r.id,
      type: r.type,
      width: r.width || 1,
      height: r.height || 1,
      thumbhash: r.thumbhash ? Buffer.from(r.thumbhash).toString('base64') : null,
      fileName: r.file_name,
      durationMs: r.duration_ms,
      takenAtLocal: r.taken_at_local,
      lat: r.latitude,
      lng: r.longitude,
    })),
    nextCursor: rows.length > limit && last ? Buffer.from(`${last.taken_at_local}_${last.id}`).toString('base64url') : null,
  };
}
