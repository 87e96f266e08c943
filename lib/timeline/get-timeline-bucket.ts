// One month of the timeline in its compact wire form, one record per asset (bucket-wire.ts), newest first,
// as a JSON string ready to send.
import { monthStartOf } from './month-key';
import { selectBucketWireJson } from './timeline.queries';
import { timelineReaderOf } from './timeline-reader';
import type { TimelineFilter } from './timeline.schemas';

export async function getTimelineBucketJson(userId: string, filter: TimelineFilter, month: string): Promise<string> {
  return selectBucketWireJson(await timelineReaderOf(userId), filter, month, monthStartOf(month));
}
