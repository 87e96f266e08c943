// GET /api/admin/job-failures?q=&task= – open failure reports and counts by reason (admin).
import { listJobFailures } from '@/lib/jobs/list-job-failures';
import { failureFilterSchema } from '@/lib/jobs/job-failures.schemas';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(
  async ({ req }) => {
    const filter = failureFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return json(await listJobFailures(filter));
  },
  { access: 'admin' },
);
