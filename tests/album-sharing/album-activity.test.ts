// The activity of a shared album: likes and comments on the album and its items, "Anna added
// 12 items" entries, newest first and paged, counts per item; who may do what (owner,
// contributor, viewer, removed member, stranger); comment rules; parallel like clicks.
import { describe, expect, it } from 'vitest';
import { DELETE as deleteCommentRoute } from '@/app/api/albums/[id]/activity/comments/[commentId]/route';
import { POST as commentRoute } from '@/app/api/albums/[id]/activity/comments/route';
import { GET as countsRoute } from '@/app/api/albums/[id]/activity/counts/route';
import { PUT as likeRoute } from '@/app/api/albums/[id]/activity/like/route';
import { GET as feedRoute } from '@/app/api/albums/[id]/activity/route';
import { DELETE as removeRoute } from '@/app/api/albums/[id]/members/[userId]/route';
import type { ActivityEntry, ActivityPage } from '@/lib/album-sharing/album-sharing.schemas';
import { prisma } from '@/lib/server/db';
import { createAsset } from '../support/asset-factory';
import { call, namedUser, sharedAlbum } from './album-fixture';

type Fixture = Awaited<ReturnType<typeof sharedAlbum>>;

function api(h: Fixture) {
  const id = h.album.id;
  const base = `/api/albums/${id}/activity`;
  return {
    feed: (cookie: string, query = '') => call(feedRoute, `${base}${query}`, { id }, { cookie }),
    counts: (cookie: string, query = '') => call(countsRoute, `${base}/counts${query}`, { id }, { cookie }),
    comment: (cookie: string, json: unknown) => call(commentRoute, `${base}/comments`, { id }, { method: 'POST', cookie, json }),
    like: (cookie: string, json: unknown) => call(likeRoute, `${base}/like`, { id }, { method: 'PUT', cookie, json }),
    deleteComment: (cookie: string, commentId: string) =>
      call(deleteCommentRoute, `${base}/comments/${commentId}`, { id, commentId }, { method: 'DELETE', cookie }),
  };
}

async function entries(res: Response): Promise<ActivityEntry[]> {
  expect(res.status).toBe(200);
  return ((await res.json()) as ActivityPage).entries;
}

