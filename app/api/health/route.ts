// GET /api/health – is Shoebox up: database reachable, a worker heartbeating; 503 when the
// database is down. Anyone gets the verdict; an administrator also gets every worker process,
// launcher and the problem in words (host names and pids are not for strangers).
import { getHealthFor } from '@/lib/admin/get-health';
import { json } from '@/lib/server/http';
import { withPublic } from '@/lib/auth/with-auth';

export const dynamic = 'force-dynamic';

export const GET = withPublic(async ({ user }) => {
  const health = await getHealthFor(user);
  return json(health, health.database.reachable ? 200 : 503, { 'cache-control': 'no-store' });
});
