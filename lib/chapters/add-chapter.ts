// A user's chapter at a time of a video, seen by everyone who can see the video. Anyone who may
// read the video may add chapters (they describe it; no edit right needed). At most
// MAX_USER_CHAPTERS_PER_VIDEO per user and video: counted and added under one lock per (video,
// user), so a burst of parallel adds stops exactly at the cap.
import type { Actor } from '@/lib/access/access.schemas';
import { requireAccess } from '@/lib/access/require-access';
import { prisma } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import { toChapterView } from './chapter-view';
import { countUserChapters, findVideoDurationForChapters, insertUserChapter, lockUserChapters } from './chapters.queries';
import { type ChapterInput, type ChapterView, MAX_USER_CHAPTERS_PER_VIDEO } from './chapters.schemas';

export async function addChapter(user: Actor, assetId: string, input: ChapterInput): Promise<ChapterView> {
  await requireAccess(user, 'asset.read', [assetId]);
  const duration = await findVideoDurationForChapters(assetId);
  if (duration === undefined) throw notFound('No such video.');
  if (duration !== null && input.seconds > duration) {
    const message = `The video is only ${duration.toFixed(3)} s long.`;
    throw new AppError('validation_failed', message, { formErrors: [], fieldErrors: { seconds: [message] } });
  }
  const row = await prisma().$transaction(async (tx) => {
    await lockUserChapters(tx, user.id, assetId);
    if ((await countUserChapters(tx, user.id, assetId)) >= MAX_USER_CHAPTERS_PER_VIDEO) {
      throw new AppError('limit_reached', `You can keep up to ${MAX_USER_CHAPTERS_PER_VIDEO} chapters on one video. Remove some to add more.`, {
        kind: 'chapter',
        limit: MAX_USER_CHAPTERS_PER_VIDEO,
      });
    }
    return insertUserChapter(tx, user.id, assetId, { seconds: input.seconds, title: input.title });
  });
  return toChapterView(row, user.id);
}