describe('album activity', () => {
  it('lets the owner and every member like, comment and read; a removed member and a stranger get 404 everywhere', async () => {
    const h = await sharedAlbum();
    const a = api(h);
    const [item] = h.items;
    // Remy is removed before anything happens: from then on Remy is a stranger to the album.
    await call(removeRoute, `/api/albums/${h.album.id}/members/${h.removed.id}`, { id: h.album.id, userId: h.removed.id }, { method: 'DELETE', cookie: h.owner.cookie });
    for (const who of [h.owner, h.contributor, h.viewer]) {
      expect((await a.comment(who.cookie, { body: `Hello from ${who.name}` })).status, who.name).toBe(201);
      expect((await a.comment(who.cookie, { body: 'Nice one', assetId: item })).status, who.name).toBe(201);
      expect((await a.like(who.cookie, { liked: true, assetId: item })).status, who.name).toBe(200);
      expect((await a.like(who.cookie, { liked: true })).status, who.name).toBe(200);
      expect((await a.feed(who.cookie)).status, who.name).toBe(200);
      expect((await a.counts(who.cookie)).status, who.name).toBe(200);
    }
    const someComment = (await entries(await a.feed(h.owner.cookie))).find((e) => e.kind === 'comment')!;
    for (const who of [h.removed, h.stranger]) {
      const answers = await Promise.all([
        a.comment(who.cookie, { body: 'let me in' }),
        a.like(who.cookie, { liked: true }),
        a.like(who.cookie, { liked: true, assetId: item }),
        a.feed(who.cookie),
        a.feed(who.cookie, `?assetId=${item}`),
        a.counts(who.cookie),
        a.deleteComment(who.cookie, someComment.id),
      ]);
      expect(answers.map((r) => r.status), who.name).toEqual(Array(7).fill(404));
      for (const r of answers) expect(await r.text()).not.toContain('Hello from');
    }
    const counts = await (await a.counts(h.viewer.cookie)).json();
    expect(counts.album).toEqual({ likes: 3, comments: 3, likedByMe: true });
    expect(counts.items).toEqual([{ assetId: item, likes: 3, comments: 3, likedByMe: true }]);
    expect(await prisma().albumActivity.count({ where: { albumId: h.album.id, userId: { in: [h.removed.id, h.stranger.id] } } })).toBe(0);
  });

  it('keeps comments as trimmed plain text: refuses empty and too long ones, keeps markup as characters', async () => {
    const h = await sharedAlbum();
    const a = api(h);
    for (const body of ['', '   \n\t ', 'x'.repeat(2001), 42, null]) {
      const res = await a.comment(h.viewer.cookie, { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await res.json()).error.details.fieldErrors.body).toBeDefined();
    }
    expect((await a.comment(h.viewer.cookie, { body: 'ok', assetId: h.outside })).status).toBe(404); // not an item of the album
    expect((await a.comment(h.viewer.cookie, { body: 'ok', assetId: 'nope' })).status).toBe(422);
    const longest = await a.comment(h.viewer.cookie, { body: `  ${'y'.repeat(2000)}  ` });
    expect(longest.status).toBe(201);
    expect((await longest.json()).body).toBe('y'.repeat(2000));
    const html = '<img src=x onerror="alert(1)"><b>bold</b> & friends';
    const res = await a.comment(h.viewer.cookie, { body: `\n ${html} \n` });
    expect(res.status).toBe(201);
    const made = await res.json();
    expect(made).toMatchObject({ kind: 'comment', body: html, user: { id: h.viewer.id, name: 'Vera' }, assetId: null, canDelete: true });
    const [newest] = await entries(await a.feed(h.owner.cookie));
    expect(newest).toMatchObject({ id: made.id, body: html, canDelete: true });
    expect(await prisma().albumActivity.count({ where: { albumId: h.album.id, kind: 'comment' } })).toBe(2);
  });

  it('lets a comment’s author and the album’s owner delete it, and no other member', async () => {
    const h = await sharedAlbum();
    const a = api(h);
    const carls = await (await a.comment(h.contributor.cookie, { body: 'Carl was here' })).json();
    const veras = await (await a.comment(h.viewer.cookie, { body: 'Vera was here' })).json();
    const olgas = await (await a.comment(h.owner.cookie, { body: 'Olga was here' })).json();
    // What each may delete, as the feed tells them.
    const canDelete = async (cookie: string) =>
      Object.fromEntries((await entries(await a.feed(cookie))).filter((e) => e.kind === 'comment').map((e) => [e.id, e.kind === 'comment' && e.canDelete]));
    expect(await canDelete(h.viewer.cookie)).toEqual({ [carls.id]: false, [veras.id]: true, [olgas.id]: false });
    expect(await canDelete(h.owner.cookie)).toEqual({ [carls.id]: true, [veras.id]: true, [olgas.id]: true });

    expect((await a.deleteComment(h.viewer.cookie, carls.id)).status).toBe(404);
    expect((await a.deleteComment(h.viewer.cookie, olgas.id)).status).toBe(404);
    expect((await a.deleteComment(h.contributor.cookie, veras.id)).status).toBe(404);
    expect((await a.deleteComment(h.viewer.cookie, veras.id)).status).toBe(204);
    expect((await a.deleteComment(h.owner.cookie, carls.id)).status).toBe(204);
    expect((await a.deleteComment(h.owner.cookie, carls.id)).status).toBe(404);
    expect((await a.deleteComment(h.owner.cookie, 'not-an-id')).status).toBe(404);
    // A like is no comment; a comment of another album is not found in this one.
    await a.like(h.viewer.cookie, { liked: true });
    const like = await prisma().albumActivity.findFirstOrThrow({ where: { albumId: h.album.id, kind: 'like' } });
    expect((await a.deleteComment(h.owner.cookie, like.id)).status).toBe(404);
    const other = await prisma().album.create({ data: { ownerId: h.owner.id, title: 'Other' } });
    const elsewhere = await prisma().albumActivity.create({ data: { albumId: other.id, userId: h.owner.id, kind: 'comment', body: 'x' } });
    expect((await a.deleteComment(h.owner.cookie, elsewhere.id)).status).toBe(404);
    expect(await prisma().albumActivity.count({ where: { id: elsewhere.id } })).toBe(1);
    expect((await entries(await a.feed(h.owner.cookie))).filter((e) => e.kind === 'comment').map((e) => e.id)).toEqual([olgas.id]);
  });

  it('keeps one like per person and item under 40 parallel clicks, without an error', async () => {
    const h = await sharedAlbum();
    const a = api(h);
    const [item] = h.items;
    const likes = await Promise.all(Array.from({ length: 40 }, () => a.like(h.viewer.cookie, { liked: true, assetId: item })));
    expect(likes.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(await prisma().albumActivity.count({ where: { albumId: h.album.id, assetId: item, kind: 'like' } })).toBe(1);
    // Like and unlike clicked over each other, by two people on the album itself.
    const mixed = await Promise.all(
      Array.from({ length: 40 }, (_, i) => a.like(i % 2 ? h.viewer.cookie : h.owner.cookie, { liked: i % 4 < 2, assetId: null })),
    );
    expect(mixed.map((r) => r.status)).toEqual(Array(40).fill(200));
    for (const who of [h.viewer, h.owner]) {
      expect(await prisma().albumActivity.count({ where: { albumId: h.album.id, assetId: null, kind: 'like', userId: who.id } })).toBeLessThanOrEqual(1);
    }
    // A final click decides; the answer carries the count everyone sees.
    expect(await (await a.like(h.owner.cookie, { liked: true })).json()).toMatchObject({ liked: true, assetId: null });
    const last = await (await a.like(h.viewer.cookie, { liked: false })).json();
    expect(last).toEqual({ assetId: null, liked: false, likes: 1 });
    const counts = await (await a.counts(h.viewer.cookie, `?assetId=${item}`)).json();
    expect(counts).toEqual({ album: { likes: 1, comments: 0, likedByMe: false }, items: [{ assetId: item, likes: 1, comments: 0, likedByMe: true }] });
    const other = await (await a.counts(h.viewer.cookie, `?assetId=${h.items[1]}`)).json();
    expect(other.items).toEqual([{ assetId: h.items[1], likes: 0, comments: 0, likedByMe: false }]);
    expect((await a.counts(h.viewer.cookie, `?assetId=${h.outside}`)).status).toBe(404);
    expect((await a.like(h.viewer.cookie, { liked: 'yes' })).status).toBe(422);
  });

  it('groups adds per person and few minutes, mixes them with likes and comments newest first, and pages through all of it once', async () => {
    const h = await sharedAlbum();
    const a = api(h);
    const anna = await namedUser('Anna');
    await prisma().albumMember.create({ data: { albumId: h.album.id, userId: anna.id, role: 'contributor' } });
    // The fixture's two items were added by Olga now; move them an hour back.
    const t0 = Date.now() - 3_600_000;
    await prisma().albumAsset.updateMany({ where: { albumId: h.album.id }, data: { addedAt: new Date(t0) } });
    const add = async (who: { id: string }, at: number) => {
      const assetId = await createAsset(h.lib, { local: '2024-08-01 10:00:00' });
      await prisma().albumAsset.create({ data: { albumId: h.album.id, assetId, addedBy: who.id, addedAt: new Date(at) } });
      return assetId;
    };
    // Anna: 12 items a minute apart (one burst), then 3 more 20 minutes later (another); Carl between.
    const burst = [];
    for (let i = 0; i < 12; i++) burst.push(await add(anna, t0 + 60_000 + i * 60_000));
    const carls = await add(h.contributor, t0 + 14 * 60_000);
    for (let i = 0; i < 3; i++) await add(anna, t0 + 40 * 60_000 + i * 1000);
    const comment = await (await a.comment(h.viewer.cookie, { body: 'Lovely', assetId: burst[0] })).json();
    await a.like(h.owner.cookie, { liked: true, assetId: carls });

    const all = await entries(await a.feed(h.viewer.cookie, '?limit=100'));
    const shape = all.map((e) => (e.kind === 'added' ? `${e.user?.name} added ${e.count}` : `${e.user.name} ${e.kind}`));
    expect(shape).toEqual(['Olga like', 'Vera comment', 'Anna added 3', 'Carl added 1', 'Anna added 12', 'Olga added 2']);
    const annas = all[4];
    expect(annas.kind === 'added' && annas.assetIds).toEqual(burst.slice(-6).reverse());
    expect(annas.kind === 'added' && [annas.since, annas.createdAt]).toEqual([new Date(t0 + 60_000).toISOString(), new Date(t0 + 12 * 60_000).toISOString()]);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].createdAt >= all[i].createdAt).toBe(true);

    // Two at a time: every entry exactly once, in the same order, and the end is said.
    const paged: ActivityEntry[] = [];
    let cursor: string | null = null;
    do {
      const res = await a.feed(h.viewer.cookie, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await res.json()) as ActivityPage;
      expect(page.entries.length).toBeLessThanOrEqual(2);
      paged.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect((await a.feed(h.viewer.cookie, '?cursor=garbage')).status).toBe(422);
    expect((await a.feed(h.viewer.cookie, '?limit=0')).status).toBe(422);
    expect((await a.feed(h.viewer.cookie, '?limit=abc')).status).toBe(422);

    // One item's activity: its comment and who added it.
    const one = await entries(await a.feed(h.viewer.cookie, `?assetId=${burst[0]}`));
    expect(one.map((e) => e.kind)).toEqual(['comment', 'added']);
    expect(one[0].id).toBe(comment.id);
    expect(one[1]).toMatchObject({ kind: 'added', count: 1, assetIds: [burst[0]], user: { name: 'Anna' } });
    expect((await a.feed(h.viewer.cookie, `?assetId=${h.outside}`)).status).toBe(404);

    // An item that leaves the album (or goes to its owner's trash) takes its activity along.
    await prisma().albumAsset.delete({ where: { albumId_assetId: { albumId: h.album.id, assetId: burst[0] } } });
    await prisma().asset.update({ where: { id: carls }, data: { status: 'trashed' } });
    const left = await entries(await a.feed(h.viewer.cookie, '?limit=100'));
    expect(left.map((e) => (e.kind === 'added' ? `${e.user?.name} added ${e.count}` : e.kind))).toEqual(['Anna added 3', 'Anna added 11', 'Olga added 2']);
    expect((await (await a.counts(h.viewer.cookie)).json()).items).toEqual([]);
    expect((await a.feed(h.viewer.cookie, `?assetId=${burst[0]}`)).status).toBe(404);
  });
});
