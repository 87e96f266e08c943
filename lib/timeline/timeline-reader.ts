// The reader of a month view: the user plus the libraries shared with them.
import { sharedLibraryIdsOf } from '@/lib/access/shared-library-ids-of';
import type { TimelineReader } from './timeline.schemas';

export async function timelineReaderOf(userId: string): Promise<TimelineReader> {
  return { userId, sharedLibraryIds: await sharedLibraryIdsOf(userId) };
}
