// GET /api/admin/video-media – preview media progress: totals and the videos not done yet (admin).
// POST /api/admin/video-media – queue preview media for videos that have neither media nor a job (admin).
import { listVideoMediaProgress } from '@/lib/assets/list-video-media-progress';
import { queueMissingVideoMedia } from '@/lib/assets/queue-missing-video-media';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(async () => json(await listVideoMediaProgress()), { access: 'admin' });

export const POST = withAuth(async () => json({ queued: await queueMissingVideoMedia() }), { access: 'admin' });
