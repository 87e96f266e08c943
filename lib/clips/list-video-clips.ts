// My clips of one video, newest first: only mine (a clip is private to its maker).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { toClipView } from './clip-view';
import { listClipsOfVideo } from './clips.queries';
import type { ClipList } from './clips.schemas';

export async function listVideoClips(user: Actor, assetId: string): Promise<ClipList> {
  await requireAccess(user, 'asset.read', [assetId]);
  return { clips: (await listClipsOfVideo(user.id, assetId)).map(toClipView) };
}
