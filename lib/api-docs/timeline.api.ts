// The timeline's month views: counts per month and one month's assets (one record per asset).
import type { TimelineBucketWire } from '@/lib/timeline/bucket-wire';
import { bucketQuerySchema, timelineBucketsResponseSchema, timelineBucketWireSchema, timelineFilterSchema, type TimelineBucketSummary } from '@/lib/timeline/timeline.schemas';
import type { Documents } from './documents';
import { type ApiRoutes, json } from './operation';

const bucketDocumented: Documents<typeof timelineBucketWireSchema, TimelineBucketWire> = true;
const bucketsDocumented: Documents<typeof timelineBucketsResponseSchema.shape.buckets, TimelineBucketSummary[]> = true;
void [bucketDocumented, bucketsDocumented];

export const timelineRoutes: ApiRoutes = {
  'timeline/buckets': {
    GET: { summary: "Per local month, the user's photo and video counts", access: 'user', query: timelineFilterSchema, answers: { 200: json('Newest month first.', timelineBucketsResponseSchema) } },
  },
  'timeline/bucket': {
    GET: {
      summary: "One month's assets, newest first, one record per asset",
      description: 'Compact because a busy month holds thousands of assets: the records are one string (see the schema).',
      access: 'user',
      query: bucketQuerySchema,
      answers: { 200: json('The month.', timelineBucketWireSchema) },
    },
  },
};
