// A page of the video catalogue: the videos this user may see (their own and their shared
// libraries', lib/access's rule), online and ready, minus those they archived, with the total
// and their own state of each. No ids are asked for, so nothing to check first: the query is
// scoped to the user.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { selectVideoPage, type VideoRow } from './catalogue.queries';
import type { VideoCard, VideoListQuery, VideoPage } from './catalogue.schemas';
import { videoMediaUrls } from './video-media-urls';

function toCard(row: VideoRow & { id: string }): VideoCard {
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

export async function listVideos(user: Actor, query: VideoListQuery): Promise<VideoPage> {
  const rows = await selectVideoPage(user.id, query);
  const items = rows.filter((r): r is VideoRow & { id: string } => r.id !== null).map(toCard);
  return { items, total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
}
