// GET /api/admin/overview – the /admin overview (users, libraries, storage, queue, workers,
// throughput, growth); `?part=live` answers only the queue, workers and throughput (admin).
import { getAdminOverview } from '@/lib/admin/get-admin-overview';
import { overviewQuerySchema } from '@/lib/admin/overview.schemas';
import { withAuth } from '@/lib/auth/with-auth';
import { json } from '@/lib/server/http';

export const GET = withAuth(
  async ({ req }) => {
    const { part } = overviewQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return json(await getAdminOverview(part));
  },
  { access: 'admin' },
);
