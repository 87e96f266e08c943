// Likes and comments on the album and on each of its items, and which the asker liked: the
// numbers beside the like button and on the album's grid or the viewer.
import type { Actor } from '@/lib/access/access.schemas';
import { selectActivityCounts } from './album-activity.queries';
import type { ActivityCounts, AlbumActivityCounts } from './album-sharing.schemas';
import { requireAlbumReader } from './require-album-reader';

const NONE: ActivityCounts = { likes: 0, comments: 0, likedByMe: false };

export async function countAlbumActivity(actor: Actor, albumId: string, assetId?: string): Promise<AlbumActivityCounts> {
  await requireAlbumReader(actor, albumId, assetId);
  const rows = await selectActivityCounts(albumId, actor.id, assetId);
  const counts = (r: (typeof rows)[number]): ActivityCounts => ({ likes: r.likes, comments: r.comments, likedByMe: r.liked_by_me });
  const album = rows.find((r) => r.asset_id === null);
  const items = rows.filter((r) => r.asset_id !== null).map((r) => ({ assetId: r.asset_id as string, ...counts(r) }));
  return {
    album: album ? counts(album) : NONE,
    // Asked about one item: it is always there, with zeros when nobody reacted yet.
    items: assetId && items.length === 0 ? [{ assetId, ...NONE }] : items,
  };
}
