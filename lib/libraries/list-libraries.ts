// The admin's list of libraries: every library with its counts and last scan. Admins manage
// every library, so no per-id access check; a member's own list comes with sharing.
import { listLibraryOverviews } from './libraries.queries';
import type { LibraryOverview } from './libraries.schemas';

export function listLibraries(): Promise<LibraryOverview[]> {
  return listLibraryOverviews();
}
