// GET /api/videos/:id/tokens – the video's TF-IDF tokens as the user's IDF weighs them.
import { withAuth } from '@/lib/auth/with-auth';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json } from '@/lib/server/http';
import { listVideoTokens } from '@/lib/similar/list-video-tokens';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await listVideoTokens(user, videoIdParam(params))));
