// GET /api/studios/:id – the studio with its counts, parent and children.
// PATCH /api/studios/:id – edit (name, aliases, description, parentId); the owner only.
// DELETE /api/studios/:id – remove it and its links; the videos stay.
import { withAuth } from '@/lib/auth/with-auth';
import { deleteEntity } from '@/lib/organise/delete-entity';
import { entityIdParam } from '@/lib/organise/entity-view';
import { getEntity } from '@/lib/organise/get-entity';
import { entityUpdateSchema } from '@/lib/organise/organise.schemas';
import { updateEntity } from '@/lib/organise/update-entity';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getEntity(user, 'studio', entityIdParam('studio', params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('studio', params);
  return json(await updateEntity(user, 'studio', id, await parseJsonBody(req, entityUpdateSchema)));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteEntity(user, 'studio', entityIdParam('studio', params));
  return new Response(null, { status: 204 });
});
