// GET /api/people?hidden=true|false – my people from faces (named first, then unnamed by face count), with cover face and face count.
import { withAuth } from '@/lib/auth/with-auth';
import { peopleListQuerySchema } from '@/lib/faces/faces.schemas';
import { listPeople } from '@/lib/faces/list-people';
import { json } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = peopleListQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json({ people: await listPeople(user, query) });
});
