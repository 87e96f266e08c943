// "Finished here": records the current time as a dated finish point (several per video).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { insertFinishPoint } from './interactions.queries';
import type { FinishPointView } from './interactions.schemas';

export async function addFinishPoint(user: Actor, assetId: string, seconds: number): Promise<FinishPointView> {
  await requireAccess(user, 'asset.read', [assetId]);
  const point = await insertFinishPoint(user.id, assetId, seconds);
  return { ...point, createdAt: point.createdAt.toISOString() };
}
