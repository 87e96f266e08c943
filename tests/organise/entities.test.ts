// Performers, studios and tags through their routes against real PostgreSQL: create, read,
// edit and delete with their validation; names unique per owner whatever the case (409 naming
// the one that has it, also under 20 parallel creates); search by name, alias and likeness;
// sorts and counts over the videos the asking user can read; tag and studio loops refused.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { addVideo, create, edit, getOne, household, list, made, organise, remove, videosOf } from './helpers';

const names = (page: { items: { name: string }[] }) => page.items.map((i) => i.name);

describe('performers, studios and tags', () => {
  it('creates, reads, edits and deletes a performer with trimmed, deduplicated aliases and their tags', async () => {
    const h = await household();
    const beach = await made(h.owner.cookie, 'tags', { name: 'Beach' });
    const res = await create(h.owner.cookie, 'performers', { name: '  Jane Doe ', aliases: [' JD', 'jd', '', 'Jane D', 'jane doe'], description: 'Actor', tagIds: [beach] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Jane Doe', aliases: ['JD', 'Jane D'], description: 'Actor', mine: true, videoCount: 0, imageUrl: null, tags: [{ id: beach, name: 'Beach' }] });
    const id = res.body.id;
    const edited = await edit(h.owner.cookie, 'performers', id, { name: 'Jane Q. Doe', aliases: ['Janey'], tagIds: [] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Jane Q. Doe', aliases: ['Janey'], tags: [] });
    expect((await getOne(h.owner.cookie, 'performers', id)).body.name).toBe('Jane Q. Doe');
    expect((await remove(h.owner.cookie, 'performers', id)).status).toBe(204);
    expect((await getOne(h.owner.cookie, 'performers', id)).status).toBe(404);
  });

  it('refuses bad input with a 422 naming the field, never a 500', async () => {
    const h = await household();
    const bad = [
      {},
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'ok', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) },
      { name: 'ok', aliases: ['y'.repeat(201)] },
      { name: 'ok', tagIds: ['not-a-uuid'] },
      { name: 'ok', tagIds: Array.from({ length: 10_000 }, () => '00000000-0000-4000-8000-000000000000') },
      { name: 'ok', unknown: 1 },
      { name: 42 },
    ];
    for (const json of bad) {
      const res = await create(h.owner.cookie, 'performers', json);
      expect(res.status, JSON.stringify(json).slice(0, 80)).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
    for (const q of ['?sort=loudest', '?page=0', '?page=NaN', '?pageSize=7', `?q=${'z'.repeat(300)}`]) {
      expect((await list(h.owner.cookie, 'tags', q)).status, q).toBe(422);
    }
    // The type-ahead pickers (search panel, add-tag dialog) ask for a short page of 12.
    const picker = await list(h.owner.cookie, 'tags', '?q=the&page=1&pageSize=12');
    expect(picker.status).toBe(200);
    expect(picker.body.pageSize).toBe(12);
    // Another user's tag or a missing one as a performer's tag: 404, nothing made.
    const strangers = await made(h.stranger.cookie, 'tags', { name: 'Theirs' });
    expect((await create(h.owner.cookie, 'performers', { name: 'P', tagIds: [strangers] })).status).toBe(404);
    expect(await prisma().person.count({ where: { ownerId: h.owner.id } })).toBe(0);
  });

  it('answers 409 naming the existing one for a name taken in any case, per owner only', async () => {
    const h = await household();
    const first = await made(h.owner.cookie, 'studios', { name: 'Acme Films' });
    const dup = await create(h.owner.cookie, 'studios', { name: 'ACME films' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'conflict', details: { existing: { id: first, name: 'Acme Films' } } });
    expect(dup.body.error.message).toContain('Acme Films');
    // Another owner may use the name; a rename onto a taken one is the same 409.
    expect((await create(h.stranger.cookie, 'studios', { name: 'Acme Films' })).status).toBe(201);
    const other = await made(h.owner.cookie, 'studios', { name: 'Other' });
    const rename = await edit(h.owner.cookie, 'studios', other, { name: 'acme FILMS' });
    expect(rename.status).toBe(409);
    expect(rename.body.error.details.existing.id).toBe(first);
    // Renaming to its own name in another case is fine.
    expect((await edit(h.owner.cookie, 'studios', first, { name: 'ACME Films' })).body.name).toBe('ACME Films');
  });

  it('answers exactly one 201 and nineteen 409 to 20 parallel creates of one name', async () => {
    const h = await household();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => create(h.owner.cookie, 'tags', { name: i % 2 ? 'Sunset' : 'sunset' })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    expect(await prisma().tag.count({ where: { ownerId: h.owner.id } })).toBe(1);
  });

  it('finds by name, alias and likeness ("jon" finds John), sorts by name, videos, duration, rating and added, and pages', async () => {
    const h = await household();
    const john = await made(h.owner.cookie, 'performers', { name: 'John Smith' });
    const anna = await made(h.owner.cookie, 'performers', { name: 'Anna', aliases: ['Annie Jones'] });
    const zed = await made(h.owner.cookie, 'performers', { name: 'Zed' });
    expect(names((await list(h.owner.cookie, 'performers', '?q=jon')).body)).toEqual(['Anna', 'John Smith']);
    expect(names((await list(h.owner.cookie, 'performers', '?q=ANNIE')).body)).toEqual(['Anna']);
    expect(names((await list(h.owner.cookie, 'performers', '?q=smth')).body)).toEqual([]);
    // John in two videos (10 s + 20 s, rated 2 and 4 stars), Anna in one long one (rated 5), Zed in none.
    const v1 = await addVideo(h.family, { durationMs: 10_000 });
    const v2 = await addVideo(h.family, { durationMs: 20_000 });
    const v3 = await addVideo(h.family, { durationMs: 100_000 });
    await organise(h.owner.cookie, v1, { addPerformerIds: [john] });
    await organise(h.owner.cookie, v2, { addPerformerIds: [john] });
    await organise(h.owner.cookie, v3, { addPerformerIds: [anna] });
    for (const [asset, rating] of [[v1, 4], [v2, 8], [v3, 10]] as const) {
      await prisma().assetUserState.create({ data: { assetId: asset, userId: h.owner.id, rating } });
    }
    const page = (await list(h.owner.cookie, 'performers', '?sort=videos')).body;
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([john, anna, zed]);
    expect(page.items[0]).toMatchObject({ videoCount: 2, totalDurationMs: 30_000, averageRating: 3 });
    expect(page.items[2]).toMatchObject({ videoCount: 0, totalDurationMs: 0, averageRating: null });
    expect(names((await list(h.owner.cookie, 'performers', '?sort=duration')).body)).toEqual(['Anna', 'John Smith', 'Zed']);
    expect(names((await list(h.owner.cookie, 'performers', '?sort=rating')).body)).toEqual(['Anna', 'John Smith', 'Zed']);
    expect(names((await list(h.owner.cookie, 'performers', '?sort=added')).body)).toEqual(['Zed', 'Anna', 'John Smith']);
    expect(names((await list(h.owner.cookie, 'performers', '?sort=name')).body)).toEqual(['Anna', 'John Smith', 'Zed']);
    const p2 = (await list(h.owner.cookie, 'performers', '?pageSize=24&page=2')).body;
    expect(p2).toMatchObject({ items: [], total: 3, page: 2 });
  });

  it('pages by name, added and videos alike: 25 tags give 24 then 1, with the total on both pages', async () => {
    const h = await household();
    const v = await addVideo(h.family);
    const made25: string[] = [];
    for (let i = 0; i < 25; i++) made25.push(await made(h.owner.cookie, 'tags', { name: `Tag ${String(i).padStart(2, '0')}` }));
    await organise(h.owner.cookie, v, { addTagIds: [made25[24]] });
    const second = (await list(h.owner.cookie, 'tags', '?pageSize=24&page=2')).body;
    expect(second).toMatchObject({ total: 25, page: 2 });
    expect(names(second)).toEqual(['Tag 24']);
    expect(second.items[0].videoCount).toBe(1);
    expect(names((await list(h.owner.cookie, 'tags', '?pageSize=24&page=2&sort=added')).body)).toEqual(['Tag 00']);
    const byVideos = (await list(h.owner.cookie, 'tags', '?pageSize=24&sort=videos')).body;
    expect([byVideos.total, byVideos.items.length, byVideos.items[0].name]).toEqual([25, 24, 'Tag 24']);
    expect(names((await list(h.owner.cookie, 'tags', '?pageSize=24&page=2&sort=videos')).body)).toEqual(['Tag 23']);
  });

  it("shows a member the owner's performers on shared videos read-only, counted over what the member can read; a stranger sees none", async () => {
    const h = await household();
    const p = await made(h.owner.cookie, 'performers', { name: 'Shared Star' });
    const hidden = await made(h.owner.cookie, 'performers', { name: 'Private Star' });
    const shared = await addVideo(h.family);
    const secret = await addVideo(h.privateLib);
    await organise(h.owner.cookie, shared, { addPerformerIds: [p] });
    await organise(h.owner.cookie, secret, { addPerformerIds: [p, hidden] });
    const seen = (await list(h.member.cookie, 'performers')).body;
    expect(seen.items.map((i: { id: string; videoCount: number }) => [i.id, i.videoCount])).toEqual([[p, 1]]);
    expect((await getOne(h.member.cookie, 'performers', p)).body).toMatchObject({ mine: false, videoCount: 1 });
    expect((await videosOf(h.member.cookie, 'performers', p)).body.items.map((v: { id: string }) => v.id)).toEqual([shared]);
    expect((await getOne(h.member.cookie, 'performers', hidden)).status).toBe(404);
    expect((await edit(h.member.cookie, 'performers', p, { name: 'Hijacked' })).status).toBe(404);
    expect((await remove(h.member.cookie, 'performers', p)).status).toBe(404);
    expect((await list(h.stranger.cookie, 'performers')).body.total).toBe(0);
    expect((await getOne(h.stranger.cookie, 'performers', p)).status).toBe(404);
  });

  it('refuses a tag or studio loop with 422 and keeps the hierarchy', async () => {
    const h = await household();
    const a = await made(h.owner.cookie, 'tags', { name: 'A' });
    const b = await made(h.owner.cookie, 'tags', { name: 'B', parentIds: [a] });
    const c = await made(h.owner.cookie, 'tags', { name: 'C', parentIds: [b] });
    const loop = await edit(h.owner.cookie, 'tags', a, { parentIds: [c] });
    expect(loop.status).toBe(422);
    expect(loop.body.error.details.fieldErrors.parentIds[0]).toContain('sub-tags');
    expect((await edit(h.owner.cookie, 'tags', a, { parentIds: [a] })).status).toBe(422);
    expect((await getOne(h.owner.cookie, 'tags', a)).body).toMatchObject({ parents: [], children: [{ id: b, name: 'B' }] });
    const s1 = await made(h.owner.cookie, 'studios', { name: 'Network' });
    const s2 = await made(h.owner.cookie, 'studios', { name: 'Label', parentId: s1 });
    expect((await edit(h.owner.cookie, 'studios', s1, { parentId: s2 })).status).toBe(422);
    expect((await edit(h.owner.cookie, 'studios', s1, { parentId: s1 })).status).toBe(422);
    expect((await getOne(h.owner.cookie, 'studios', s2)).body.parent).toEqual({ id: s1, name: 'Network' });
  });

  it('lists a tag page with its sub-tags’ and inherited videos, a studio page with its child studios’, and deleting keeps the videos', async () => {
    const h = await household();
    const outdoor = await made(h.owner.cookie, 'tags', { name: 'Outdoor' });
    const beach = await made(h.owner.cookie, 'tags', { name: 'Beach', parentIds: [outdoor] });
    const star = await made(h.owner.cookie, 'performers', { name: 'Star', tagIds: [beach] });
    const network = await made(h.owner.cookie, 'studios', { name: 'Network' });
    const label = await made(h.owner.cookie, 'studios', { name: 'Label', parentId: network });
    const own = await addVideo(h.family);
    const viaChild = await addVideo(h.family);
    const viaPerformer = await addVideo(h.family);
    await addVideo(h.family);
    await organise(h.owner.cookie, own, { addTagIds: [outdoor], studioId: network });
    await organise(h.owner.cookie, viaChild, { addTagIds: [beach], studioId: label });
    await organise(h.owner.cookie, viaPerformer, { addPerformerIds: [star] });
    const ids = (a: { body: { items: { id: string }[] } }) => a.body.items.map((v) => v.id);
    expect(ids(await videosOf(h.owner.cookie, 'tags', outdoor))).toEqual([viaPerformer, viaChild, own]);
    expect(ids(await videosOf(h.owner.cookie, 'tags', beach))).toEqual([viaPerformer, viaChild]);
    expect(ids(await videosOf(h.owner.cookie, 'studios', network))).toEqual([viaChild, own]);
    expect(ids(await videosOf(h.owner.cookie, 'studios', label))).toEqual([viaChild]);
    expect((await getOne(h.owner.cookie, 'tags', outdoor)).body.videoCount).toBe(3);
    expect((await getOne(h.owner.cookie, 'studios', network)).body.videoCount).toBe(2);
    expect((await remove(h.owner.cookie, 'tags', outdoor)).status).toBe(204);
    expect((await remove(h.owner.cookie, 'studios', network)).status).toBe(204);
    expect(await prisma().asset.count({ where: { id: { in: [own, viaChild, viaPerformer] } } })).toBe(3);
    expect((await getOne(h.owner.cookie, 'studios', label)).body.parent).toBeNull();
    expect(await prisma().asset.findUniqueOrThrow({ where: { id: own }, select: { studioId: true } })).toEqual({ studioId: null });
  });
});
