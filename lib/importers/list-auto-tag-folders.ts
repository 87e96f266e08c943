// The folders of a library holding the user's own videos, with every parent folder, for the
// auto-tag page's folder choice.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { listVideoFolders } from './importers.queries';

export const FOLDER_CAP = 2000;

export async function listAutoTagFolders(user: Actor, libraryId: string): Promise<{ folders: string[] }> {
  await requireAccess(user, 'library.read', [libraryId]);
  const all = new Set<string>();
  for (const folder of await listVideoFolders(user.id, libraryId)) {
    const parts = folder.split('/');
    for (let i = 1; i <= parts.length; i += 1) all.add(parts.slice(0, i).join('/'));
  }
  return { folders: [...all].sort((a, b) => a.localeCompare(b)).slice(0, FOLDER_CAP) };
}
