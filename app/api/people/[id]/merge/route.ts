// POST /api/people/:id/merge – { sourceIds }: the sources' faces and video links move to this person (or to the first named one, if this one is unnamed); the sources go.
import { withAuth } from '@/lib/auth/with-auth';
import { peopleMergeSchema } from '@/lib/faces/faces.schemas';
import { mergePeople } from '@/lib/faces/merge-people';
import { json, parseJsonBody } from '@/lib/server/http';

export const POST = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const { sourceIds } = await parseJsonBody(req, peopleMergeSchema);
  return json(await mergePeople(user, params.id, sourceIds));
});
