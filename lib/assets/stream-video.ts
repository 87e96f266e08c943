// A video for the player: the file itself when the browser plays it (inline, with Range), else
// its streams copied into a fragmented MP4 (remux) or re-encoded to H.264/AAC (transcode),
// starting at `start` seconds. The decision (lib/videos/playback-mode.ts) is made per request
// from a fresh ffprobe of the opened file (tens of milliseconds, the header only), so nothing
// about playback is stored and a better browser (`hevc=1`) gets a better answer. Headers:
// x-shoebox-playback (the mode), x-content-duration (seconds, so a player of a live stream
// shows the real length and maps its time line from `start`).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { openLibraryFile } from '@/lib/libraries/open-library-file';
import { servedTypeOfOriginal } from '@/lib/media/media-types';
import { AppError, notFound } from '@/lib/server/errors';
import { claimLiveStream } from '@/lib/videos/live-streams';
import { decidePlayback } from '@/lib/videos/playback-mode';
import { probeVideo, type VideoProbe } from '@/lib/videos/probe-video';
import { startLiveStream } from '@/lib/videos/start-live-stream';
import { findOriginal } from './asset-actions.queries';
import type { StreamQuery } from './playback.schemas';
import { sendOpenedFile } from './send-opened-file';

/** How long a player waits before asking again when every transcode slot is taken. */
const BUSY_RETRY_AFTER_SECONDS = 10;

export async function streamVideo(req: Request, user: Actor, assetId: string, query: StreamQuery): Promise<Response> {
  await requireAccess(user, 'asset.read', [assetId]);
  const asset = await findOriginal(assetId);
  if (!asset || asset.type !== 'video') throw notFound('No such video.');
  const file = await openLibraryFile(asset.library.rootPath, asset.relPath);
  if (file.kind !== 'ok') throw notFound('The video file is not available (moved, deleted, empty or outside its library).');
  let handedOver = false;
  try {
    let probe: VideoProbe;
    try {
      probe = await probeVideo(file.handle.fd);
    } catch {
      throw notFound('This video cannot be played: its file cannot be read as a video.');
    }
    const decision = decidePlayback({ ...probe, fileName: asset.relPath }, { hevc: query.hevc === '1' });
    const headers: Record<string, string> = { 'x-shoebox-playback': decision.mode };
    if (probe.durationMs) headers['x-content-duration'] = (probe.durationMs / 1000).toFixed(3);
    if (decision.mode === 'direct') {
      handedOver = true;
      return await sendOpenedFile(req, file, { ...headers, 'content-type': servedTypeOfOriginal(asset.mime, asset.relPath), 'content-disposition': 'inline' });
    }
    const kind = decision.mode;
    const startSeconds = probe.durationMs ? Math.min(query.start, probe.durationMs / 1000) : query.start;
    let stop = () => {};
    const claim = claimLiveStream(user.id, kind, () => stop());
    if (!claim.ok) {
      throw new AppError('unavailable', 'Every transcoding slot is busy; try again in a moment.', { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });
    }
    const live = startLiveStream({ fd: file.handle.fd, kind, startSeconds, videoCodec: probe.videoCodec, copyAudio: decision.copyAudio }, req, () => {
      claim.release();
      void file.handle.close();
    });
    stop = live.stop;
    handedOver = true;
    return new Response(live.body, {
      status: 200,
      headers: { ...headers, 'x-shoebox-start': startSeconds.toFixed(3), 'content-type': 'video/mp4', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    });
  } finally {
    if (!handedOver) await file.handle.close();
  }
}
