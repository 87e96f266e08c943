// The videos home's dashboard: counts, totals, three short lists of cards and this user's
// watch time per week.
import type { Actor } from '@/lib/access/access.schemas';
import type { VideoCard, VideoDashboard } from './catalogue.schemas';
import { toVideoCard } from './video-card';
import { selectVideoCards } from './video-list.queries';
import { selectDashboard } from './video-stats.queries';

export async function getVideoDashboard(user: Actor): Promise<VideoDashboard> {
  const row = await selectDashboard(user.id);
  const lists = [row.most_watched ?? [], row.most_liked ?? [], row.recently_added ?? []];
  // One query for the cards of all three lists (ids already scoped to the user's visible videos).
  const cards = new Map((await selectVideoCards(user.id, [...new Set(lists.flat())])).map((r) => [r.id, toVideoCard(r)]));
  const pick = (ids: string[]) => ids.map((id) => cards.get(id)).filter((c): c is VideoCard => c !== undefined);
  return {
    counts: { videos: row.videos, performers: row.performers, studios: row.studios, tags: row.tags },
    durationMs: row.duration_ms,
    bytes: row.bytes,
    mostWatched: pick(lists[0]),
    mostLiked: pick(lists[1]),
    recentlyAdded: pick(lists[2]),
    watchPerWeek: row.weeks,
  };
}
