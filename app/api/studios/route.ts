// GET /api/studios?q=&sort=name|videos|duration|rating|added&page=&pageSize=24|48|96 – cards of the studios
//   the user may see (their own and those on videos shared with them), with counts over videos they can read.
// POST /api/studios – { name, aliases?, description?, parentId? }: a new studio of mine (409 if the name is taken).
import { withAuth } from '@/lib/auth/with-auth';
import { createEntity } from '@/lib/organise/create-entity';
import { listEntities } from '@/lib/organise/list-entities';
import { entityCreateSchema, entityListQuerySchema } from '@/lib/organise/organise.schemas';
import { json, parseJsonBody } from '@/lib/server/http';

export const GET = withAuth(async ({ req, user }) => {
  const query = entityListQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await listEntities(user, 'studio', query));
});

export const POST = withAuth(async ({ req, user }) => json(await createEntity(user, 'studio', await parseJsonBody(req, entityCreateSchema)), 201));
