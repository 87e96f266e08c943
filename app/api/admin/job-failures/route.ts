// GET /api/admin/job-failures?q=&task= – open failure reports and counts by reason (admin).
import { countOpenFailuresByReason, listOpenFailures } from '@/lib/admin/job-failures.queries';
import { failureFilterSchema } from '@/lib/admin/job-failures.schemas';
import { json, withAuth } from '@/lib/server/http';

export const GET = withAuth(
  async ({ req }) => {
    const filter = failureFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const [failures, reasons] = await Promise.all([listOpenFailures(filter), countOpenFailuresByReason(filter)]);
    return json({ failures, reasons });
  },
  { access: 'admin' },
);
