// An album's activity feed (or one item's), newest first, a page at a time: comments, likes and
// "Anna added 12 items" entries.
import type { Actor } from '@/lib/access/access.schemas';
import { selectActivityFeed } from './album-activity.queries';
import type { ActivityPage, ActivityQuery } from './album-sharing.schemas';
import { decodeActivityCursor, encodeActivityCursor } from './activity-cursor';
import { toActivityEntry } from './activity-entry-view';
import { requireAlbumReader } from './require-album-reader';

export async function listAlbumActivity(actor: Actor, albumId: string, query: ActivityQuery): Promise<ActivityPage> {
  const before = query.cursor ? decodeActivityCursor(query.cursor) : undefined;
  const viewer = await requireAlbumReader(actor, albumId, query.assetId);
  // One more than asked says whether there is a next page.
  const rows = await selectActivityFeed(albumId, { assetId: query.assetId, before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map((row) => toActivityEntry(row, viewer)),
    nextCursor: rows.length > query.limit && last ? encodeActivityCursor({ at: last.at, key: last.key }) : null,
  };
}
