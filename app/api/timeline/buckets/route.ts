// GET /api/timeline/buckets?view=&type= – per local month, the user's photo and video counts.
import { withAuth, json } from '@/lib/server/http';
import { listTimelineBuckets } from '@/lib/timeline/list-timeline-buckets';
import { timelineFilterSchema } from '@/lib/timeline/timeline.schemas';

export const GET = withAuth(async ({ req, user }) => {
  const filter = timelineFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json({ buckets: await listTimelineBuckets(user.id, filter) }, 200, { 'cache-control': 'private, no-cache' });
});
