// A similar video as the catalogue's card (VideoCard), so the same card component shows it.
// The mapping repeats lib/catalogue/list-videos.ts's private toCard: the catalogue is being
// reworked on another branch; once merged, both should share one exported mapper.
import path from 'node:path';
import type { VideoCard } from '@/lib/catalogue/catalogue.schemas';
import { videoMediaUrls } from '@/lib/catalogue/video-media-urls';
import type { CardRow } from './similar.queries';

export function toVideoCard(row: CardRow): VideoCard {
  return {
    id: row.id,
    title: row.title,
    fileName: path.posix.basename(row.rel_path),
    durationMs: row.duration_ms,
    width: row.width,
    height: row.height,
    addedAt: row.created_at.toISOString(),
    takenAt: row.taken_at_local.toISOString().replace('Z', ''),
    ...videoMediaUrls(row.id, row.kinds ?? []),
    resumeAt: row.resume_at,
    playCount: row.play_count ?? 0,
    liked: row.liked_at !== null,
    rating: row.rating !== null ? row.rating / 2 : null,
  };
}
