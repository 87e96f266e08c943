// GET /api/auto-tag/runs/:id – one of my auto-tag runs: status, total, done, changed.
import { withAuth } from '@/lib/auth/with-auth';
import { getAutoTagRun } from '@/lib/importers/get-auto-tag-run';
import { autoTagRunParamsSchema } from '@/lib/importers/importers.schemas';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';

export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const parsed = autoTagRunParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such run.'); // a malformed id is one that does not exist
  return json(await getAutoTagRun(user, parsed.data.id));
});
