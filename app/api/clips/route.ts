// GET /api/clips – all my clips, newest first (of videos I may still see).
import { listMyClips } from '@/lib/clips/list-my-clips';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async ({ user }) => json(await listMyClips(user)));
