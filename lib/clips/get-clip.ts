// One of my clips: its status and progress (the clip panel polls this while it is made).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { notFound } from '@/lib/server/errors';
import { toClipView } from './clip-view';
import { findClip } from './clips.queries';
import type { ClipView } from './clips.schemas';

export async function getClip(user: Actor, clipId: string): Promise<ClipView> {
  await requireAccess(user, 'clip.read', [clipId]);
  const row = await findClip(clipId, user.id);
  if (!row) throw notFound('No such clip.');
  return toClipView(row);
}
