// All my clips, newest first, of the videos I may still see (lists take no ids: the SQL embeds
// lib/access's readableAssetSql).
import type { Actor } from '@/lib/access/access.schemas';
import { toClipView } from './clip-view';
import { listClipsOfUser } from './clips.queries';
import type { ClipList } from './clips.schemas';

export async function listMyClips(user: Actor): Promise<ClipList> {
  return { clips: (await listClipsOfUser(user.id)).map(toClipView) };
}
