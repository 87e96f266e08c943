// GET /api/admin/similar – the similar index: last rebuild, videos waiting, rebuild job (admin).
// POST /api/admin/similar – queue a full rebuild now (admin).
import { withAuth } from '@/lib/auth/with-auth';
import { json } from '@/lib/server/http';
import { getSimilarStatus, queueSimilarRebuild } from '@/lib/similar/get-similar-status';

export const GET = withAuth(async () => json(await getSimilarStatus()), { access: 'admin' });

export const POST = withAuth(async () => json(await queueSimilarRebuild(), 202), { access: 'admin' });
