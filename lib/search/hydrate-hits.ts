// Result ids → the tiles' data, in the ranking's order.
import type { TimelineReader } from '@/lib/timeline/timeline.schemas';
import { selectHitRows } from './asset-search.queries';
import type { Ranked } from './rank-search-results';
import type { SearchHit } from './search.schemas';

const pad = (n: number) => String(n).padStart(2, '0');
/** The wall clock as stored (timestamp without zone, read as UTC by the driver). */
const localIso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

export async function hydrateHits(reader: TimelineReader, ranked: Ranked[]): Promise<SearchHit[]> {
  const rows = new Map((await selectHitRows(reader, ranked.map((r) => r.id))).map((row) => [row.id, row]));
  return ranked.flatMap((r) => {
    const row = rows.get(r.id);
    if (!row) return [];
    return [{
      id: row.id,
      type: row.type,
      ratio: row.width && row.height ? Math.round((row.width / row.height) * 1000) / 1000 : 1,
      fileName: row.rel_path.split('/').pop() ?? row.rel_path,
      takenAtLocal: localIso(row.taken_at_local),
      durationMs: row.duration_ms,
      thumbhash: row.thumbhash ? Buffer.from(row.thumbhash).toString('base64') : null,
      favourite: row.favourite,
      match: r.match,
      similarity: r.similarity === null ? null : Math.round(r.similarity * 1000) / 1000,
    }];
  });
}
