// GET /api/videos/spotlight – { video, reason }: a video this user loved and has not watched lately.
import { withAuth } from '@/lib/auth/with-auth';
import { pickSpotlight } from '@/lib/catalogue/pick-spotlight';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ user }) => json(await pickSpotlight(user)));
