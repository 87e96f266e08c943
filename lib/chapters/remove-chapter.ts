// Removes a chapter the user added. Someone else's, one on another video, and one of the file's
// (it has no author, and the next ingest would bring it back) are all not found.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { deleteUserChapter } from './chapters.queries';

export async function removeChapter(user: Actor, assetId: string, chapterId: string): Promise<void> {
  await requireAccess(user, 'asset.read', [assetId]);
  await requireAccess(user, 'chapter.delete', [chapterId]);
  if (!(await deleteUserChapter(user.id, assetId, chapterId))) throw notFound('No such chapter.');
}
