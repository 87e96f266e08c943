// "Save this frame as an image": the frame of the ORIGINAL at `seconds`, full size and upright
// (ffmpeg rotates while decoding), as a JPEG download named after the video and the time
// (`clip-01-15.jpg`). The original is opened through the safe opener and ffmpeg reads that
// descriptor. At most MAX_FRAME_EXTRACTIONS run at once per process (a third asker gets 503
// busy with Retry-After), and ffmpeg is killed as soon as the client goes away.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { AppError, notFound } from '@/lib/server/errors';
import { extractFrameAt } from '@/lib/videos/extract-poster-frame';
import { claimFrameSlot } from '@/lib/videos/frame-slots';
import { ToolAbortedError } from '@/lib/videos/run-tool';
import { attachment } from './content-disposition';
import { framesBusy, noFrameThere, timeOutsideVideo } from './frame-errors';
import { frameFileName } from './frame-file-name';
import { findVideoForFrame } from './video-frames.queries';

type Video = NonNullable<Awaited<ReturnType<typeof findVideoForFrame>>>;

/** The still, or null when ffmpeg finds no picture there (a damaged file); throws when the client left. */
async function stillOf(video: Video, seconds: number, signal: AbortSignal): Promise<Buffer | null> {
  const file = await openLibraryFile(video.library.rootPath, video.relPath);
  if (file.kind !== 'ok') throw notFound('The video file is not available (moved, deleted, empty or outside its library).');
  try {
    return await extractFrameAt(file.handle.fd, seconds, 'still', signal);
  } catch (error) {
    if (error instanceof ToolAbortedError) throw new AppError('bad_request', 'The request was cancelled.');
    return null;
  } finally {
    await file.handle.close();
  }
}

export async function serveVideoFrame(req: Request, user: Actor, assetId: string, seconds: number): Promise<Response> {
  await requireAccess(user, 'asset.download', [assetId]);
  const video = await findVideoForFrame(assetId);
  if (!video || video.type !== 'video') throw notFound('No such video.');
  if (video.durationMs !== null && seconds > video.durationMs / 1000) throw timeOutsideVideo('t', video.durationMs / 1000);
  const release = claimFrameSlot();
  if (!release) throw framesBusy();
  let frame: Buffer | null;
  try {
    frame = await stillOf(video, seconds, req.signal);
  } finally {
    release();
  }
  // `req` is read after the extraction on purpose: the Request must stay referenced until ffmpeg
  // is done, or its abort may never arrive (see lib/videos/start-live-stream.ts).
  if (req.signal.aborted) throw new AppError('bad_request', 'The request was cancelled.');
  if (!frame) throw noFrameThere();
  return new Response(new Uint8Array(frame), {
    status: 200,
    headers: {
      'content-type': 'image/jpeg',
      'content-length': String(frame.length),
      'content-disposition': attachment(frameFileName(video.relPath, seconds)),
      'cache-control': 'private',
      'x-content-type-options': 'nosniff',
    },
  });
}
