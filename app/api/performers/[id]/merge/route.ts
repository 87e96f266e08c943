// POST /api/performers/:id/merge – { sourceIds }: the sources' links, names and aliases move to this performer; the sources go.
import { withAuth } from '@/lib/auth/with-auth';
import { entityIdParam } from '@/lib/organise/entity-view';
import { mergeEntities } from '@/lib/organise/merge-entities';
import { mergeSchema } from '@/lib/organise/organise.schemas';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const id = entityIdParam('person', params);
  const { sourceIds } = await parseJsonBody(req, mergeSchema);
  return json(await mergeEntities(user, 'person', id, sourceIds));
});
