// Deletes one of my clips: the row, then its file. A clip being made is deleted too: its job
// finds the row gone when it finishes and removes the file it wrote (make-clip.ts).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { removeObject } from '@/lib/storage/storage';
import { deleteClipRow } from './clips.queries';

export async function deleteClip(user: Actor, clipId: string): Promise<void> {
  await requireAccess(user, 'clip.delete', [clipId]);
  const storageKey = await deleteClipRow(clipId, user.id);
  if (storageKey === undefined) throw notFound('No such clip.');
  if (storageKey) await removeObject(storageKey);
}
