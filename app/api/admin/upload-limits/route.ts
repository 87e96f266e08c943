// GET /api/admin/upload-limits – the largest file anyone may upload, and every user's quota and use (admin).
// PATCH /api/admin/upload-limits – change the largest file, or one user's quota (null: unlimited) (admin).
import { withAuth } from '@/lib/auth/with-auth';
import { json, parseJsonBody } from '@/lib/server/http';
import { getUploadLimits, updateUploadLimits } from '@/lib/uploads/upload-limits';
import { updateUploadLimitsSchema } from '@/lib/uploads/uploads.schemas';

export const GET = withAuth(async () => json(await getUploadLimits()), { access: 'admin' });

export const PATCH = withAuth(
  async ({ req }) => json(await updateUploadLimits(await parseJsonBody(req, updateUploadLimitsSchema))),
  { access: 'admin' },
);
