// GET /api/faces/:id/thumb – the face cut from its photo's preview (160 px WebP), for the photo's owner.
import { withAuth } from '@/lib/auth/with-auth';
import { serveFaceThumb } from '@/lib/faces/serve-face-thumb';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => serveFaceThumb(user, params.id));
