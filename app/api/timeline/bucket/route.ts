// GET /api/timeline/bucket?month=YYYY-MM&view=&type=&paths= – one month's assets, columnar (bucket-wire.ts), newest first.
import { withAuth, json } from '@/lib/server/http';
import { encodeBucket } from '@/lib/timeline/bucket-wire';
import { getTimelineBucket } from '@/lib/timeline/get-timeline-bucket';
import { bucketQuerySchema } from '@/lib/timeline/timeline.schemas';

export const GET = withAuth(async ({ req, user }) => {
  const { month, paths, ...filter } = bucketQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(encodeBucket(await getTimelineBucket(user.id, filter, month, paths)), 200, { 'cache-control': 'private, no-cache' });
});
