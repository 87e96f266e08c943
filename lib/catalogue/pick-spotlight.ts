// Spotlight: something this user loved (rated 4★ or more, or liked) and has not watched for 30
// days; failing that, anything they rated 4★ or more. A new pick on every call.
import type { Actor } from '@/lib/access/access.schemas';
import type { Spotlight } from './catalogue.schemas';
import { toVideoCard } from './video-card';
import { selectSpotlightId, selectVideoCards } from './video-list.queries';

export async function pickSpotlight(user: Actor): Promise<Spotlight> {
  const lately = await selectSpotlightId(user.id, false);
  const id = lately ?? (await selectSpotlightId(user.id, true));
  if (!id) return { video: null, reason: null };
  const [row] = await selectVideoCards(user.id, [id]);
  return { video: row ? toVideoCard(row) : null, reason: lately ? 'loved-not-watched-lately' : 'highly-rated' };
}
