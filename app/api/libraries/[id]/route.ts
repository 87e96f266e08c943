// PATCH /api/libraries/:id – change a library's name, include/exclude globs, schedule, watch (admin).
import { libraryIdParamsSchema, updateLibrarySchema } from '@/lib/libraries/libraries.schemas';
import { updateLibrary } from '@/lib/libraries/update-library';
import { notFound } from '@/lib/server/errors';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const PATCH = withAuth<{ id: string }>(
  async ({ req, params, user }) => {
    const parsed = libraryIdParamsSchema.safeParse(params);
    if (!parsed.success) throw notFound('No such library.');
    const input = await parseJsonBody(req, updateLibrarySchema);
    return json({ library: await updateLibrary(user, parsed.data.id, input) });
  },
  { access: 'admin' },
);
