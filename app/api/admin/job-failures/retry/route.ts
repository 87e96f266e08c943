// POST /api/admin/job-failures/retry – queue failed jobs again: { ids } or { all: true, filter } (admin).
import { retryFailuresSchema } from '@/lib/jobs/job-failures.schemas';
import { retryJobFailures } from '@/lib/jobs/retry-job-failures';
import { json, parseJsonBody } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const POST = withAuth(
  async ({ req }) => {
    const input = await parseJsonBody(req, retryFailuresSchema);
    const result = await retryJobFailures('ids' in input ? { ids: input.ids } : { filter: input.filter });
    return json(result);
  },
  { access: 'admin' },
);
