// "Finished here": records the current time as a dated finish point (several per video).
import type { Actor } from '@/lib/access/access.schemas';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { limitReached } from './limit-reached';
import { insertFinishPoint } from './interactions.queries';
import type { FinishPointView } from './interactions.schemas';

export async function addFinishPoint(user: Actor, askedId: string, seconds: number): Promise<FinishPointView> {
  const assetId = await resolveFirstCopy(user, askedId); // a copy's interactions live on its first copy
  const point = await insertFinishPoint(user.id, assetId, seconds);
  if (!point) throw limitReached('finishPoint');
  return { ...point, createdAt: point.createdAt.toISOString() };
}
