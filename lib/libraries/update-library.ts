// Changing a library's name, globs, schedule or watch. The folder itself cannot change: a new
// folder is a new library (its files would all be different assets).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { updateLibrarySettings } from './libraries.queries';
import type { UpdateLibraryInput } from './libraries.schemas';

export async function updateLibrary(user: Actor, id: string, input: UpdateLibraryInput) {
  await requireAccess(user, 'library.update', [id]);
  return updateLibrarySettings(id, input);
}
