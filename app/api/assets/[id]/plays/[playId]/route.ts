// POST /api/assets/:id/plays/:playId – the player's report for one playback session:
// { watchedSeconds (the play's total so far), position }. Retrying a report changes nothing.
import { childIdParam, videoIdParam } from '@/lib/interactions/parse-video-params';
import { playReportSchema } from '@/lib/interactions/interactions.schemas';
import { reportPlayback } from '@/lib/interactions/report-playback';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string; playId: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  const playId = childIdParam(params.playId, 'play');
  return json(await reportPlayback(user, id, playId, await parseJsonBody(req, playReportSchema)));
});
