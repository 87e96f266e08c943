// GET /api/health – database reachability and worker heartbeat; 503 when the database is down.
import { getHealth } from '@/lib/admin/get-health';
import { json } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const dynamic = 'force-dynamic';

export const GET = withPublic(async () => {
  const health = await getHealth();
  return json(health, health.database.reachable ? 200 : 503, { 'cache-control': 'no-store' });
});
