// GET /api/admin/job-failures?q=&task= – open failure reports and counts by reason (admin).
import { countOpenFailuresByReason, listOpenFailures } from '@/lib/jobs/job-failures.queries';
import { failureFilterSchema } from '@/lib/jobs/job-failures.schemas';
import { json } from '@/lib/server/http';
import { withAuth } from '@/lib/auth/with-auth';

export const GET = withAuth(
  async ({ req }) => {
    const filter = failureFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const [failures, reasons] = await Promise.all([listOpenFailures(filter), countOpenFailuresByReason(filter)]);
    return json({ failures, reasons });
  },
  { access: 'admin' },
);
