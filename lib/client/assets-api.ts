// Typed fetchers of one asset and of actions on many (app/api/assets/*, app/api/trash/empty).
import type { z } from 'zod';
import type { applyBulkActionForUser } from '@/lib/assets/apply-bulk-action';
import type { AssetDetails, AssetNeighbours, bulkActionSchema } from '@/lib/assets/assets.schemas';
import type { emptyTrash } from '@/lib/assets/empty-trash';
import type { TimelineView } from '@/lib/timeline/timeline.schemas';
import { apiFetch } from './api';

const assetUrl = (id: string) => `/api/assets/${encodeURIComponent(id)}`;

export const fetchAssetDetails = (id: string) => apiFetch<AssetDetails>(assetUrl(id));

export const fetchNeighbours = (view: TimelineView, id: string) => apiFetch<AssetNeighbours>(`${assetUrl(id)}/neighbours?view=${view}`);

/** Why the preview of an asset does not load, in the server's words (null: it loads, or no reason given). */
export async function fetchPreviewProblem(id: string): Promise<string | null> {
  const response = await fetch(`${assetUrl(id)}/thumbnail?size=preview`).catch(() => null);
  if (!response || response.ok) return null;
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? null;
}

/** Favourite, archive, trash… many assets at once; refused whole (404) if any id is not the user's. */
export const applyBulkAction = (input: z.input<typeof bulkActionSchema>) =>
  apiFetch<Awaited<ReturnType<typeof applyBulkActionForUser>>>('/api/assets/bulk', { method: 'POST', json: input });

/** Deletes the trashed assets from Shoebox (never the original files). */
export const emptyTrashNow = () => apiFetch<Awaited<ReturnType<typeof emptyTrash>>>('/api/trash/empty', { method: 'POST' });
