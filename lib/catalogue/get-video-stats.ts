// Totals and month distributions of the catalogue or of the current search (the charts).
import type { Actor } from '@/lib/access/access.schemas';
import type { VideoFilter, VideoStats } from './catalogue.schemas';
import { selectVideoStats } from './video-stats.queries';

export async function getVideoStats(user: Actor, filter: VideoFilter): Promise<VideoStats> {
  const row = await selectVideoStats(user.id, filter);
  return { total: row.total, durationMs: row.duration_ms, bytes: row.bytes, added: row.added, released: row.released };
}
