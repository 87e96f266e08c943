// A clip row as the browser sees it: no storage key, the video named, the file's URL once done.
import path from 'node:path';
import type { ClipRow } from './clips.queries';
import type { ClipView } from './clips.schemas';

export function videoNameOf(asset: { title: string | null; relPath: string }): string {
  return asset.title?.trim() || path.posix.parse(asset.relPath).name;
}

export function toClipView(row: ClipRow): ClipView {
  return {
    id: row.id,
    assetId: row.assetId,
    videoName: videoNameOf(row.asset),
    start: row.startSeconds,
    end: row.endSeconds,
    format: row.format,
    status: row.status,
    progress: row.progress,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    error: row.error,
    fileUrl: row.status === 'done' ? `/api/clips/${row.id}/file` : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
