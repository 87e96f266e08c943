// GET /api/assets/:id/original – the original file as a download, with Range for video seeking.
import { assetIdParamsSchema } from '@/lib/assets/assets.schemas';
import { notFound } from '@/lib/server/errors';
import { withAuth } from '@/lib/auth/with-auth';
import { serveOriginal } from '@/lib/timeline/serve-original';

const handler = withAuth<{ id: string }>(async ({ req, params, user }) => {
  const parsed = assetIdParamsSchema.safeParse(params);
  if (!parsed.success) throw notFound('No such photo.');
  return serveOriginal(req, user.id, parsed.data.id);
});

export const GET = handler;
export const HEAD = handler;
