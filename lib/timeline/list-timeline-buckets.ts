// One entry per month with photo and video counts: the page sizes unloaded months from these
// and the scrubber draws its density from them.
import { selectBucketSummariesJson } from './timeline.queries';
import { timelineReaderOf } from './timeline-reader';
import type { TimelineBucketSummary, TimelineFilter } from './timeline.schemas';

/** The JSON array as PostgreSQL wrote it, for the API to send as is. */
export async function listTimelineBucketsJson(userId: string, filter: TimelineFilter): Promise<string> {
  return selectBucketSummariesJson(await timelineReaderOf(userId), filter);
}

export async function listTimelineBuckets(userId: string, filter: TimelineFilter): Promise<TimelineBucketSummary[]> {
  return JSON.parse(await listTimelineBucketsJson(userId, filter)) as TimelineBucketSummary[];
}
