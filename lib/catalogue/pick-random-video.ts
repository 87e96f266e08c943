// A random video among those matching the filters. Seeded, so a link with the seed opens the
// same video while the collection is unchanged; without one a seed is chosen and answered.
import { randomInt } from 'node:crypto';
import type { Actor } from '@/lib/access/access.schemas';
import type { RandomVideo, RandomVideoQuery } from './catalogue.schemas';
import { toVideoCard } from './video-card';
import { selectRandomVideoId, selectVideoCards } from './video-list.queries';

export async function pickRandomVideo(user: Actor, query: RandomVideoQuery): Promise<RandomVideo> {
  const seed = query.seed ?? randomInt(0, 2_147_483_647);
  const id = await selectRandomVideoId(user.id, query, seed);
  const [row] = id ? await selectVideoCards(user.id, [id]) : [];
  return { video: row ? toVideoCard(row) : null, seed };
}
