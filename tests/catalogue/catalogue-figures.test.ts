// The catalogue's other answers on the hand-checkable collection (collection.ts): stats of a
// search, the dashboard, the seeded random video, spotlight, and the top bar's suggestions,
// each only over what the asking user can see.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as dashboardRoute } from '@/app/api/videos/dashboard/route';
import { GET as randomRoute } from '@/app/api/videos/random/route';
import { GET as spotlightRoute } from '@/app/api/videos/spotlight/route';
import { GET as statsRoute } from '@/app/api/videos/stats/route';
import { GET as suggestRoute } from '@/app/api/search/suggest/route';
import { prisma } from '@/lib/server/db';
import { params, request } from '../support/factories';
import { collection } from './collection';

type Route = typeof statsRoute;
async function get(route: Route, path: string, cookie: string) {
  const res = await route(request(path, { cookie }), params({}));
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

let c: Awaited<ReturnType<typeof collection>>;
beforeAll(async () => {
  c = await collection();
});

describe('GET /api/videos/stats', () => {
  it('counts, sums and spreads by month the whole collection and a search, for what the user sees', async () => {
    expect(await get(statsRoute, '/api/videos/stats', c.h.member.cookie)).toEqual({
      total: 4,
      durationMs: 810_000,
      bytes: 18_000,
      added: [
        { month: '2024-01', count: 1 },
        { month: '2024-02', count: 1 },
        { month: '2024-03', count: 1 },
        { month: '2024-04', count: 1 },
      ],
      released: [
        { month: '2019-07', count: 1 },
        { month: '2020-05', count: 1 },
        { month: '2021-01', count: 1 },
      ],
    });
    expect(await get(statsRoute, `/api/videos/stats?tags=${c.outdoor}`, c.h.member.cookie)).toEqual({
      total: 2,
      durationMs: 90_000,
      bytes: 14_000,
      added: [
        { month: '2024-01', count: 1 },
        { month: '2024-03', count: 1 },
      ],
      released: [{ month: '2020-05', count: 1 }],
    });
    expect((await get(statsRoute, '/api/videos/stats', c.h.owner.cookie)).total).toBe(5);
    expect(await get(statsRoute, '/api/videos/stats?q=nothing-like-it', c.h.member.cookie)).toEqual({ total: 0, durationMs: 0, bytes: 0, added: [], released: [] });
    const bad = await statsRoute(request('/api/videos/stats?ratingMin=9', { cookie: c.h.member.cookie }), params({}));
    expect(bad.status).toBe(422);
  });
});

describe('GET /api/videos/dashboard', () => {
  it('answers exact counts, totals, the three lists and this week of watch time', async () => {
    await prisma().videoPlay.create({ data: { id: '11111111-1111-4111-8111-111111111111', userId: c.h.member.id, assetId: c.A, watchedSeconds: 120 } });
    const d = await get(dashboardRoute, '/api/videos/dashboard', c.h.member.cookie);
    // The member sees the owner's performers, studios and tags linked to the shared videos (the
    // parent studio "Big" and the parent tag "outdoor" are on none), not the stranger's.
    expect(d.counts).toEqual({ videos: 4, performers: 4, studios: 3, tags: 3 });
    expect([d.durationMs, d.bytes]).toEqual([810_000, 18_000]);
    expect(d.mostWatched.map((v: { id: string }) => v.id)).toEqual([c.A, c.D]);
    expect(d.mostLiked.map((v: { id: string }) => v.id)).toEqual([c.A, c.B]);
    expect(d.recentlyAdded.map((v: { id: string }) => v.id)).toEqual([c.D, c.C, c.B, c.A]);
    expect(d.mostLiked[0]).toMatchObject({ title: 'Clip 10', likeCount: 2, rating: 5 });
    expect(d.watchPerWeek).toHaveLength(26);
    const monday = new Date();
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    expect(d.watchPerWeek.at(-1)).toEqual({ week: monday.toISOString().slice(0, 10), seconds: 120 });
    expect(d.watchPerWeek.slice(0, -1).every((w: { seconds: number }) => w.seconds === 0)).toBe(true);

    const o = await get(dashboardRoute, '/api/videos/dashboard', c.h.owner.cookie);
    expect(o.counts).toEqual({ videos: 5, performers: 4, studios: 4, tags: 4 });
    expect(o.mostWatched).toEqual([]);
    expect(o.watchPerWeek.every((w: { seconds: number }) => w.seconds === 0)).toBe(true);
  });
});

describe('GET /api/videos/random', () => {
  it('picks the same video for the same seed, within the filters, and answers the seed it chose', async () => {
    const first = await get(randomRoute, '/api/videos/random?seed=5', c.h.member.cookie);
    expect(first.seed).toBe(5);
    expect([c.A, c.B, c.C, c.D]).toContain(first.video.id);
    expect((await get(randomRoute, '/api/videos/random?seed=5', c.h.member.cookie)).video.id).toBe(first.video.id);
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) seen.add((await get(randomRoute, `/api/videos/random?seed=${seed}&tags=${c.outdoor}`, c.h.member.cookie)).video.id);
    expect([...seen].sort()).toEqual([c.A, c.C].sort());
    const chosen = await get(randomRoute, '/api/videos/random', c.h.member.cookie);
    expect((await get(randomRoute, `/api/videos/random?seed=${chosen.seed}`, c.h.member.cookie)).video.id).toBe(chosen.video.id);
    expect(await get(randomRoute, `/api/videos/random?seed=1&tags=${c.outdoor}`, c.h.stranger.cookie)).toEqual({ video: null, seed: 1 });
  });
});

