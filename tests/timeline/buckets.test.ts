// Month buckets: grouping by the local wall clock (time zones, the year boundary), order with
// and without UTC times, filters, and another user's assets never appearing.
import { describe, expect, it } from 'vitest';
import { GET as bucketRoute } from '@/app/api/timeline/bucket/route';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { prisma } from '@/lib/server/db';
import { libraryOwner, createAsset } from '../support/asset-factory';
import { createUser, request, signIn } from '../support/factories';
import { getBucket, getBuckets, refreshTimelineCounts } from './helpers';

async function signedInOwner() {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  return { user, cookie, owner: await libraryOwner(user.id) };
}

describe('grouping by local month', () => {
  it('puts 31 Dec 23:30 at +09:00 in December and 1 Jan 00:30 at +09:00 in January, whatever the UTC date', async () => {
    const { cookie, owner } = await signedInOwner();
    const tokyoNewYearsEve = await createAsset(owner, { local: '2023-12-31 23:30:00', utc: '2023-12-31T14:30:00Z' });
    const tokyoNewYear = await createAsset(owner, { local: '2024-01-01 00:30:00', utc: '2023-12-31T15:30:00Z' });
    // New York, 31 Dec 20:00 local is already 1 Jan 01:00 UTC: still December.
    const newYorkEvening = await createAsset(owner, { local: '2023-12-31 20:00:00', utc: '2024-01-01T01:00:00Z' });
    await refreshTimelineCounts();

    expect(await getBuckets(cookie)).toEqual([
      { month: '2024-01', photos: 1, videos: 0, count: 1 },
      { month: '2023-12', photos: 2, videos: 0, count: 2 },
    ]);
    expect((await getBucket(cookie, '2024-01')).id).toEqual([tokyoNewYear]);
    const december = await getBucket(cookie, '2023-12');
    expect(december.id.sort()).toEqual([tokyoNewYearsEve, newYorkEvening].sort());
    // Day headers come from the wall clock too: both on the 31st.
    expect(december.localSecond.map((s) => Math.floor(s / 86400) + 1)).toEqual([31, 31]);
  });
});

describe('order inside a month', () => {
  it('sorts by the UTC instant when known, by the wall clock otherwise, newest first', async () => {
    const { cookie, owner } = await signedInOwner();
    // Taken at 10:00 in Tokyo (01:00 UTC) and 09:00 in London (09:00 UTC): London is newer
    // although its wall clock is earlier.
    const tokyo = await createAsset(owner, { local: '2024-05-10 10:00:00', utc: '2024-05-10T01:00:00Z' });
    const london = await createAsset(owner, { local: '2024-05-10 09:00:00', utc: '2024-05-10T09:00:00Z' });
    // No zone known: its wall clock stands in for the instant (05:00 → between the two).
    const scanned = await createAsset(owner, { local: '2024-05-10 05:00:00', utc: null });
    const later = await createAsset(owner, { local: '2024-05-20 12:00:00', utc: null });
    const bucket = await getBucket(cookie, '2024-05');
    expect(bucket.id).toEqual([later, london, scanned, tokyo]);
    expect(bucket.count).toBe(4);
  });
});

describe('one day across time zones', () => {
  it('keeps a local day together: a day header is never split by another day taken elsewhere', async () => {
    const { cookie, owner } = await signedInOwner();
    // 11 June 08:00 in Tokyo is 10 June 23:00 UTC — earlier, as an instant, than 10 June
    // 22:00 in New York (11 June 02:00 UTC). By instant alone the 10th would be split by the 11th.
    const newYork10th = await createAsset(owner, { local: '2024-06-10 22:00:00', utc: '2024-06-11T02:00:00Z' });
    const tokyo11th = await createAsset(owner, { local: '2024-06-11 08:00:00', utc: '2024-06-10T23:00:00Z' });
    const london10th = await createAsset(owner, { local: '2024-06-10 12:00:00', utc: '2024-06-10T11:00:00Z' });
    const newYork11th = await createAsset(owner, { local: '2024-06-11 09:00:00', utc: '2024-06-11T13:00:00Z' });
    const bucket = await getBucket(cookie, '2024-06');
    expect(bucket.id).toEqual([newYork11th, tokyo11th, newYork10th, london10th]);
    expect(bucket.localSecond.map((s) => Math.floor(s / 86400) + 1)).toEqual([11, 11, 10, 10]);
  });
});

describe('state of a photo that moves to another month', () => {
  it('keeps it favourite or archived when a rescan dates it differently', async () => {
    const { cookie, owner } = await signedInOwner();
    const loved = await createAsset(owner, { local: '2022-05-10 10:00:00' });
    const hidden = await createAsset(owner, { local: '2022-05-11 10:00:00' });
    for (const [ids, action] of [[[loved], 'favourite'], [[hidden], 'archive']] as const) {
      expect((await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids, action } }))).status).toBe(200);
    }
    expect((await getBucket(cookie, '2022-05')).favourite).toBe('1');
    // A corrected date (say, a sidecar added later) moves both photos to November 2021.
    await prisma().$executeRaw`UPDATE assets SET taken_at_local = taken_at_local - interval '6 months' WHERE id IN (${loved}::uuid, ${hidden}::uuid)`;
    const november = await getBucket(cookie, '2021-11');
    expect(november.id).toEqual([loved]);
    expect(november.favourite).toBe('1');
    expect((await getBucket(cookie, '2021-11', '&view=archive')).id).toEqual([hidden]);
    expect((await getBucket(cookie, '2022-05')).count).toBe(0);
  });
});

