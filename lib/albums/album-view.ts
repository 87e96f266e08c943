// How an album is addressed over HTTP (a malformed id is one that does not exist: 404) and the
// DTO a row becomes: the cover's thumbnail URL versioned by its thumbhash, like a timeline tile.
import { z } from 'zod';
import { notFound } from '@/lib/server/errors';
import type { AlbumRow } from './albums.queries';
import type { AlbumView } from './albums.schemas';

const uuid = z.uuid();

export function albumIdParam(params: { id: string }): string {
  const id = uuid.safeParse(params.id);
  if (!id.success) throw notFound('No such album.');
  return id.data.toLowerCase();
}

function coverUrlOf(assetId: string | null, thumbhash: Uint8Array | null): string | null {
  if (!assetId) return null;
  const version = thumbhash ? Buffer.from(thumbhash).toString('base64').slice(-8) : null;
  return version ? `/api/assets/${assetId}/thumbnail?v=${encodeURIComponent(version)}` : `/api/assets/${assetId}/thumbnail`;
}

export function toAlbumView(row: AlbumRow): AlbumView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    owner: { id: row.owner_id, name: row.owner_name },
    role: row.role,
    sortOrder: row.sort_order,
    itemCount: row.item_count,
    coverAssetId: row.cover_asset_id,
    coverUrl: coverUrlOf(row.cover_asset_id, row.cover_thumbhash),
    coverChosen: row.chosen_cover_id !== null && row.chosen_cover_id === row.cover_asset_id,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
