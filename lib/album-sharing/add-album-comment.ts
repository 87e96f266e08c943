// A plain-text comment on the album or one of its items by anyone who may read the album. Kept
// as written (trimmed): the browser shows it as text, so markup in it is just characters.
import type { Actor } from '@/lib/access/access.schemas';
import { insertAlbumComment } from './album-activity.queries';
import type { CommentEntry, CommentInput } from './album-sharing.schemas';
import { toCommentEntry } from './activity-entry-view';
import { requireAlbumReader } from './require-album-reader';

export async function addAlbumComment(actor: Actor, albumId: string, input: CommentInput): Promise<CommentEntry> {
  const viewer = await requireAlbumReader(actor, albumId, input.assetId);
  return toCommentEntry(await insertAlbumComment(albumId, actor.id, input.assetId ?? null, input.body), viewer);
}
