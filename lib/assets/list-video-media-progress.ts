// Where every video stands with its preview media (seek sprite, VTT, teasers), for the admin's
// progress view: the totals, and the videos still waiting, running or failed, by name.
import path from 'node:path';
import type { VideoMediaProgressItem } from './assets.schemas';
import { countVideoMedia, listUnfinishedVideoMedia, type VideoMediaCounts, type VideoMediaStateRow } from './video-media.queries';

const LIST_LIMIT = 200;

function stateOf(row: VideoMediaStateRow): VideoMediaProgressItem['state'] {
  if (row.attempts == null || row.max_attempts == null) return 'missing';
  if (row.locked_at) return 'running';
  return row.attempts >= row.max_attempts ? 'failed' : 'queued';
}

export async function listVideoMediaProgress(): Promise<{ counts: VideoMediaCounts; videos: VideoMediaProgressItem[] }> {
  const [counts, rows] = await Promise.all([countVideoMedia(), listUnfinishedVideoMedia(LIST_LIMIT)]);
  return {
    counts,
    videos: rows.map((r) => ({
      id: r.id,
      fileName: path.posix.basename(r.rel_path),
      relPath: r.rel_path,
      libraryName: r.library_name,
      durationMs: r.duration_ms,
      state: stateOf(r),
      made: r.kinds,
      attempts: r.attempts ?? 0,
      maxAttempts: r.max_attempts ?? 0,
      startedAt: r.locked_at?.toISOString() ?? null,
      lastError: r.last_error?.split('\n')[0].slice(0, 300) ?? null,
    })),
  };
}
