// GET /api/assets/:id/chapters – the video's chapters (the file's and every user's), in time order.
// POST /api/assets/:id/chapters – { seconds, title }: a chapter of mine at that time (at most 500 per video).
import { addChapter } from '@/lib/chapters/add-chapter';
import { chapterInputSchema } from '@/lib/chapters/chapters.schemas';
import { listChapters } from '@/lib/chapters/list-chapters';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await listChapters(user, videoIdParam(params))));

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = videoIdParam(params);
  return json(await addChapter(user, id, await parseJsonBody(req, chapterInputSchema)), 201);
});
