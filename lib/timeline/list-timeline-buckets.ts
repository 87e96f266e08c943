// One entry per month with photo and video counts: the page sizes unloaded months from these
// and the scrubber draws its density from them.
import { selectFilteredMonthCounts, selectMonthlyCounts } from './timeline.queries';
import type { TimelineBucketSummary, TimelineFilter } from './timeline.schemas';
import { monthKeyOf } from './month-key';

export async function listTimelineBuckets(userId: string, filter: TimelineFilter): Promise<TimelineBucketSummary[]> {
  // The plain timeline (any type) comes from the materialized view; filtered sets are small
  // enough to count live, and must be exact right after a favourite or trash action.
  const rows = filter.view === 'timeline' ? await selectMonthlyCounts(userId) : await selectFilteredMonthCounts(userId, filter);
  return rows
    .map((r) => {
      const photos = filter.type === 'video' ? 0 : r.photos;
      const videos = filter.type === 'photo' ? 0 : r.videos;
      return { month: monthKeyOf(r.month), photos, videos, count: photos + videos };
    })
    .filter((b) => b.count > 0);
}
