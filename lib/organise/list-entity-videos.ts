// The videos of a performer, studio or tag as catalogue cards, newest added first: a studio's
// include its child studios', a tag's its descendants' and those inheriting it from a
// performer (docs/videos.md, "Derived tags"). Only videos the user can read, not archived by them.
import path from 'node:path';
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import type { VideoCard, VideoPage, VideoPageSize } from '@/lib/catalogue/catalogue.schemas';
import { videoMediaUrls } from '@/lib/catalogue/video-media-urls';
import { permissionOf } from './entity-view';
import { type LinkedVideoRow, selectEntityVideoPage } from './organise-lists.queries';
import type { EntityKind, EntityVideosQuery } from './organise.schemas';

function toCard(row: LinkedVideoRow & { id: string }): VideoCard {
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

export async function listEntityVideos(user: Actor, kind: EntityKind, id: string, query: EntityVideosQuery): Promise<VideoPage> {
  await requireAccess(user, permissionOf(kind, 'read'), [id]);
  const rows = await selectEntityVideoPage(kind, id, user.id, query.page, query.pageSize);
  const items = rows.filter((r): r is LinkedVideoRow & { id: string } => r.id !== null).map(toCard);
  return { items, total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize as VideoPageSize };
}
