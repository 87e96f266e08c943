// GET /api/performers/:id – the performer with its counts and tags.
// PATCH /api/performers/:id – edit (name, aliases, description, tagIds); the owner only.
// DELETE /api/performers/:id – remove it and its links; the videos stay.
import { withAuth } from '@/lib/auth/with-auth';
import { deleteEntity } from '@/lib/organise/delete-entity';
import { entityIdParam } from '@/lib/organise/entity-view';
import { getEntity } from '@/lib/organise/get-entity';
import { entityUpdateSchema } from '@/lib/organise/organise.schemas';
import { updateEntity } from '@/lib/organise/update-entity';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => json(await getEntity(user, 'person', entityIdParam('person', params))));

export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('person', params);
  return json(await updateEntity(user, 'person', id, await parseJsonBody(req, entityUpdateSchema)));
});

export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteEntity(user, 'person', entityIdParam('person', params));
  return new Response(null, { status: 204 });
});
