// GET /api/tags/:id – the tag with its counts, parents and children.
// PATCH /api/tags/:id – edit (name, aliases, description, parentIds); the owner only.
// DELETE /api/tags/:id – remove it and its links; the videos stay.
import { withAuth } from '@/lib/auth/with-auth';
import { deleteEntity } from '@/lib/organise/delete-entity';
import { entityIdParam } from '@/lib/organise/entity-view';
import { getEntity } from '@/lib/organise/get-entity';
import { entityUpdateSchema } from '@/lib/organise/organise.schemas';
import { updateEntity } from '@/lib/organise/update-entity';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getEntity(user, 'tag', entityIdParam('tag', params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('tag', params);
  return json(await updateEntity(user, 'tag', id, await parseJsonBody(req, entityUpdateSchema)));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteEntity(user, 'tag', entityIdParam('tag', params));
  return new Response(null, { status: 204 });
});