describe('GET /api/videos/spotlight', () => {
  it('shows something loved and not watched lately, else something highly rated, else nothing', async () => {
    expect(await get(spotlightRoute, '/api/videos/spotlight', c.h.member.cookie)).toMatchObject({ video: { id: c.A }, reason: 'loved-not-watched-lately' });
    await prisma().assetUserState.update({ where: { userId_assetId: { userId: c.h.member.id, assetId: c.A } }, data: { lastViewedAt: new Date() } });
    expect(await get(spotlightRoute, '/api/videos/spotlight', c.h.member.cookie)).toMatchObject({ video: { id: c.A }, reason: 'highly-rated' });
    const owner = await get(spotlightRoute, '/api/videos/spotlight', c.h.owner.cookie);
    expect([c.A, c.B]).toContain(owner.video.id);
    expect(await get(spotlightRoute, '/api/videos/spotlight', c.h.stranger.cookie)).toEqual({ video: null, reason: null });
  });
});

describe('GET /api/search/suggest', () => {
  const names = (list: { name: string }[]) => list.map((e) => e.name);
  it('suggests performers, studios, tags and videos the user can see, typo-tolerant', async () => {
    const m = await get(suggestRoute, '/api/search/suggest?q=beech', c.h.member.cookie);
    expect(m.tags).toEqual([{ id: c.beach, name: 'beach', imageUrl: null, videoCount: 1 }]);
    expect(m.videos.map((v: { id: string }) => v.id)).toEqual([c.C, c.A]);
    expect(m.videos[0]).toEqual({ id: c.C, title: 'Sunny Beach House', thumbnailUrl: `/api/assets/${c.C}/thumbnail` });
    const ali = await get(suggestRoute, '/api/search/suggest?q=ali', c.h.member.cookie);
    expect(ali.performers).toEqual([{ id: c.alice, name: 'Alice', imageUrl: null, videoCount: 2 }]);
    expect(names((await get(suggestRoute, '/api/search/suggest?q=robert', c.h.member.cookie)).performers)).toEqual(['Bob']);
    // One or two letters: names that start with them.
    expect(names((await get(suggestRoute, '/api/search/suggest?q=D', c.h.member.cookie)).performers)).toEqual(['Dave']);
    expect(names((await get(suggestRoute, '/api/search/suggest?q=su', c.h.member.cookie)).tags)).toEqual(['sunset']);
    expect(names((await get(suggestRoute, '/api/search/suggest?q=studio', c.h.member.cookie)).studios)).toEqual(['Studio 1', 'Studio 2']);
  });

  it("never suggests another user's entities or videos, unless they are on a video the user sees", async () => {
    expect((await get(suggestRoute, '/api/search/suggest?q=big', c.h.member.cookie)).studios).toEqual([]);
    expect((await get(suggestRoute, '/api/search/suggest?q=big', c.h.owner.cookie)).studios).toEqual([{ id: c.big, name: 'Big', imageUrl: null, videoCount: 0 }]);
    const stranger = await get(suggestRoute, '/api/search/suggest?q=ali', c.h.stranger.cookie);
    expect(stranger.performers).toEqual([{ id: c.strangerPerson, name: 'Alice', imageUrl: null, videoCount: 1 }]);
    expect((await get(suggestRoute, '/api/search/suggest?q=beach', c.h.stranger.cookie)).videos.map((v: { id: string }) => v.id)).toEqual([c.F]);
    expect((await get(suggestRoute, '/api/search/suggest?q=private', c.h.member.cookie)).videos).toEqual([]);
    expect(await get(suggestRoute, '/api/search/suggest?q=%20', c.h.member.cookie)).toEqual({ performers: [], studios: [], tags: [], videos: [] });
    const long = await suggestRoute(request(`/api/search/suggest?q=${'x'.repeat(201)}`, { cookie: c.h.member.cookie }), params({}));
    expect(long.status).toBe(422);
  });
});
