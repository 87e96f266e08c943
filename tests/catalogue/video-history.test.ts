// The interaction history (GET /api/videos/history) against real PostgreSQL, with interactions
// made through the real routes: only the user's own, only on videos they can still see, newest
// first across kinds, filtered by kind, and keyset pages that neither repeat nor skip entries
// sharing a timestamp. Also: a rating is dated when it changes (rated_at).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { POST as commentRoute } from '@/app/api/assets/[id]/comments/route';
import { PATCH as interactionsRoute } from '@/app/api/assets/[id]/interactions/route';
import { POST as markerRoute } from '@/app/api/assets/[id]/markers/route';
import { POST as playRoute } from '@/app/api/assets/[id]/plays/[playId]/route';
import { DELETE as unshareRoute } from '@/app/api/libraries/[id]/members/[userId]/route';
import type { HistoryEntry } from '@/lib/catalogue/catalogue.schemas';
import { prisma } from '@/lib/server/db';
import { params, request } from '../support/factories';
import { addVideo, getHistory, historyPage, household } from './helpers';

const act = {
  patch: (cookie: string, id: string, json: unknown) => interactionsRoute(request(`/api/assets/${id}/interactions`, { method: 'PATCH', cookie, json }), params({ id })),
  play: (cookie: string, id: string, watchedSeconds: number) => {
    const playId = randomUUID();
    return playRoute(request(`/api/assets/${id}/plays/${playId}`, { method: 'POST', cookie, json: { watchedSeconds, position: watchedSeconds } }), params({ id, playId }));
  },
  mark: async (cookie: string, id: string, seconds: number, title?: string) =>
    (await markerRoute(request(`/api/assets/${id}/markers`, { method: 'POST', cookie, json: { seconds, title } }), params({ id }))).json() as Promise<{ id: string }>,
  comment: async (cookie: string, id: string, body: string) =>
    (await commentRoute(request(`/api/assets/${id}/comments`, { method: 'POST', cookie, json: { body } }), params({ id }))).json() as Promise<{ id: string }>,
};

