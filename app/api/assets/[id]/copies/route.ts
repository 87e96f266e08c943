// GET /api/assets/:id/copies – every place the user can read this video's file from (same
// checksum, other libraries or folders), first copy first, the video itself included, and the
// video's perceptual hash: { copies: VideoCopy[], phash: string | null }.
import { withAuth } from '@/lib/auth/with-auth';
import { listCopies } from '@/lib/duplicates/list-copies';
import { videoIdParam } from '@/lib/interactions/parse-video-params';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await listCopies(user, videoIdParam(params))));
