// GET /api/timeline/bucket?month=YYYY-MM&view=&type= – one month's assets, one record per asset
// (bucket-wire.ts), newest first. The JSON is built by PostgreSQL and sent as it comes.
import { withAuth } from '@/lib/auth/with-auth';
import { getTimelineBucketJson } from '@/lib/timeline/get-timeline-bucket';
import { bucketQuerySchema } from '@/lib/timeline/timeline.schemas';

export const GET = withAuth(async ({ req, user }) => {
  const { month, ...filter } = bucketQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const body = await getTimelineBucketJson(user.id, filter, month);
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
});
