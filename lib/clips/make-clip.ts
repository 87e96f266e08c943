// video:clip — makes one clip's file (flag `video`). The original is opened through the safe
// opener and ffmpeg reads that checked descriptor; each attempt writes a temp name that is
// renamed into the derived store only when it fits (putObjectsWrittenBy removes it otherwise),
// so a failure leaves no file. Animated GIF/WebP over ANIMATED_MAX_BYTES are made again down
// the ladder (lib/videos/clip-plan.ts), then refused with a message saying what to change.
// Idempotent: a done or failed clip is left as it is, a deleted one is skipped; a clip deleted
// while it was being made gets its new file removed. Progress is saved at most twice a second.
import { stat } from 'node:fs/promises';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { log } from '@/lib/server/log';
import { putObjectsWrittenBy, removeObject } from '@/lib/storage/storage';
import { ANIMATED_MAX_BYTES, type ClipAttempt, clipAttempts } from '@/lib/videos/clip-plan';
import { encodeClip } from '@/lib/videos/encode-clip';
import { ToolError } from '@/lib/videos/run-tool';
import { firstUnderCap } from './first-under-cap';
import { findClipToMake, markClipRunning, saveClipDone, saveClipFailed, saveClipProgress } from './clips.queries';

export type MakeClipOutcome = 'made' | 'failed' | 'skipped';

const PROGRESS_EVERY_MS = 500;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function throttledProgress(clipId: string): (fraction: number) => void {
  let last = 0;
  let saved = 0;
  return (fraction) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS || Math.abs(fraction - saved) < 0.01) return;
    last = now;
    saved = fraction;
    void saveClipProgress(clipId, Math.min(0.99, fraction)).catch((err: unknown) => log.warn({ err, clipId }, 'clip progress not saved'));
  };
}

export async function makeClip(clipId: string): Promise<MakeClipOutcome> {
  const clip = await findClipToMake(clipId);
  if (!clip || clip.status === 'done' || clip.status === 'failed') return 'skipped';
  const { asset } = clip;
  if (asset.status !== 'online' || !asset.width || !asset.height) {
    await saveClipFailed(clipId, 'The video is not available any more (moved, deleted or in the trash).');
    return 'failed';
  }
  const original = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (original.kind !== 'ok') {
    await saveClipFailed(clipId, 'The video file is not available (moved, deleted, empty or outside its library).');
    return 'failed';
  }
  try {
    if (!(await markClipRunning(clipId))) return 'skipped';
    const key = `clips/${clip.userId}/${clip.id}.${clip.format}`;
    const source = { fd: original.handle.fd, startS: clip.startSeconds, lengthS: clip.endSeconds - clip.startSeconds };
    const cap = clip.format === 'mp4' ? Infinity : ANIMATED_MAX_BYTES;
    const report = throttledProgress(clipId);
    const attempts = clipAttempts(clip.format, clip.requestedWidth, { width: asset.width, height: asset.height });
    const result = await firstUnderCap(attempts, async (attempt: ClipAttempt) => {
      let over = 0;
      const made = await putObjectsWrittenBy([key], async ([temp]) => {
        await encodeClip(clip.format, source, attempt, temp, report);
        const bytes = (await stat(temp)).size;
        if (bytes > cap) {
          over = bytes;
          throw new Error('over the size cap'); // removes the temp file; the ladder goes on
        }
      }).catch((error: unknown) => {
        if (over) return null;
        throw error;
      });
      return made ? { made: attempt, bytes: made[0] } : { over };
    });
    if (!result.ok) {
      const message = `Even at its smallest (240 px, 6 frames a second) this ${clip.format.toUpperCase()} would be ${mb(result.smallestBytes)}, over the ${mb(ANIMATED_MAX_BYTES)} limit. Choose a shorter range, or MP4.`;
      await saveClipFailed(clipId, message);
      return 'failed';
    }
    const saved = await saveClipDone(clipId, { storageKey: key, bytes: result.bytes, width: result.attempt.width, height: result.attempt.height });
    if (!saved) {
      await removeObject(key); // deleted while it was being made
      return 'skipped';
    }
    log.info({ clipId, format: clip.format, bytes: result.bytes, attempt: result.attempt }, 'clip made');
    return 'made';
  } catch (error) {
    const reason = error instanceof ToolError ? error.message : 'an unexpected error';
    await saveClipFailed(clipId, `This clip could not be made: ${reason}.`);
    throw error; // the job's failure report keeps the details (ffmpeg's stderr) for the admin
  } finally {
    await original.handle.close();
  }
}
