// "Scan now" from the admin page: the access check, then the same queued scan as the watcher,
// the schedule and the CLI ask for (those run as the system and call requestLibraryScan).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { requestLibraryScan } from './request-library-scan';

export async function queueLibraryScan(user: Actor, libraryId: string): Promise<void> {
  await requireAccess(user, 'library.update', [libraryId]);
  await requestLibraryScan(libraryId, 'manual');
}