describe('columnar bucket', () => {
  it('has one entry per asset in every column: ratio, type, duration, thumbhash, favourite, file name', async () => {
    const { cookie, owner } = await signedInOwner();
    const video = await createAsset(owner, { local: '2022-03-02 10:00:00', type: 'video', width: 1920, height: 1080, durationMs: 61_000, relPath: 'Trips/2022, Lisbon/tram ride.mp4' });
    const portrait = await createAsset(owner, { local: '2022-03-01 10:00:00', width: 3000, height: 4000, thumbhash: null, relPath: 'IMG_2682.heic' });
    const res = await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [portrait], action: 'favourite' } }));
    expect(res.status).toBe(200);
    const bucket = await getBucket(cookie, '2022-03');
    expect(bucket).toMatchObject({
      month: '2022-03',
      count: 2,
      id: [video, portrait],
      ratio: [1.78, 0.75],
      type: 'vp',
      durationMs: [61_000, null],
      favourite: '01',
      localSecond: [86400 + 36000, 36000],
      // the name only: a tile's accessible name never reads out the folders
      fileName: ['tram ride.mp4', 'IMG_2682.heic'],
    });
    expect(bucket.thumbhash[0]).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(bucket.thumbhash[1]).toBeNull();
  });

  it('refuses a malformed month with 422', async () => {
    const { cookie } = await signedInOwner();
    const res = await bucketRoute(request('/api/timeline/bucket?month=2024-13', { cookie }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('validation_failed');
  });
});

describe('filters', () => {
  it('separates timeline, favourites, archive, trash and types', async () => {
    const { cookie, owner } = await signedInOwner();
    const plain = await createAsset(owner, { local: '2021-06-01 08:00:00' });
    const favourite = await createAsset(owner, { local: '2021-06-02 08:00:00' });
    const archived = await createAsset(owner, { local: '2021-07-01 08:00:00' });
    const trashed = await createAsset(owner, { local: '2021-08-01 08:00:00' });
    const video = await createAsset(owner, { local: '2021-06-03 08:00:00', type: 'video', durationMs: 5000 });
    await createAsset(owner, { local: '2021-06-04 08:00:00', ingestStatus: 'pending' }); // not shown until ingested
    await createAsset(owner, { local: '2021-06-05 08:00:00', status: 'offline' }); // original gone
    const act = async (ids: string[], action: string) =>
      expect((await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids, action } }))).status).toBe(200);
    await act([favourite], 'favourite');
    await act([archived], 'archive');
    await act([trashed], 'trash');
    await refreshTimelineCounts();

    expect(await getBuckets(cookie)).toEqual([{ month: '2021-06', photos: 2, videos: 1, count: 3 }]);
    expect(await getBuckets(cookie, '?type=video')).toEqual([{ month: '2021-06', photos: 0, videos: 1, count: 1 }]);
    expect(await getBuckets(cookie, '?view=favourites')).toEqual([{ month: '2021-06', photos: 1, videos: 0, count: 1 }]);
    expect(await getBuckets(cookie, '?view=archive')).toEqual([{ month: '2021-07', photos: 1, videos: 0, count: 1 }]);
    expect(await getBuckets(cookie, '?view=trash')).toEqual([{ month: '2021-08', photos: 1, videos: 0, count: 1 }]);

    expect((await getBucket(cookie, '2021-06')).id).toEqual([video, favourite, plain]);
    expect((await getBucket(cookie, '2021-06', '&type=photo')).id).toEqual([favourite, plain]);
    expect((await getBucket(cookie, '2021-06', '&view=favourites')).id).toEqual([favourite]);
    expect((await getBucket(cookie, '2021-07')).id).toEqual([]);
    expect((await getBucket(cookie, '2021-07', '&view=archive')).id).toEqual([archived]);
    expect((await getBucket(cookie, '2021-08', '&view=trash')).id).toEqual([trashed]);
    expect((await getBucket(cookie, '2021-08')).id).toEqual([]);
  });
});

describe('isolation', () => {
  it('never shows another user’s assets, in counts, buckets or any view', async () => {
    const alice = await signedInOwner();
    const bob = await signedInOwner();
    const mine = await createAsset(alice.owner, { local: '2020-02-02 12:00:00' });
    const bobs = await createAsset(bob.owner, { local: '2020-02-03 12:00:00' });
    await createAsset(bob.owner, { local: '2019-01-01 12:00:00' });
    // Bob favourites and trashes his own; Alice's views must not change.
    await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie: bob.cookie, json: { ids: [bobs], action: 'favourite' } }));
    await refreshTimelineCounts();

    expect(await getBuckets(alice.cookie)).toEqual([{ month: '2020-02', photos: 1, videos: 0, count: 1 }]);
    expect((await getBucket(alice.cookie, '2020-02')).id).toEqual([mine]);
    expect(await getBuckets(alice.cookie, '?view=favourites')).toEqual([]);
    expect((await getBucket(alice.cookie, '2020-02', '&view=favourites')).id).toEqual([]);
    expect((await getBucket(bob.cookie, '2020-02')).id).toEqual([bobs]);
  });

  it('answers 401 without a session', async () => {
    const { GET } = await import('@/app/api/timeline/buckets/route');
    expect((await GET(request('/api/timeline/buckets'))).status).toBe(401);
  });
});
