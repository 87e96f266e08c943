// GET /api/uploads – my uploads (newest first), my limits (largest file, quota, used) and where uploads go.
import { withAuth } from '@/lib/auth/with-auth';
import { json } from '@/lib/server/http';
import { listMyUploads } from '@/lib/uploads/list-my-uploads';

export const GET = withAuth(async ({ user }) => json(await listMyUploads(user)));
