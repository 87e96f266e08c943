// "Make a clip": checks the range against the video and the format's limits, then records the
// clip and queues its video:clip job in one transaction — under a lock per user, so the caps
// (MAX_ACTIVE_CLIPS being made, MAX_STORED_CLIPS kept) hold under any burst of parallel requests.
// Whoever may download the video may clip it (a member of a shared library too).
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { enqueue } from '@/lib/jobs/enqueue';
import { prisma } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { MAX_CLIP_SECONDS, MIN_CLIP_SECONDS } from '@/lib/videos/clip-plan';
import { canEncodeAnimatedWebp } from '@/lib/videos/ffmpeg-encoders';
import { clipFieldError, clipLimitReached } from './clip-errors';
import { toClipView } from './clip-view';
import { countUserClips, findVideoForClip, insertClip, lockUserClips } from './clips.queries';
import { type ClipInput, type ClipView, MAX_ACTIVE_CLIPS, MAX_STORED_CLIPS } from './clips.schemas';

const FORMAT_NAMES = { gif: 'A GIF', webp: 'A WebP', mp4: 'An MP4' } as const;

export async function createClip(user: Actor, assetId: string, input: ClipInput): Promise<ClipView> {
  await requireAccess(user, 'asset.download', [assetId]);
  const video = await findVideoForClip(assetId);
  if (!video || video.type !== 'video') throw notFound('No such video.');
  if (!video.durationMs || !video.width || !video.height) throw new AppError('conflict', 'This video is not ready yet (its length is not known); try again once it has been read.');
  const duration = video.durationMs / 1000;
  const length = input.end - input.start;
  if (input.end > duration + 0.001) throw clipFieldError('end', `The video is only ${duration.toFixed(3)} s long.`);
  if (length < MIN_CLIP_SECONDS) throw clipFieldError('end', `A clip must be at least ${MIN_CLIP_SECONDS} s long.`);
  if (length > MAX_CLIP_SECONDS[input.format]) {
    throw clipFieldError('end', `${FORMAT_NAMES[input.format]} clip can be at most ${MAX_CLIP_SECONDS[input.format]} s long; this range is ${length.toFixed(1)} s.`);
  }
  if (input.format === 'webp' && !(await canEncodeAnimatedWebp())) {
    throw clipFieldError('format', "This server's ffmpeg has no WebP encoder (libwebp), so WebP clips cannot be made here. Choose GIF or MP4.");
  }
  const row = await prisma().$transaction(async (tx) => {
    await lockUserClips(tx, user.id);
    const { stored, active } = await countUserClips(tx, user.id);
    if (active >= MAX_ACTIVE_CLIPS) throw clipLimitReached('active');
    if (stored >= MAX_STORED_CLIPS) throw clipLimitReached('stored');
    const clip = await insertClip(tx, user.id, assetId, { start: input.start, end: input.end, format: input.format, width: input.width ?? null });
    await enqueue(tx, 'video:clip', { clipId: clip.id });
    return clip;
  });
  return toClipView(row);
}
