// What the first screen of a timeline needs before its scripts run: the newest month's bucket
// and the thumbnails of its first tiles. The page asks the browser to preload them
// (components/timeline/TimelinePage.tsx), so they arrive while the scripts load and parse
// instead of after: the timeline's Largest Contentful Paint is one of these thumbnails.
import { monthStartOf } from './month-key';
import { timelineBucketUrl, timelineThumbnailUrl } from './thumbnail-url';
import { selectFirstAssets } from './timeline.queries';
import { timelineReaderOf } from './timeline-reader';
import type { TimelineBucketSummary, TimelineFilter } from './timeline.schemas';

/** Enough tiles for the first rows of a wide screen (a phone shows fewer: a few extra requests). */
const FIRST_TILES = 12;

export async function firstScreenOf(userId: string, filter: TimelineFilter, buckets: TimelineBucketSummary[]) {
  const newest = buckets[0];
  if (!newest) return { bucketUrl: null, thumbnailUrls: [] };
  const first = await selectFirstAssets(await timelineReaderOf(userId), filter, monthStartOf(newest.month), FIRST_TILES);
  return { bucketUrl: timelineBucketUrl(filter.view, newest.month), thumbnailUrls: first.map((a) => timelineThumbnailUrl(a.id, a.thumbhash)) };
}
