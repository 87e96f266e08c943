// Feed rows as the browser sees them: people by id and name, dates as ISO strings, and whether
// the asker may delete a comment (they wrote it, or they own the album).
import type { CommentRow, FeedRow } from './album-activity.queries';
import type { ActivityEntry, CommentEntry } from './album-sharing.schemas';

export interface Viewer {
  userId: string;
  ownsAlbum: boolean;
}

export function toCommentEntry(row: CommentRow, viewer: Viewer): CommentEntry {
  return {
    kind: 'comment',
    id: row.id,
    assetId: row.asset_id,
    user: { id: row.user_id, name: row.user_name },
    body: row.body,
    createdAt: row.created_at.toISOString(),
    canDelete: viewer.ownsAlbum || row.user_id === viewer.userId,
  };
}

export function toActivityEntry(row: FeedRow, viewer: Viewer): ActivityEntry {
  const user = row.user_id ? { id: row.user_id, name: row.user_name ?? '' } : null;
  if (row.kind === 'added') {
    return {
      kind: 'added',
      id: row.key,
      user,
      count: row.count ?? 0,
      assetIds: row.asset_ids ?? [],
      since: (row.since ?? row.at).toISOString(),
      createdAt: row.at.toISOString(),
    };
  }
  // Likes and comments always have an author (the row goes with the account).
  const author = user ?? { id: '', name: '' };
  if (row.kind === 'like') return { kind: 'like', id: row.key, assetId: row.asset_id, user: author, createdAt: row.at.toISOString() };
  return toCommentEntry(
    { id: row.key, asset_id: row.asset_id, body: row.body ?? '', created_at: row.at, user_id: author.id, user_name: author.name },
    viewer,
  );
}
