// The libraries other users shared with this one, for list queries that must plan for them
// (the month views): one indexed read per request, usually an empty list.
import { selectSharedLibraryIds } from './access.queries';

export function sharedLibraryIdsOf(userId: string): Promise<string[]> {
  return selectSharedLibraryIds(userId);
}
