// Interactions with a video, through the routes a player and the video page call: likes and
// half-star ratings, play reports (view time, play count, resume point) that survive retries,
// late reports and parallel players, dated markers, finish points and comments.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DELETE as deleteComment, PATCH as editComment } from '@/app/api/assets/[id]/comments/[commentId]/route';
import { POST as addComment } from '@/app/api/assets/[id]/comments/route';
import { POST as addFinishPoint } from '@/app/api/assets/[id]/finish-points/route';
import { GET as getInteractions, PATCH as patchInteractions } from '@/app/api/assets/[id]/interactions/route';
import { DELETE as deleteMarker } from '@/app/api/assets/[id]/markers/[markerId]/route';
import { POST as addMarker } from '@/app/api/assets/[id]/markers/route';
import { POST as reportPlay } from '@/app/api/assets/[id]/plays/[playId]/route';
import type { VideoInteractions } from '@/lib/interactions/interactions.schemas';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

async function viewerWithVideo(durationMs = 120_000) {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  const video = await createAsset(await libraryOwner(user.id), { local: '2024-06-01 10:00:00', type: 'video', durationMs });
  const read = async (): Promise<VideoInteractions> => (await getInteractions(request(`/api/assets/${video}/interactions`, { cookie }), params({ id: video }))).json();
  const report = (playId: string, watchedSeconds: number, position: number) =>
    reportPlay(request(`/api/assets/${video}/plays/${playId}`, { method: 'POST', cookie, json: { watchedSeconds, position } }), params({ id: video, playId }));
  const patch = (json: unknown) => patchInteractions(request(`/api/assets/${video}/interactions`, { method: 'PATCH', cookie, json }), params({ id: video }));
  return { user, cookie, video, read, report, patch };
}

describe('play reports', () => {
  it('count a play once it passes 10 % (or 60 s), add watched time once, and ignore a retried report', async () => {
    const { read, report } = await viewerWithVideo(120_000); // 10 % = 12 s
    const play = randomUUID();
    expect((await (await report(play, 10, 10)).json())).toMatchObject({ counted: false, playCount: 0, viewSeconds: 10, resumeAt: 10 });
    expect((await (await report(play, 20, 20)).json())).toMatchObject({ counted: true, playCount: 1, viewSeconds: 20, resumeAt: 20 });
    expect((await (await report(play, 20, 20)).json())).toMatchObject({ counted: true, playCount: 1, viewSeconds: 20 }); // retried
    expect((await (await report(play, 40, 40)).json())).toMatchObject({ playCount: 1, viewSeconds: 40 });
    const state = await read();
    expect(state).toMatchObject({ playCount: 1, viewSeconds: 40, resumeAt: 40 });
    expect(state.lastViewedAt).not.toBeNull();
  });

  it('keeps the resume point of the newest report when an older one arrives late, and goes back to the start after 98 %', async () => {
    const { read, report } = await viewerWithVideo(100_000);
    const play = randomUUID();
    await report(play, 30, 30);
    await report(play, 20, 20); // late: sent before the previous one
    expect(await read()).toMatchObject({ resumeAt: 30, viewSeconds: 30 });
    await report(play, 99, 99);
    expect(await read()).toMatchObject({ resumeAt: null, viewSeconds: 99, playCount: 1 });
  });

  it('loses nothing when many players report at once', async () => {
    const { read, report } = await viewerWithVideo(600_000);
    const plays = Array.from({ length: 12 }, () => randomUUID());
    // Every play reports 10, 20 … 70 s, each report twice (a retry), all in parallel.
    const results = await Promise.all(plays.flatMap((p) => [1, 2, 3, 4, 5, 6, 7].flatMap((k) => [report(p, k * 10, k * 10), report(p, k * 10, k * 10)])));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await read()).toMatchObject({ playCount: plays.length, viewSeconds: plays.length * 70 });
  });

  it("refuses another user's play id and a photo", async () => {
    const a = await viewerWithVideo();
    const b = await viewerWithVideo();
    const play = randomUUID();
    expect((await a.report(play, 5, 5)).status).toBe(200);
    expect((await b.report(play, 50, 50)).status).toBe(404); // B cannot add to A's play
    expect(await a.read()).toMatchObject({ viewSeconds: 5 });
    const photo = await createAsset(await libraryOwner(a.user.id), { local: '2024-06-01 10:00:00' });
    const res = await reportPlay(request(`/api/assets/${photo}/plays/${play}`, { method: 'POST', cookie: a.cookie, json: { watchedSeconds: 1, position: 1 } }), params({ id: photo, playId: play }));
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toBe('No such video.');
  });
});

