// What this user did with videos, newest first across kinds: watched (last viewed, view time,
// plays), liked, rated, marked (a marker's time to jump to) and commented. Only their own
// interactions, and only with videos they can still see. Keyset pages on (time, kind, id):
// two entries of the same millisecond are neither repeated nor skipped across pages.
import type { Actor } from '@/lib/access/access.schemas';
import { selectHistory, type HistoryRow } from './catalogue.queries';
import { HISTORY_KINDS, type HistoryEntry, type HistoryPage, type HistoryQuery } from './catalogue.schemas';
import { decodeHistoryCursor, encodeHistoryCursor } from './history-cursor';

function toEntry(row: HistoryRow): HistoryEntry {
  const base = {
    key: `${row.kind}:${row.id}`,
    at: row.at.toISOString(),
    video: { id: row.asset_id, title: row.title, thumbnailUrl: row.has_thumb ? `/api/assets/${row.asset_id}/thumbnail` : null, durationMs: row.duration_ms },
    seconds: null,
  };
  switch (row.kind) {
    case 'watched':
      return { ...base, kind: 'watched', viewSeconds: row.n1 ?? 0, playCount: row.n2 ?? 0 };
    case 'liked':
      return { ...base, kind: 'liked' };
    case 'rated':
      return { ...base, kind: 'rated', rating: (row.n1 ?? 0) / 2 };
    case 'marked':
      return { ...base, kind: 'marked', seconds: row.n1, markerId: row.id, endSeconds: row.n2, title: row.txt };
    case 'commented':
      return { ...base, kind: 'commented', commentId: row.id, excerpt: row.txt ?? '' };
  }
}

export async function listVideoHistory(user: Actor, query: HistoryQuery): Promise<HistoryPage> {
  const after = query.cursor ? decodeHistoryCursor(query.cursor) : null;
  const kinds = query.kind === 'all' ? HISTORY_KINDS : [query.kind];
  // One more than asked: whether a next page exists, without counting.
  const rows = await selectHistory(user.id, kinds, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map(toEntry),
    nextCursor: rows.length > query.limit && last ? encodeHistoryCursor({ at: last.at, kind: last.kind, id: last.id }) : null,
  };
}
