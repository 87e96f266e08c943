// The video catalogue's list (GET /api/videos) against real PostgreSQL through the route: who
// sees which videos (owner, member of a shared library, stranger), what a user's own archive
// hides, the total and the pages, the card's fields and the user's own state, and input that
// is refused with a 422 (never a 500).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PATCH as interactionsRoute } from '@/app/api/assets/[id]/interactions/route';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { POST as playRoute } from '@/app/api/assets/[id]/plays/[playId]/route';
import { params, request } from '../support/factories';
import { addVideo, getVideos, household, videoPage } from './helpers';

const ids = (page: { items: { id: string }[] }) => page.items.map((v) => v.id);

describe('GET /api/videos', () => {
  it("lists a member's shared-library videos with their own, never a stranger's or the owner's private ones, newest first", async () => {
    const h = await household();
    const shared1 = await addVideo(h.family);
    const secret = await addVideo(h.privateLib);
    const foreign = await addVideo(h.strangerLib);
    const mine = await addVideo(h.memberLib);
    const shared2 = await addVideo(h.family);
    // Not listed for anyone: a photo, a trashed, an offline and a not yet ingested video.
    await addVideo(h.family, { type: 'photo' });
    await addVideo(h.family, { status: 'trashed' });
    await addVideo(h.family, { status: 'offline' });
    await addVideo(h.family, { ingestStatus: 'pending' });

    expect(await videoPage(h.member.cookie)).toMatchObject({ total: 3, page: 1, pageSize: 24 });
    expect(ids(await videoPage(h.member.cookie))).toEqual([shared2, mine, shared1]);
    expect(ids(await videoPage(h.owner.cookie))).toEqual([shared2, secret, shared1]);
    expect(ids(await videoPage(h.stranger.cookie))).toEqual([foreign]);
  });

  it("hides what this user archived, for them alone, and counts the rest", async () => {
    const h = await household();
    const [a, b, c] = [await addVideo(h.family), await addVideo(h.family), await addVideo(h.family)];
    const archive = (cookie: string, id: string) =>
      bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [id], action: 'archive' } }), params({}));
    expect((await archive(h.member.cookie, b)).status).toBe(200);
    expect(await videoPage(h.member.cookie)).toMatchObject({ total: 2 });
    expect(ids(await videoPage(h.member.cookie))).toEqual([c, a]);
    expect((await videoPage(h.owner.cookie)).total).toBe(3);
    expect((await archive(h.owner.cookie, c)).status).toBe(200);
    expect(ids(await videoPage(h.owner.cookie))).toEqual([b, a]);
    expect(ids(await videoPage(h.member.cookie))).toEqual([c, a]);
  });

  it('pages through every video once, with the same total on each page, and answers an empty page past the end', async () => {
    const h = await household();
    const added: string[] = [];
    for (let i = 0; i < 30; i++) added.push(await addVideo(h.memberLib));
    const newestFirst = [...added].reverse();
    const pages = [1, 2, 3].map((page) => videoPage(h.member.cookie, `?page=${page}&pageSize=12`));
    const [p1, p2, p3] = await Promise.all(pages);
    expect([p1.items.length, p2.items.length, p3.items.length]).toEqual([12, 12, 6]);
    expect([p1.total, p2.total, p3.total]).toEqual([30, 30, 30]);
    expect([...ids(p1), ...ids(p2), ...ids(p3)]).toEqual(newestFirst);
    expect(await videoPage(h.member.cookie, '?page=4&pageSize=12')).toEqual({ items: [], total: 30, page: 4, pageSize: 12 });
    expect((await videoPage(h.stranger.cookie)).total).toBe(0);
  });

  it('sorts by when a video was filmed and by title, ties broken so pages never overlap', async () => {
    const h = await household();
    const old = await addVideo(h.memberLib, { local: '2001-01-01 00:00:00', title: 'zebra crossing' });
    const recent = await addVideo(h.memberLib, { local: '2024-01-01 00:00:00', relPath: 'clips/Aardvark.mov' });
    const middle = await addVideo(h.memberLib, { local: '2010-01-01 00:00:00', relPath: 'clips/mango.mp4' });
    expect(ids(await videoPage(h.member.cookie, '?sort=taken'))).toEqual([recent, middle, old]);
    expect(ids(await videoPage(h.member.cookie, '?sort=title'))).toEqual([recent, middle, old]);
    expect(ids(await videoPage(h.member.cookie))).toEqual([middle, recent, old]);
  });

  it("describes each card: title or file name, media that exist, and this user's own like, rating, resume point and plays", async () => {
    const h = await household();
    const named = await addVideo(h.family, { title: 'Birthday', relPath: 'home/2024/bday.mp4', durationMs: 125_000, derived: ['thumb', 'sprite', 'vtt', 'teaser_sm', 'teaser_lg'] });
    const plain = await addVideo(h.family, { relPath: 'home/trip.to.rome.MOV', derived: [] });
    const patch = (cookie: string, json: unknown) =>
      interactionsRoute(request(`/api/assets/${named}/interactions`, { method: 'PATCH', cookie, json }), params({ id: named }));
    await patch(h.member.cookie, { liked: true, rating: 3.5 });
    await patch(h.owner.cookie, { rating: 1 });
    const playId = randomUUID();
    await playRoute(request(`/api/assets/${named}/plays/${playId}`, { method: 'POST', cookie: h.member.cookie, json: { watchedSeconds: 30, position: 42 } }), params({ id: named, playId }));

    const [plainCard, namedCard] = (await videoPage(h.member.cookie)).items;
    expect(namedCard).toEqual({
      id: named,
      title: 'Birthday',
      fileName: 'bday.mp4',
      relPath: 'home/2024/bday.mp4',
      libraryId: h.family.libraryId,
      libraryName: expect.any(String),
      sizeBytes: 1000,
      bitrate: null,
      videoCodec: null,
      releaseDate: null,
      studio: null,
      performers: [],
      favourite: false,
      organised: false,
      viewSeconds: 30,
      lastViewedAt: expect.stringMatching(/Z$/),
      likeCount: 1,
      durationMs: 125_000,
      width: 1920,
      height: 1080,
      addedAt: expect.stringMatching(/^2025-01-01T\d\d:\d\d:00\.000Z$/),
      takenAt: '2024-06-01T10:00:00.000',
      thumbnailUrl: `/api/assets/${named}/thumbnail`,
      hasSprite: true,
      hasTeaser: true,
      vttUrl: `/api/assets/${named}/vtt`,
      teaserUrl: `/api/assets/${named}/teaser?size=sm`,
      resumeAt: 42,
      playCount: 1,
      liked: true,
      rating: 3.5,
    });
    expect(plainCard).toMatchObject({ id: plain, title: 'trip.to.rome', fileName: 'trip.to.rome.MOV', thumbnailUrl: null, hasSprite: false, hasTeaser: false, vttUrl: null, teaserUrl: null, resumeAt: null, playCount: 0, liked: false, rating: null });
    // The owner's card carries the owner's state, not the member's.
    expect((await videoPage(h.owner.cookie)).items[1]).toMatchObject({ id: named, liked: false, rating: 1, resumeAt: null, playCount: 0 });
  });

  it('refuses a page size other than 12, 24, 48 or 96, a page below 1, and nonsense, with 422 and the field named', async () => {
    const h = await household();
    for (const [query, field] of [
      ['?pageSize=10', 'pageSize'],
      ['?pageSize=1000', 'pageSize'],
      ['?pageSize=abc', 'pageSize'],
      ['?page=0', 'page'],
      ['?page=-3', 'page'],
      ['?page=1.5', 'page'],
      ['?page=x', 'page'],
      ['?page=99999999999999999999', 'page'],
      ['?sort=shuffle', 'sort'],
    ]) {
      const res = await getVideos(h.member.cookie, query);
      expect(res.status, query).toBe(422);
      const body = await res.json();
      expect(body.error.code, query).toBe('validation_failed');
      expect(Object.keys(body.error.details.fieldErrors), query).toEqual([field]);
    }
    for (const size of [12, 24, 48, 96]) expect((await videoPage(h.member.cookie, `?pageSize=${size}`)).pageSize).toBe(size);
    expect((await getVideos('')).status).toBe(401);
  });
});
