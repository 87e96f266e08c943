// POST /api/admin/job-failures/retry – queue failed jobs again: { ids } or { all: true, filter } (admin).
import { retryFailuresSchema } from '@/lib/admin/job-failures.schemas';
import { retryJobFailures } from '@/lib/admin/retry-job-failures';
import { json, parseJsonBody, withAuth } from '@/lib/server/http';

export const POST = withAuth(
  async ({ req }) => {
    const input = await parseJsonBody(req, retryFailuresSchema);
    const result = await retryJobFailures('ids' in input ? { ids: input.ids } : { filter: input.filter });
    return json(result);
  },
  { access: 'admin' },
);
