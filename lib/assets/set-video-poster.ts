// "Use this frame as poster": the owner picks a time; the frame there, taken from the original
// (through the safe opener), becomes the video's thumbnail, preview and thumbhash — what the
// timeline, the cards and the player show before playing. The time is kept
// (video_meta.poster_seconds): a re-ingest takes its poster there again. Counts against the
// same per-process frame slots as a still (the decode costs the same).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { renderPhotoDerivatives } from '@/lib/media/photo-derivatives';
import { notFound } from '@/lib/server/errors';
import { extractFrameAt } from '@/lib/videos/extract-poster-frame';
import { claimFrameSlot } from '@/lib/videos/frame-slots';
import type { PosterResult } from './assets.schemas';
import { thumbnailUrlOf } from './derived-urls';
import { framesBusy, noFrameThere, timeOutsideVideo } from './frame-errors';
import { findVideoForFrame, savePoster } from './video-frames.queries';
import { writeRenditions } from './write-renditions';

export async function setVideoPoster(user: Actor, assetId: string, seconds: number): Promise<PosterResult> {
  await requireAccess(user, 'asset.update', [assetId]);
  const asset = await findVideoForFrame(assetId);
  if (!asset || asset.type !== 'video') throw notFound('No such video.');
  if (asset.durationMs !== null && seconds > asset.durationMs / 1000) throw timeOutsideVideo('seconds', asset.durationMs / 1000);
  const release = claimFrameSlot();
  if (!release) throw framesBusy();
  try {
    const file = await openLibraryFile(asset.library.rootPath, asset.relPath);
    if (file.kind !== 'ok') throw notFound('The video file is not available (moved, deleted, empty or outside its library).');
    let frame: Buffer | null;
    try {
      frame = await extractFrameAt(file.handle.fd, seconds, 'poster').catch(() => null);
    } finally {
      await file.handle.close();
    }
    if (!frame) throw noFrameThere();
    const rendered = await renderPhotoDerivatives(frame);
    const rows = await writeRenditions(assetId, { ...rendered, full: null });
    const createdAt = await savePoster(assetId, seconds, rows, new Uint8Array(rendered.thumbhash));
    return { posterSeconds: seconds, thumbnailUrl: thumbnailUrlOf(assetId, createdAt), previewUrl: thumbnailUrlOf(assetId, createdAt, 'preview') };
  } finally {
    release();
  }
}