describe('likes, ratings and favourites', () => {
  it('likes with a count, rates in half stars, dates a favourite, and refuses a rating that is not a half star', async () => {
    const { read, patch } = await viewerWithVideo();
    expect((await patch({ liked: true, rating: 4.5 })).status).toBe(200);
    expect(await read()).toMatchObject({ liked: true, likeCount: 1, rating: 4.5 });
    const bad = await patch({ rating: 4.25 });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details.fieldErrors.rating).toBeDefined();
    expect((await patch({ rating: 0 })).status).toBe(422);
    expect(await read()).toMatchObject({ rating: 4.5 }); // nothing lost by the refused changes
    await patch({ favouriteAt: '2020-02-29T12:00:00.000Z' });
    expect((await read()).favouriteAt).toBe('2020-02-29T12:00:00.000Z');
    await patch({ liked: false, rating: null, favourite: false });
    expect(await read()).toMatchObject({ liked: false, likeCount: 0, rating: null, favouriteAt: null });
    expect((await patch({})).status).toBe(422);
  });
});

describe('markers, finish points and comments', () => {
  it('adds dated markers in time order, removes them, and refuses an end before the start', async () => {
    const { cookie, video, read } = await viewerWithVideo();
    const add = (json: unknown) => addMarker(request(`/api/assets/${video}/markers`, { method: 'POST', cookie, json }), params({ id: video }));
    const late = await (await add({ seconds: 90, title: 'Goal' })).json();
    await add({ seconds: 10, endSeconds: 20 });
    expect((await add({ seconds: 30, endSeconds: 25 })).status).toBe(422);
    const markers = (await read()).markers;
    expect(markers.map((m) => [m.seconds, m.endSeconds, m.title])).toEqual([[10, 20, null], [90, null, 'Goal']]);
    expect(Date.parse(markers[1].createdAt)).not.toBeNaN();
    const del = await deleteMarker(request(`/api/assets/${video}/markers/${late.id}`, { method: 'DELETE', cookie }), params({ id: video, markerId: late.id }));
    expect(del.status).toBe(200);
    expect((await read()).markers).toHaveLength(1);
  });

  it('records several finish points, newest first', async () => {
    const { cookie, video, read } = await viewerWithVideo();
    for (const seconds of [50, 110]) {
      expect((await addFinishPoint(request(`/api/assets/${video}/finish-points`, { method: 'POST', cookie, json: { seconds } }), params({ id: video }))).status).toBe(201);
    }
    expect((await read()).finishPoints.map((f) => f.seconds)).toEqual([110, 50]);
  });

  it('keeps comments with author and date; the author edits and deletes them; an empty one is refused', async () => {
    const { user, cookie, video, read } = await viewerWithVideo();
    const post = (json: unknown) => addComment(request(`/api/assets/${video}/comments`, { method: 'POST', cookie, json }), params({ id: video }));
    expect((await post({ body: '   ' })).status).toBe(422);
    const comment = await (await post({ body: 'Watch from 12:34' })).json();
    expect(comment).toMatchObject({ body: 'Watch from 12:34', author: { id: user.id }, mine: true, editedAt: null });
    const edited = await editComment(
      request(`/api/assets/${video}/comments/${comment.id}`, { method: 'PATCH', cookie, json: { body: 'Watch from 1:02:03' } }),
      params({ id: video, commentId: comment.id }),
    );
    expect(await edited.json()).toMatchObject({ body: 'Watch from 1:02:03', editedAt: expect.any(String) });
    expect((await read()).comments.map((c) => c.body)).toEqual(['Watch from 1:02:03']);
    await deleteComment(request(`/api/assets/${video}/comments/${comment.id}`, { method: 'DELETE', cookie }), params({ id: video, commentId: comment.id }));
    expect((await read()).comments).toEqual([]);
  });
});
