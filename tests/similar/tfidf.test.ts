// TF-IDF similarity on a collection small enough to check by hand: the order, the scores and
// the "why" tokens; inherited tags; an edit seen in the next answer; copies left out.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { household, ids, link, performer, similar, studio, tag, tokens, video, whyLine } from './helpers';

describe('similar videos', () => {
  it('ranks by TF-IDF cosine with per-type weights, and says which tokens made the score', async () => {
    const h = await household();
    const me = h.owner.id;
    const [ann, bea] = [await performer(me, 'Ann'), await performer(me, 'Bea')];
    const [beach, city] = [await tag(me, 'beach'), await tag(me, 'city')];
    const s = await studio(me, 'Sunset');
    const v1 = await video(h.privateLib, 1);
    const v2 = await video(h.privateLib, 2);
    const v3 = await video(h.privateLib, 3);
    const v4 = await video(h.privateLib, 4);
    await link(v1, { people: [ann], tags: [beach], studio: s });
    await link(v2, { people: [ann], tags: [city] });
    await link(v3, { tags: [beach], studio: s });
    await link(v4, { people: [bea], tags: [city] });
    // N = 4. df: performer:Ann 2, tag:beach 2, studio:Sunset 2, tag:city 2, cast:solo 3, performer:Bea 1.
    // idf = ln(5/(1+df)) + 1: df 2 → 1.5108, df 3 → 1.2231, df 1 → 1.9163.
    // Weights (performer 1.0, tag 0.8, studio 0.6, cast 0.2) × idf:
    //   v1: Ann 1.5108, beach 1.2087, Sunset 0.9065, solo 0.2446 → |v1| = √4.6251 = 2.1506
    //   v2: Ann 1.5108, city 1.2087, solo 0.2446                   → |v2| = √3.8033 = 1.9502
    //   v3: beach 1.2087, Sunset 0.9065                             → |v3| = √2.2826 = 1.5108
    //   v4: Bea 1.9163, city 1.2087, solo 0.2446                    → |v4| = √5.1929 = 2.2788
    // cos(v1,v3) = (1.4609 + 0.8217) / (2.1506 × 1.5108) = 0.7025 (beach 0.4496, Sunset 0.2529)
    // cos(v1,v2) = (2.2826 + 0.0598) / (2.1506 × 1.9502) = 0.5585 (Ann 0.5442, solo 0.0143)
    // cos(v1,v4) = 0.0598 / (2.1506 × 2.2788)            = 0.0122 (solo)
    const page = await similar(h.owner.cookie, v1);
    expect(ids(page)).toEqual([v3, v2, v4]);
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.score)).toEqual([expect.closeTo(0.7025, 3), expect.closeTo(0.5585, 3), expect.closeTo(0.0122, 3)]);
    expect(page.items.map((i) => whyLine(i.why))).toEqual(['tag: beach · studio: Sunset', 'performer: Ann · cast: solo', 'cast: solo']);
    expect(page.items[0].why.map((w) => w.weight)).toEqual([expect.closeTo(0.4496, 3), expect.closeTo(0.2529, 3)]);
    expect(page.items[1].why[0]).toMatchObject({ type: 'performer', id: ann, label: 'Ann' });
    expect(page.items[0].video).toMatchObject({ id: v3, title: '3', fileName: '3.mp4', thumbnailUrl: `/api/assets/${v3}/thumbnail` });

    // Paged: the second page of one starts where the first ended.
    const second = await similar(h.owner.cookie, v1, '?page=2&pageSize=1');
    expect(ids(second)).toEqual([v2]);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });

    // The tokens page shows the same numbers.
    const t = await tokens(h.owner.cookie, v1);
    expect(t.videos).toBe(4);
    expect(t.tokens.map((x) => [x.type, x.label, x.df, x.idf, x.weight, x.value])).toEqual([
      ['performer', 'Ann', 2, expect.closeTo(1.5108, 3), expect.closeTo(1.5108, 3), expect.closeTo(1.5108 / 2.1506, 3)],
      ['tag', 'beach', 2, expect.closeTo(1.5108, 3), expect.closeTo(1.2087, 3), expect.closeTo(1.2087 / 2.1506, 3)],
      ['studio', 'Sunset', 2, expect.closeTo(1.5108, 3), expect.closeTo(0.9065, 3), expect.closeTo(0.9065 / 2.1506, 3)],
      ['cast', 'solo', 3, expect.closeTo(1.2231, 3), expect.closeTo(0.2446, 3), expect.closeTo(0.2446 / 2.1506, 3)],
    ]);
  });

  it("counts a performer's tags as the video's own, inherited at a lower weight, and shows them as inherited", async () => {
    const h = await household();
    const me = h.owner.id;
    const beach = await tag(me, 'beach');
    const cid = await performer(me, 'Cid', [beach]);
    const own = await video(h.privateLib, 1);
    const inherited = await video(h.privateLib, 2);
    const other = await video(h.privateLib, 3);
    await link(own, { tags: [beach] });
    await link(inherited, { people: [cid] });
    await link(other, { tags: [await tag(me, 'snow')] });
    const page = await similar(h.owner.cookie, own);
    expect(ids(page)).toEqual([inherited]);
    expect(page.items[0].why).toEqual([{ type: 'tag', label: 'beach', id: beach, weight: expect.any(Number), inherited: true }]);
    const t = await tokens(h.owner.cookie, inherited);
    // N 3; tag:beach df 2 → idf 1.2877; performer:Cid and cast:solo df 1 → idf 1.6931.
    expect(t.tokens.map((x) => [x.kind, x.label, x.weight])).toEqual([
      ['performer', 'Cid', expect.closeTo(1.6931, 3)],
      ['inherited', 'beach', expect.closeTo(0.4 * 1.2877, 3)],
      ['cast', 'solo', expect.closeTo(0.2 * 1.6931, 3)],
    ]);
  });

  it('reflects an edit in the very next answer: a new tag, a performer tag, a title, a removed link', async () => {
    const h = await household();
    const me = h.owner.id;
    const beach = await tag(me, 'beach');
    const a = await video(h.privateLib, 1);
    const b = await video(h.privateLib, 2);
    const c = await video(h.privateLib, 3);
    await link(a, { tags: [beach] });
    await link(b, { tags: [beach] });
    expect(ids(await similar(h.owner.cookie, a))).toEqual([b]);

    await link(c, { tags: [beach] });
    expect(ids(await similar(h.owner.cookie, a)).sort()).toEqual([b, c].sort());

    await prisma().assetTag.delete({ where: { assetId_tagId: { assetId: b, tagId: beach } } });
    expect(ids(await similar(h.owner.cookie, a))).toEqual([c]);

    const dan = await performer(me, 'Dan');
    await link(b, { people: [dan] });
    await prisma().personTag.create({ data: { personId: dan, tagId: beach } });
    expect(whyLine((await similar(h.owner.cookie, a)).items.find((i) => i.video.id === b)?.why ?? [])).toBe('tag: beach');

    await prisma().asset.update({ where: { id: c }, data: { title: 'Sunny Lagoon' } });
    await prisma().asset.update({ where: { id: a }, data: { title: 'Lagoon at dawn' } });
    const page = await similar(h.owner.cookie, a);
    expect(whyLine(page.items[0].why)).toBe('tag: beach · title: lagoon');
    expect(ids(page)[0]).toBe(c);
  });

  it('leaves out the video itself and its copies (same file in another library, or a copy_of link)', async () => {
    const h = await household();
    const me = h.owner.id;
    const beach = await tag(me, 'beach');
    const original = await video(h.privateLib, 1);
    const copy = await video(h.family, 1);
    const sameFile = await video(h.family, 2);
    const other = await video(h.privateLib, 3);
    // One file in two libraries: the copies trigger (lib/duplicates) makes `original` the first
    // copy and points `copy` and `sameFile` at it (copy_of).
    for (const v of [original, copy, sameFile]) await prisma().asset.update({ where: { id: v }, data: { checksum: Buffer.from('c0ffee', 'hex') } });
    expect((await prisma().asset.findMany({ where: { id: { in: [copy, sameFile] } }, select: { copyOf: true } })).map((a) => a.copyOf)).toEqual([original, original]);
    for (const v of [original, copy, sameFile, other]) await link(v, { tags: [beach] });
    expect(ids(await similar(h.owner.cookie, original))).toEqual([other]);
    // The copy is one catalogue entry with its first copy: it answers the same list.
    expect(ids(await similar(h.owner.cookie, copy))).toEqual([other]);
    // One entry per file: the owner's IDF counts the original and the other video, not the copies.
    expect((await tokens(h.owner.cookie, other)).videos).toBe(2);
    // The member sees only the copies (the original is private): for them they are videos of their own.
    expect((await tokens(h.member.cookie, copy)).videos).toBe(2);
  });
});
