// A page of the video catalogue: the videos this user may see (their own and their shared
// libraries', lib/access's rule), online and ready, minus those they archived and copies of a
// file they already see, narrowed by the search panel's text and filters, in any sort, with the
// total and their own state of each. Entity ids in filters are not checked first: they only
// ever match through links of videos the user can see (video-filters.queries.ts).
import { randomInt } from 'node:crypto';
import type { Actor } from '@/lib/access/access.schemas';
import type { VideoListQuery, VideoPage } from './catalogue.schemas';
import { toVideoCard } from './video-card';
import { selectVideoCards, selectVideoPageIds } from './video-list.queries';

export async function listVideos(user: Actor, query: VideoListQuery): Promise<VideoPage> {
  // A random order without a seed gets a new one ("shuffle"), answered so the next pages keep it.
  const seed = query.sort === 'random' ? (query.seed ?? randomInt(0, 2_147_483_647)) : 0;
  const { total, ids } = await selectVideoPageIds(user.id, query, seed);
  const items = (await selectVideoCards(user.id, ids)).map(toVideoCard);
  return { items, total, page: query.page, pageSize: query.pageSize, ...(query.sort === 'random' ? { seed } : {}) };
}
