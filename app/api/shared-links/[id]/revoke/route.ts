// POST /api/shared-links/:id/revoke – end one of my links now; its address answers 404 from then on.
import { childIdParam } from '@/lib/interactions/parse-video-params';
import { revokeSharedLink } from '@/lib/shared-links/revoke-shared-link';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(async ({ params, user }) => json(await revokeSharedLink(user, childIdParam(params.id, 'shared link'))));
