// Similarity never crosses into what a user cannot see: neither the results nor the IDF
// (N and df count only the user's readable videos). Similar performers and studios, the
// word cloud, a rebuild that answers what the incremental refreshes answered, and input.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { rebuildSimilar } from '@/lib/similar/rebuild-similar';
import { getSimilar, household, ids, link, performer, similar, similarPerformers, similarStudios, studio, tag, tokens, video, whyLine, wordCloud } from './helpers';

describe('similar, per user', () => {
  it("never answers a video the user cannot read, and counts only the user's videos in the IDF", async () => {
    const h = await household();
    const beach = await tag(h.owner.id, 'beach');
    const shared1 = await video(h.family, 1);
    const shared2 = await video(h.family, 2);
    const secret = await video(h.privateLib, 3);
    const strangers = await video(h.strangerLib, 4);
    for (const v of [shared1, shared2, secret]) await link(v, { tags: [beach] });
    await link(strangers, { tags: [await tag(h.stranger.id, 'beach')] });

    expect(ids(await similar(h.member.cookie, shared1))).toEqual([shared2]);
    expect(ids(await similar(h.owner.cookie, shared1)).sort()).toEqual([shared2, secret].sort());
    expect((await similar(h.stranger.cookie, strangers)).items).toEqual([]);
    // The member's IDF: 2 videos, beach on both; the owner's: 3 and 3.
    const mine = await tokens(h.member.cookie, shared1);
    expect([mine.videos, mine.tokens.map((t) => [t.label, t.df])]).toEqual([2, [['beach', 2]]]);
    const owners = await tokens(h.owner.cookie, shared1);
    expect([owners.videos, owners.tokens.map((t) => [t.label, t.df])]).toEqual([3, [['beach', 3]]]);
    // Another user's video is 404, like a missing one.
    expect((await getSimilar(h.stranger.cookie, shared1)).status).toBe(404);
    expect((await getSimilar(h.member.cookie, secret)).status).toBe(404);

    // Sharing stops: the next answer forgets the library, results and IDF alike.
    await prisma().libraryMember.deleteMany({ where: { userId: h.member.id } });
    expect((await getSimilar(h.member.cookie, shared1)).status).toBe(404);
    expect((await wordCloud(h.member.cookie)).words).toEqual([]);
    // Trashed: gone from the owner's lists at once.
    await prisma().asset.update({ where: { id: secret }, data: { status: 'trashed' } });
    expect(ids(await similar(h.owner.cookie, shared1))).toEqual([shared2]);
  });

  it('finds similar performers by their mean video profiles, with the reasons', async () => {
    const h = await household();
    const me = h.owner.id;
    const [beach, sun, city, snow] = [await tag(me, 'beach'), await tag(me, 'sun'), await tag(me, 'city'), await tag(me, 'snow')];
    const [ann, bea, cid, dan] = [await performer(me, 'Ann'), await performer(me, 'Bea'), await performer(me, 'Cid'), await performer(me, 'Dan')];
    // Each performer is alone in two videos. Without their own token, profiles are:
    //   Ann = Bea ∝ beach + sun + solo; Cid ∝ beach + city + solo; Dan ∝ snow + solo.
    // cos(Ann, Bea) = 1; cos(Ann, Cid) shares beach and solo; cos(Ann, Dan) only solo, which
    // every video has (idf 1, weight 0.2): smallest.
    const plan: [string, string[]][] = [[ann, [beach, sun]], [bea, [beach, sun]], [cid, [beach, city]], [dan, [snow]]];
    let n = 0;
    for (const [person, tags] of plan) {
      for (let i = 0; i < 2; i++) await link(await video(h.privateLib, ++n), { people: [person], tags });
    }
    const page = await similarPerformers(h.owner.cookie, ann);
    expect(page.items.map((i) => i.entity.name)).toEqual(['Bea', 'Cid', 'Dan']);
    expect(page.items[0]).toMatchObject({ score: expect.closeTo(1, 3), entity: { id: bea, videoCount: 2 } });
    expect(whyLine(page.items[0].why)).toBe('tag: sun · tag: beach · cast: solo');
    expect(whyLine(page.items[1].why)).toBe('tag: beach · cast: solo');
    expect(whyLine(page.items[2].why)).toBe('cast: solo');
    // A stranger cannot ask about A's performer.
    expect(await similarPerformers(h.stranger.cookie, ann).catch((e: Error) => e.message)).toMatch(/404/);
  });

  it('finds similar studios, a sub-studio sharing its parent', async () => {
    const h = await household();
    const me = h.owner.id;
    const net = await studio(me, 'Network');
    const [east, west, lone] = [await studio(me, 'East', net), await studio(me, 'West', net), await studio(me, 'Lone')];
    const beach = await tag(me, 'beach');
    await link(await video(h.privateLib, 1), { studio: east, tags: [beach] });
    await link(await video(h.privateLib, 2), { studio: west, tags: [beach] });
    await link(await video(h.privateLib, 3), { studio: lone, tags: [beach] });
    const page = await similarStudios(h.owner.cookie, east);
    expect(page.items.map((i) => i.entity.name)).toEqual(['West', 'Lone']);
    expect(whyLine(page.items[0].why)).toBe('tag: beach · studio: Network');
  });

  it("draws the word cloud of the collection or of one performer's videos", async () => {
    const h = await household();
    const me = h.owner.id;
    const [beach, city] = [await tag(me, 'beach'), await tag(me, 'city')];
    const ann = await performer(me, 'Ann');
    await link(await video(h.privateLib, 1, { title: 'Lagoon' }), { people: [ann], tags: [beach] });
    await link(await video(h.privateLib, 2, { title: 'Lagoon' }), { people: [ann], tags: [beach] });
    await link(await video(h.privateLib, 3), { tags: [city] });
    const all = await wordCloud(h.owner.cookie);
    expect(all.videos).toBe(3);
    expect(all.words.map((w) => `${w.type}: ${w.label}`).sort()).toEqual(['cast: solo', 'performer: Ann', 'tag: beach', 'tag: city', 'title: lagoon'].sort());
    // N 3; Ann, beach, lagoon and solo have df 2 (idf 1.2877), city df 1 (its video's whole
    // vector: 1). Each of Ann's videos: Ann 1.2877, beach 1.0302, lagoon 0.3863, solo 0.2575,
    // norm 1.7130 → summed over two: Ann 1.5035, beach 1.2028, city 1, lagoon 0.4510, solo 0.3007.
    expect(all.words.map((w) => [w.label, w.weight])).toEqual([
      ['Ann', expect.closeTo(1.5035, 3)], ['beach', expect.closeTo(1.2028, 3)], ['city', 1],
      ['lagoon', expect.closeTo(0.451, 3)], ['solo', expect.closeTo(0.3007, 3)],
    ]);
    const anns = await wordCloud(h.owner.cookie, `?performer=${ann}`);
    expect(anns.videos).toBe(2);
    expect(anns.words.map((w) => w.label)).toEqual(['beach', 'lagoon', 'solo']);
    expect((await wordCloud(h.stranger.cookie, `?performer=${ann}`)).words).toEqual([]);
  });

  it('answers after a full rebuild what the incremental refreshes answered', async () => {
    const h = await household();
    const me = h.owner.id;
    const [beach, city] = [await tag(me, 'beach'), await tag(me, 'city')];
    const ann = await performer(me, 'Ann', [city]);
    const s = await studio(me, 'Sunset');
    const vs: string[] = [];
    for (let i = 1; i <= 6; i++) vs.push(await video(h.family, i, { title: i % 2 ? 'Harbour lights' : 'Mountain' }));
    await similar(h.member.cookie, vs[0]);
    // Edits after the first build, each refreshed incrementally by the next answer.
    await link(vs[0], { tags: [beach], studio: s });
    await link(vs[1], { people: [ann], tags: [beach] });
    await similar(h.owner.cookie, vs[0]);
    await link(vs[2], { studio: s, people: [ann] });
    await prisma().asset.update({ where: { id: vs[3] }, data: { title: 'Harbour' } });
    await link(vs[4], { tags: [city] });
    const snapshot = async () => ({
      owner: await Promise.all(vs.map(async (v) => (await similar(h.owner.cookie, v)).items.map((i) => [i.video.id, whyLine(i.why)]))),
      member: await Promise.all(vs.map(async (v) => (await similar(h.member.cookie, v)).items.map((i) => i.video.id))),
      tokens: await Promise.all(vs.map(async (v) => (await tokens(h.member.cookie, v)).tokens.map((t) => [t.token, t.df, t.idf, t.weight]))),
    });
    const incremental = await snapshot();
    await rebuildSimilar();
    expect(await snapshot()).toEqual(incremental);
  });

  it('refuses a bad page or page size with a 422 naming it, and a bad id with a 404', async () => {
    const h = await household();
    const v = await video(h.privateLib, 1);
    for (const q of ['?page=0', '?page=abc', '?pageSize=1000', '?pageSize=-1', '?page=1e400', `?page=${'9'.repeat(5000)}`]) {
      const res = await getSimilar(h.owner.cookie, v, q);
      expect(res.status, q).toBe(422);
    }
    expect((await getSimilar(h.owner.cookie, 'not-a-uuid')).status).toBe(404);
    expect((await getSimilar(h.owner.cookie, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await wordCloud(h.owner.cookie, '?tag=nope').catch((e: Error) => e.message))).toMatch(/422/);
  });
});
