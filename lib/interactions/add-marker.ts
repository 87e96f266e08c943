// A dated marker at a time of a video (optionally with an end and a title), private to its author.
import type { Actor } from '@/lib/access/access.schemas';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { limitReached } from './limit-reached';
import { insertMarker } from './interactions.queries';
import type { MarkerInput, MarkerView } from './interactions.schemas';

export async function addMarker(user: Actor, askedId: string, input: MarkerInput): Promise<MarkerView> {
  const assetId = await resolveFirstCopy(user, askedId); // a copy's interactions live on its first copy
  const marker = await insertMarker(user.id, assetId, { seconds: input.seconds, endSeconds: input.endSeconds ?? null, title: input.title || null });
  if (!marker) throw limitReached('marker');
  return { ...marker, createdAt: marker.createdAt.toISOString() };
}
