// POST /api/libraries/:id/scan – queue a scan now ("Scan now"); repeated clicks fold into one.
import { libraryIdParamsSchema } from '@/lib/libraries/libraries.schemas';
import { queueLibraryScan } from '@/lib/libraries/queue-library-scan';
import { notFound } from '@/lib/server/errors';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth<{ id: string }>(
  async ({ params, user }) => {
    const parsed = libraryIdParamsSchema.safeParse(params);
    if (!parsed.success) throw notFound('No such library.');
    await queueLibraryScan(user, parsed.data.id);
    return json({ queued: true }, 202);
  },
  { access: 'admin' },
);