/** Every entry of the history, page by page with a small limit. */
async function allPages(cookie: string, query: string, limit: number): Promise<{ entries: HistoryEntry[]; pages: number }> {
  const entries: HistoryEntry[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await historyPage(cookie, `?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    entries.push(...page.entries);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { entries, pages };
}

describe('GET /api/videos/history', () => {
  it("lists this user's own watched, liked, rated, marked and commented videos, newest first, with what each needs", async () => {
    const h = await household();
    const clip = await addVideo(h.family, { title: 'Beach', durationMs: 200_000 });
    const other = await addVideo(h.memberLib, { relPath: 'v/garden.mp4', derived: [] });
    await act.play(h.member.cookie, clip, 75);
    await act.patch(h.member.cookie, other, { liked: true });
    await act.patch(h.member.cookie, clip, { rating: 4 });
    const marker = await act.mark(h.member.cookie, clip, 61.5, 'The wave');
    const comment = await act.comment(h.member.cookie, other, 'x'.repeat(400));
    // Someone else's interactions with the same videos are theirs alone.
    await act.patch(h.owner.cookie, clip, { liked: true, rating: 2 });
    await act.comment(h.owner.cookie, clip, 'owner words');
    await act.play(h.owner.cookie, clip, 30);

    const { entries, nextCursor } = await historyPage(h.member.cookie);
    expect(nextCursor).toBeNull();
    expect(entries.map((e) => e.kind)).toEqual(['commented', 'marked', 'rated', 'liked', 'watched']);
    const times = entries.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const clipVideo = { id: clip, title: 'Beach', thumbnailUrl: `/api/assets/${clip}/thumbnail`, durationMs: 200_000 };
    expect(entries).toEqual([
      { key: `commented:${comment.id}`, kind: 'commented', at: expect.any(String), video: { id: other, title: 'garden', thumbnailUrl: null, durationMs: 90_000 }, seconds: null, commentId: comment.id, excerpt: 'x'.repeat(280) },
      { key: `marked:${marker.id}`, kind: 'marked', at: expect.any(String), video: clipVideo, seconds: 61.5, markerId: marker.id, endSeconds: null, title: 'The wave' },
      { key: `rated:${clip}`, kind: 'rated', at: expect.any(String), video: clipVideo, seconds: null, rating: 4 },
      { key: `liked:${other}`, kind: 'liked', at: expect.any(String), video: expect.objectContaining({ id: other }), seconds: null },
      { key: `watched:${clip}`, kind: 'watched', at: expect.any(String), video: clipVideo, seconds: null, viewSeconds: 75, playCount: 1 },
    ]);
    expect((await historyPage(h.stranger.cookie)).entries).toEqual([]);
  });

  it('filters by kind', async () => {
    const h = await household();
    const v = await addVideo(h.memberLib);
    await act.patch(h.member.cookie, v, { liked: true, rating: 5 });
    await act.mark(h.member.cookie, v, 1);
    await act.mark(h.member.cookie, v, 2);
    await act.play(h.member.cookie, v, 10);
    const kindsOf = async (kind: string) => (await historyPage(h.member.cookie, `?kind=${kind}`)).entries.map((e) => e.kind);
    expect(await kindsOf('marked')).toEqual(['marked', 'marked']);
    expect(await kindsOf('liked')).toEqual(['liked']);
    expect(await kindsOf('rated')).toEqual(['rated']);
    expect(await kindsOf('watched')).toEqual(['watched']);
    expect(await kindsOf('commented')).toEqual([]);
    expect((await kindsOf('all')).sort()).toEqual(['liked', 'marked', 'marked', 'rated', 'watched']);
  });

  it('pages by keyset without repeating or skipping entries that share a timestamp', async () => {
    const h = await household();
    const videos = [await addVideo(h.memberLib), await addVideo(h.memberLib), await addVideo(h.memberLib)];
    for (const v of videos) {
      await act.patch(h.member.cookie, v, { liked: true, rating: 3 });
      await act.play(h.member.cookie, v, 20);
      await act.mark(h.member.cookie, v, 5);
      await act.mark(h.member.cookie, v, 6);
      await act.comment(h.member.cookie, v, 'nice');
    }
    // Eighteen entries of five kinds, all but one at the very same millisecond.
    const same = new Date('2025-03-01T12:00:00.000Z');
    await prisma().assetUserState.updateMany({ where: { userId: h.member.id }, data: { likedAt: same, ratedAt: same, lastViewedAt: same } });
    await prisma().marker.updateMany({ where: { userId: h.member.id }, data: { createdAt: same } });
    await prisma().comment.updateMany({ where: { userId: h.member.id }, data: { createdAt: same } });
    await prisma().comment.updateMany({ where: { userId: h.member.id, assetId: videos[0] }, data: { createdAt: new Date('2025-03-02T00:00:00.000Z') } });

    const whole = (await historyPage(h.member.cookie, '?limit=100')).entries;
    expect(whole).toHaveLength(18);
    expect(whole[0]).toMatchObject({ kind: 'commented', video: { id: videos[0] } });
    for (const limit of [1, 2, 4, 5, 7]) {
      const { entries, pages } = await allPages(h.member.cookie, '', limit);
      expect(entries.map((e) => e.key), `limit ${limit}`).toEqual(whole.map((e) => e.key));
      expect(pages).toBe(Math.ceil(18 / limit));
    }
    const marked = await allPages(h.member.cookie, '&kind=marked', 4);
    expect(marked.entries.map((e) => e.key)).toEqual(whole.filter((e) => e.kind === 'marked').map((e) => e.key));
  });

  it('forgets entries on videos the user can no longer see, and never shows a stranger’s video', async () => {
    const h = await household();
    const shared = await addVideo(h.family);
    const own = await addVideo(h.memberLib);
    await act.patch(h.member.cookie, shared, { liked: true });
    await act.comment(h.member.cookie, shared, 'on the shared one');
    await act.patch(h.member.cookie, own, { liked: true });
    expect((await historyPage(h.member.cookie)).entries.map((e) => e.video.id).sort()).toEqual([own, shared, shared].sort());
    // The owner trashes it: gone for the member (the owner would still see theirs).
    await prisma().asset.update({ where: { id: shared }, data: { status: 'trashed' } });
    expect((await historyPage(h.member.cookie)).entries.map((e) => e.video.id)).toEqual([own]);
    await prisma().asset.update({ where: { id: shared }, data: { status: 'online' } });
    expect((await historyPage(h.member.cookie)).entries).toHaveLength(3);
    // Unshared: gone again.
    const res = await unshareRoute(
      request(`/api/libraries/${h.family.libraryId}/members/${h.member.id}`, { method: 'DELETE', cookie: h.owner.cookie }),
      params({ id: h.family.libraryId, userId: h.member.id }),
    );
    expect(res.status).toBe(204);
    expect((await historyPage(h.member.cookie)).entries.map((e) => e.video.id)).toEqual([own]);
    // A stranger's video, even with rows naming this user (made behind the API's back), never shows.
    const foreign = await addVideo(h.strangerLib);
    await prisma().marker.create({ data: { assetId: foreign, userId: h.member.id, seconds: 1 } });
    expect((await historyPage(h.member.cookie)).entries.map((e) => e.video.id)).toEqual([own]);
  });

  it('dates a rating when it changes, keeps the date for the same rating, and drops the entry when cleared', async () => {
    const h = await household();
    const v = await addVideo(h.memberLib);
    const ratedAt = async () => (await prisma().assetUserState.findUnique({ where: { userId_assetId: { userId: h.member.id, assetId: v } } }))?.ratedAt ?? null;
    await act.patch(h.member.cookie, v, { liked: true });
    expect(await ratedAt()).toBeNull();
    const before = Date.now();
    await act.patch(h.member.cookie, v, { rating: 2.5 });
    const first = await ratedAt();
    expect(first!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const rated = (await historyPage(h.member.cookie, '?kind=rated')).entries;
    expect(rated).toEqual([expect.objectContaining({ kind: 'rated', rating: 2.5, at: first!.toISOString() })]);
    // An older date, to see which changes move it.
    const old = new Date('2020-01-01T00:00:00.000Z');
    await prisma().assetUserState.update({ where: { userId_assetId: { userId: h.member.id, assetId: v } }, data: { ratedAt: old } });
    await act.patch(h.member.cookie, v, { rating: 2.5, liked: false });
    expect(await ratedAt()).toEqual(old);
    await act.patch(h.member.cookie, v, { rating: 4 });
    expect((await ratedAt())!.getTime()).toBeGreaterThan(old.getTime());
    await act.patch(h.member.cookie, v, { rating: null });
    expect(await ratedAt()).toBeNull();
    expect((await historyPage(h.member.cookie, '?kind=rated')).entries).toEqual([]);
  });

  it('refuses a bad kind, limit or cursor with 422 naming the field', async () => {
    const h = await household();
    const forged = Buffer.from(JSON.stringify(['2025-01-01T00:00:00.000Z', 'watched', 'not-a-uuid'])).toString('base64url');
    for (const [query, field] of [
      ['?kind=everything', 'kind'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?limit=many', 'limit'],
      ['?cursor=garbage', 'cursor'],
      [`?cursor=${forged}`, 'cursor'],
      [`?cursor=${'a'.repeat(600)}`, 'cursor'],
    ]) {
      const res = await getHistory(h.member.cookie, query);
      expect(res.status, query).toBe(422);
      expect(Object.keys((await res.json()).error.details.fieldErrors), query).toEqual([field]);
    }
    expect((await getHistory('')).status).toBe(401);
  });
});
