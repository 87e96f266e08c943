// GET /api/admin/places – the places backfill: rows still to look up, files with GPS and no place, the job (admin).
// POST /api/admin/places – queue the backfill now (admin).
import { withAuth } from '@/lib/auth/with-auth';
import { getPlacesBackfillStatus, queuePlacesBackfill } from '@/lib/places/places-backfill-status';
import { json } from '@/lib/server/http';

export const GET = withAuth(async () => json(await getPlacesBackfillStatus()), { access: 'admin' });

export const POST = withAuth(async () => json(await queuePlacesBackfill(), 202), { access: 'admin' });
