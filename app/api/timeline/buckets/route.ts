// GET /api/timeline/buckets?view=&type= – per local month, the user's photo and video counts.
// The JSON array is written by PostgreSQL and sent as it comes.
import { withAuth } from '@/lib/auth/with-auth';
import { listTimelineBucketsJson } from '@/lib/timeline/list-timeline-buckets';
import { timelineFilterSchema } from '@/lib/timeline/timeline.schemas';

export const GET = withAuth(async ({ req, user }) => {
  const filter = timelineFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const buckets = await listTimelineBucketsJson(user.id, filter);
  return new Response(`{"buckets":${buckets}}`, { status: 200, headers: { 'content-type': 'application/json' } });
});
