// A card row as the API answers it (explicit fields, never the row itself).
import path from 'node:path';
import type { VideoCard } from './catalogue.schemas';
import type { CardRow } from './video-list.queries';
import { videoMediaUrls } from './video-media-urls';

export function toVideoCard(row: CardRow): VideoCard {
  return {
    id: row.id,
    title: row.title,
    fileName: path.posix.basename(row.rel_path),
    relPath: row.rel_path,
    libraryId: row.library_id,
    libraryName: row.library_name,
    sizeBytes: Number(row.size),
    bitrate: row.bitrate,
    videoCodec: row.video_codec,
    durationMs: row.duration_ms,
    width: row.width,
    height: row.height,
    addedAt: row.created_at.toISOString(),
    takenAt: row.taken_at_local.toISOString().replace('Z', ''),
    releaseDate: row.release_date,
    studio: row.studio_id && row.studio_name !== null ? { id: row.studio_id, name: row.studio_name } : null,
    performers: row.performers.map((p) => ({ id: p.id, name: p.name })),
    ...videoMediaUrls(row.id, row.kinds ?? []),
    resumeAt: row.resume_at,
    playCount: row.play_count ?? 0,
    liked: row.liked_at !== null,
    favourite: row.favourite_at !== null,
    rating: row.rating !== null ? row.rating / 2 : null,
    organised: row.organised,
    viewSeconds: row.view_seconds ?? 0,
    lastViewedAt: row.last_viewed_at?.toISOString() ?? null,
    likeCount: row.like_count,
  };
}
