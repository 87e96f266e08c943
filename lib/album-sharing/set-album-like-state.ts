// Likes or unlikes the album or one of its items for the asker. The request says the state it
// wants (not "flip"), so a burst of clicks ends in the last one's state, with one like at most.
import type { Actor } from '@/lib/access/access.schemas';
import { setAlbumLike } from './album-activity.queries';
import type { LikeInput, LikeState } from './album-sharing.schemas';
import { requireAlbumReader } from './require-album-reader';

export async function setAlbumLikeState(actor: Actor, albumId: string, input: LikeInput): Promise<LikeState> {
  await requireAlbumReader(actor, albumId, input.assetId);
  const assetId = input.assetId ?? null;
  const likes = await setAlbumLike(albumId, actor.id, assetId, input.liked);
  return { assetId, liked: input.liked, likes };
}
