// "Finished here": records the current time as a dated finish point (several per video).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { limitReached } from './limit-reached';
import { insertFinishPoint } from './interactions.queries';
import type { FinishPointView } from './interactions.schemas';

export async function addFinishPoint(user: Actor, assetId: string, seconds: number): Promise<FinishPointView> {
  await requireAccess(user, 'asset.read', [assetId]);
  const point = await insertFinishPoint(user.id, assetId, seconds);
  if (!point) throw limitReached('finishPoint');
  return { ...point, createdAt: point.createdAt.toISOString() };
}
