// GET /api/admin/ml-analysis – ML analysis progress: assets done per part, parts waiting, jobs (admin).
// POST /api/admin/ml-analysis – queue ml:analyze for assets missing a part that can run now (admin).
import { listMlProgress } from '@/lib/ml/list-ml-progress';
import { queueMissingAnalysis } from '@/lib/ml/queue-missing-analysis';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async () => json(await listMlProgress()), { access: 'admin' });

export const POST = withAuth(async () => json({ queued: await queueMissingAnalysis() }), { access: 'admin' });
