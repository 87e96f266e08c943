// Calls the timeline route handlers the way Next does, with a signed-in user's cookie.
import { GET as bucketRoute } from '@/app/api/timeline/bucket/route';
import { GET as bucketsRoute } from '@/app/api/timeline/buckets/route';
import { decodeBucket } from '@/lib/timeline/bucket-wire';
import { refreshTimelineCounts } from '@/lib/timeline/refresh-monthly-counts';
import type { TimelineBucket, TimelineBucketSummary } from '@/lib/timeline/timeline.schemas';
import { request } from '../support/factories';

export async function getBuckets(cookie: string, query = ''): Promise<TimelineBucketSummary[]> {
  const res = await bucketsRoute(request(`/api/timeline/buckets${query}`, { cookie }));
  if (res.status !== 200) throw new Error(`buckets answered ${res.status}: ${await res.text()}`);
  return (await res.json()).buckets;
}

export async function getBucket(cookie: string, month: string, query = ''): Promise<TimelineBucket> {
  const res = await bucketRoute(request(`/api/timeline/bucket?month=${month}${query}`, { cookie }));
  if (res.status !== 200) throw new Error(`bucket answered ${res.status}: ${await res.text()}`);
  return decodeBucket(await res.json());
}

export { refreshTimelineCounts };
