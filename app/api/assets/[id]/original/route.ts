// GET /api/assets/:id/original – the original file as a download, with Range for video seeking.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { serveOriginal } from '@/lib/assets/serve-original';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';

const handler = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return serveOriginal(req, user, parsed.data.id);
});

export const GET = handler;
export const HEAD = handler;
