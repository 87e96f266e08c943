// A player's periodic report (every 10 s, on pause and on stop): the play's total watched
// time and where the playhead is. Because the total is reported, not the increment, a retried
// or late report adds nothing twice; reports of one play are applied one at a time under its
// row lock, and the user's counters move by increments, so parallel plays all add up.
//  - view time: the growth of the play's total;
//  - play count: +1 once per play, when it passes 10 % of the video or 60 s;
//  - resume point: where the newest report says, or back to the start once ≥ 98 % was reached.
import type { Actor } from '@/lib/access/access.schemas';
import { resolveFirstCopy } from '@/lib/duplicates/resolve-first-copy';
import { prisma } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { addViewing, findVideoDuration, lockPlay, updatePlay } from './interactions.queries';
import type { PlayReport, PlayReportResult } from './interactions.schemas';

const COUNT_AFTER_SECONDS = 60;
const COUNT_AFTER_SHARE = 0.1;
const FINISHED_SHARE = 0.98;

export async function reportPlayback(user: Actor, askedId: string, playId: string, report: PlayReport): Promise<PlayReportResult> {
  const assetId = await resolveFirstCopy(user, askedId); // a copy's interactions live on its first copy
  const duration = await findVideoDuration(assetId);
  if (duration === undefined) throw notFound('No such video.');
  const countAfter = duration ? Math.min(COUNT_AFTER_SECONDS, duration * COUNT_AFTER_SHARE) : COUNT_AFTER_SECONDS;
  return prisma().$transaction(async (tx) => {
    const play = await lockPlay(tx, playId.toLowerCase(), user.id, assetId);
    if (!play) throw notFound('No such play.'); // someone else's play id, or another video's
    const added = Math.max(0, report.watchedSeconds - play.watched);
    const counted = play.counted || report.watchedSeconds >= countAfter;
    const news = report.watchedSeconds >= play.watched; // not a late report from earlier in the play
    const finished = duration !== null && report.position >= duration * FINISHED_SHARE;
    if (added > 0 || counted !== play.counted) await updatePlay(tx, playId, Math.max(play.watched, report.watchedSeconds), counted);
    const state = await addViewing(tx, user.id, assetId, {
      seconds: added,
      plays: counted && !play.counted ? 1 : 0,
      resumeAt: news ? (finished ? null : report.position) : undefined,
    });
    return { counted, playCount: state.play_count, viewSeconds: state.view_seconds, resumeAt: state.resume_at };
  });
}
