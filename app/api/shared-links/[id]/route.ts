// PATCH /api/shared-links/:id – change one of my links (title, description, password, expiry, download, metadata).
// DELETE /api/shared-links/:id – delete one of my links.
import { childIdParam } from '@/lib/interactions/parse-video-params';
import { deleteSharedLink } from '@/lib/shared-links/delete-shared-link';
import { updateSharedLinkSchema } from '@/lib/shared-links/shared-links.schemas';
import { updateSharedLink } from '@/lib/shared-links/update-shared-link';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) =>
  json(await updateSharedLink(user, childIdParam(params.id, 'shared link'), await parseJsonBody(req, updateSharedLinkSchema))),
);

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteSharedLink(user, childIdParam(params.id, 'shared link'));
  return new Response(null, { status: 204 });
});
