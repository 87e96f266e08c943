// GET /api/clips/:id/file – download one of my finished clips (Range, ETag, readable file name).
import { serveClipFile } from '@/lib/clips/serve-clip-file';
import { childIdParam } from '@/lib/interactions/parse-video-params';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth<{ id: string }>(async ({ req, params, user }) => serveClipFile(req, user, childIdParam(params.id, 'clip')));
