// A video's links through GET/PATCH /api/assets/:id/organise and bulk POST /api/videos/organise,
// and merging: every link moves to the survivor, aliases kept; inherited tags and the cast-size
// tag follow performers being added, removed and merged; members see but cannot change;
// bulk is all or nothing.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { addVideo, bulkOrganise, edit, getOne, household, made, merge, organise, organiseOf } from './helpers';

const ZERO = '00000000-0000-4000-8000-000000000000';

describe("a video's links", () => {
  it('keeps inherited tags and the cast tag current as performers are added, removed and merged', async () => {
    const h = await household();
    const beach = await made(h.owner.cookie, 'tags', { name: 'Beach' });
    const night = await made(h.owner.cookie, 'tags', { name: 'Night' });
    const ann = await made(h.owner.cookie, 'performers', { name: 'Ann', tagIds: [beach] });
    const bob = await made(h.owner.cookie, 'performers', { name: 'Bob', tagIds: [beach, night] });
    const cy = await made(h.owner.cookie, 'performers', { name: 'Cy' });
    const v = await addVideo(h.family);
    expect((await organiseOf(h.owner.cookie, v)).body).toMatchObject({ performers: [], tags: [], inheritedTags: [], castTag: null, studio: null, releaseDate: null, organised: false, editable: true });

    let o = (await organise(h.owner.cookie, v, { addPerformerIds: [ann] })).body;
    expect(o.castTag).toBe('solo');
    expect(o.inheritedTags).toEqual([{ id: beach, name: 'Beach', from: ['Ann'] }]);
    o = (await organise(h.owner.cookie, v, { addPerformerIds: [bob] })).body;
    expect(o.castTag).toBe('duo');
    expect(o.inheritedTags).toEqual([
      { id: beach, name: 'Beach', from: ['Ann', 'Bob'] },
      { id: night, name: 'Night', from: ['Bob'] },
    ]);
    // A tag of its own is not also inherited.
    o = (await organise(h.owner.cookie, v, { addPerformerIds: [cy], addTagIds: [night] })).body;
    expect(o.castTag).toBe('group');
    expect(o.tags).toEqual([{ id: night, name: 'Night', source: 'user' }]);
    expect(o.inheritedTags.map((t: { name: string }) => t.name)).toEqual(['Beach']);
    // A performer's tags changing shows at once (derived at read, never stored per video).
    await edit(h.owner.cookie, 'performers', cy, { tagIds: [night, beach] });
    expect((await organiseOf(h.owner.cookie, v)).body.inheritedTags).toEqual([{ id: beach, name: 'Beach', from: ['Ann', 'Bob', 'Cy'] }]);
    // Merging Bob and Cy into Ann: one performer left, solo again, Beach from Ann only.
    expect((await merge(h.owner.cookie, 'performers', ann, [bob, cy])).status).toBe(200);
    o = (await organiseOf(h.owner.cookie, v)).body;
    expect(o.performers.map((p: { name: string }) => p.name)).toEqual(['Ann']);
    expect(o.castTag).toBe('solo');
    expect(o.inheritedTags).toEqual([{ id: beach, name: 'Beach', from: ['Ann'] }]);
    o = (await organise(h.owner.cookie, v, { removePerformerIds: [ann] })).body;
    expect(o).toMatchObject({ castTag: null, inheritedTags: [], performers: [] });
    expect(await prisma().assetTag.count({ where: { assetId: v } })).toBe(1);
  });

  it('sets studio, release date and organised, creates by name, and refuses bad input', async () => {
    const h = await household();
    const v = await addVideo(h.family);
    const existing = await made(h.owner.cookie, 'tags', { name: 'Outdoor', aliases: ['outside'] });
    const o = (
      await organise(h.owner.cookie, v, { addTagNames: ['OUTSIDE', 'Brand New'], addPerformerNames: ['New Face'], studioName: 'Fresh Studio', releaseDate: '2020-02-29', organised: true })
    ).body;
    expect(o.tags.map((t: { name: string }) => t.name)).toEqual(['Brand New', 'Outdoor']);
    expect(o.tags.find((t: { name: string }) => t.name === 'Outdoor').id).toBe(existing);
    expect(o).toMatchObject({ performers: [{ name: 'New Face', role: null, source: 'user' }], studio: { name: 'Fresh Studio', parent: null }, releaseDate: '2020-02-29', organised: true });
    const cleared = (await organise(h.owner.cookie, v, { studioId: null, releaseDate: null })).body;
    expect(cleared).toMatchObject({ studio: null, releaseDate: null, organised: true });
    for (const json of [{ releaseDate: '2021-02-29' }, { releaseDate: '29/02/2020' }, { organised: 'yes' }, { addTagIds: ['x'] }, { studioId: ZERO, studioName: 'x' }, { bogus: true }]) {
      expect((await organise(h.owner.cookie, v, json)).status, JSON.stringify(json)).toBe(422);
    }
    // Someone else's tag: 404, nothing changed.
    const theirs = await made(h.stranger.cookie, 'tags', { name: 'Theirs' });
    expect((await organise(h.owner.cookie, v, { addTagIds: [theirs] })).status).toBe(404);
    expect(await prisma().assetTag.count({ where: { tagId: theirs } })).toBe(0);
  });

  it('lets a library member see the links read-only, and gives a stranger 404', async () => {
    const h = await household();
    const tag = await made(h.owner.cookie, 'tags', { name: 'Shared' });
    const v = await addVideo(h.family);
    await organise(h.owner.cookie, v, { addTagIds: [tag] });
    const seen = await organiseOf(h.member.cookie, v);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ editable: false, tags: [{ id: tag, name: 'Shared' }] });
    expect((await getOne(h.member.cookie, 'tags', tag)).body.mine).toBe(false);
    const memberTag = await made(h.member.cookie, 'tags', { name: 'Mine' });
    expect((await organise(h.member.cookie, v, { addTagIds: [memberTag] })).status).toBe(404);
    expect((await organise(h.member.cookie, v, { removeTagIds: [tag] })).status).toBe(404);
    expect((await bulkOrganise(h.member.cookie, { ids: [v], removeTagIds: [tag] })).status).toBe(404);
    expect(await prisma().assetTag.count({ where: { assetId: v } })).toBe(1);
    expect((await organiseOf(h.stranger.cookie, v)).status).toBe(404);
    expect((await organiseOf(h.stranger.cookie, ZERO)).body).toEqual((await organiseOf(h.stranger.cookie, v)).body);
  });

  it('bulk-edits many videos at once, all or nothing', async () => {
    const h = await household();
    const tag = await made(h.owner.cookie, 'tags', { name: 'T' });
    const p = await made(h.owner.cookie, 'performers', { name: 'P' });
    const s = await made(h.owner.cookie, 'studios', { name: 'S' });
    const vids = [await addVideo(h.family), await addVideo(h.privateLib), await addVideo(h.family)];
    const foreign = await addVideo(h.strangerLib);
    const photo = await addVideo(h.family, { type: 'photo' });
    for (const ids of [[...vids, foreign], [...vids, ZERO], [...vids, photo]]) {
      expect((await bulkOrganise(h.owner.cookie, { ids, addTagIds: [tag] })).status).toBe(404);
    }
    const theirs = await made(h.stranger.cookie, 'tags', { name: 'X' });
    expect((await bulkOrganise(h.owner.cookie, { ids: vids, addTagIds: [tag, theirs] })).status).toBe(404);
    expect(await prisma().assetTag.count({ where: { tagId: tag } })).toBe(0);
    const ok = await bulkOrganise(h.owner.cookie, { ids: vids, addTagIds: [tag], addPerformerIds: [p], studioId: s, organised: true });
    expect(ok).toEqual({ status: 200, body: { updated: 3 } });
    expect(await prisma().assetTag.count({ where: { tagId: tag } })).toBe(3);
    expect(await prisma().asset.count({ where: { id: { in: vids }, studioId: s, organised: true } })).toBe(3);
    expect((await bulkOrganise(h.owner.cookie, { ids: vids.slice(0, 2), removeTagIds: [tag], removePerformerIds: [p], studioId: null })).body).toEqual({ updated: 2 });
    expect((await organiseOf(h.owner.cookie, vids[2])).body).toMatchObject({ tags: [{ id: tag }], performers: [{ id: p }], studio: { id: s } });
    expect((await organiseOf(h.owner.cookie, vids[0])).body).toMatchObject({ tags: [], performers: [], studio: null, organised: true });
    for (const json of [{ ids: [] }, { ids: Array.from({ length: 5001 }, () => ZERO) }, { ids: ['nope'] }]) {
      expect((await bulkOrganise(h.owner.cookie, json)).status).toBe(422);
    }
  });
});

describe('merge', () => {
  it('moves every link of merged tags (videos, performers, parents, children) and keeps names as aliases, dropping loops', async () => {
    const h = await household();
    const top = await made(h.owner.cookie, 'tags', { name: 'Top' });
    const survivor = await made(h.owner.cookie, 'tags', { name: 'Sea', aliases: ['ocean'], parentIds: [top] });
    const child = await made(h.owner.cookie, 'tags', { name: 'Wave', parentIds: [survivor] });
    // The source sits below the survivor's child: its parent link (to Wave) would close a loop.
    const source = await made(h.owner.cookie, 'tags', { name: 'Seaside', aliases: ['Ocean', 'coast'], parentIds: [child] });
    const other = await made(h.owner.cookie, 'tags', { name: 'Marine', aliases: ['sea'] });
    const under = await made(h.owner.cookie, 'tags', { name: 'Shell', parentIds: [source] });
    const performer = await made(h.owner.cookie, 'performers', { name: 'P', tagIds: [source] });
    const v1 = await addVideo(h.family);
    const v2 = await addVideo(h.family);
    await organise(h.owner.cookie, v1, { addTagIds: [source, survivor] });
    await organise(h.owner.cookie, v2, { addTagIds: [other] });
    const res = await merge(h.owner.cookie, 'tags', survivor, [source, other]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Sea', aliases: ['ocean', 'Seaside', 'coast', 'Marine'], parents: [{ id: top }] });
    expect(res.body.children.map((c: { name: string }) => c.name)).toEqual(['Shell', 'Wave']);
    expect(await prisma().tag.count({ where: { id: { in: [source, other] } } })).toBe(0);
    expect((await prisma().assetTag.findMany({ where: { tagId: survivor }, select: { assetId: true } })).map((r) => r.assetId).sort()).toEqual([v1, v2].sort());
    expect(await prisma().personTag.findMany({ where: { personId: performer }, select: { tagId: true } })).toEqual([{ tagId: survivor }]);
    expect(await prisma().tagParent.findMany({ where: { tagId: under } })).toEqual([{ tagId: under, parentId: survivor }]);
    // No loop: Wave stays below Sea, Sea does not become Wave's child.
    expect(await prisma().tagParent.findMany({ where: { tagId: survivor }, select: { parentId: true } })).toEqual([{ parentId: top }]);
    // Bad merges: into itself (422), someone else's (404), nothing moved.
    expect((await merge(h.owner.cookie, 'tags', survivor, [survivor])).status).toBe(422);
    const theirs = await made(h.stranger.cookie, 'tags', { name: 'Theirs' });
    expect((await merge(h.owner.cookie, 'tags', survivor, [theirs])).status).toBe(404);
    expect((await merge(h.stranger.cookie, 'tags', theirs, [survivor])).status).toBe(404);
    expect((await merge(h.owner.cookie, 'tags', survivor, [])).status).toBe(422);
  });

  it('moves performers’ videos (with roles) and tags, and studios’ videos, children and parent', async () => {
    const h = await household();
    const t = await made(h.owner.cookie, 'tags', { name: 'T' });
    const keep = await made(h.owner.cookie, 'performers', { name: 'Keep' });
    const gone = await made(h.owner.cookie, 'performers', { name: 'Gone', aliases: ['G'], tagIds: [t] });
    const v1 = await addVideo(h.family);
    const v2 = await addVideo(h.family);
    await organise(h.owner.cookie, v1, { addPerformerIds: [keep, gone] });
    await prisma().assetPerson.create({ data: { assetId: v2, personId: gone, role: 'Hero', source: 'nfo' } });
    const merged = await merge(h.owner.cookie, 'performers', keep, [gone]);
    expect(merged.body).toMatchObject({ aliases: ['Gone', 'G'], videoCount: 2, tags: [{ id: t }] });
    expect(await prisma().assetPerson.findMany({ where: { personId: keep }, orderBy: { createdAt: 'asc' }, select: { assetId: true, role: true, source: true } })).toEqual([
      { assetId: v1, role: null, source: 'user' },
      { assetId: v2, role: 'Hero', source: 'nfo' },
    ]);

    const net = await made(h.owner.cookie, 'studios', { name: 'Net' });
    const a = await made(h.owner.cookie, 'studios', { name: 'A' });
    const b = await made(h.owner.cookie, 'studios', { name: 'B', parentId: net });
    const bChild = await made(h.owner.cookie, 'studios', { name: 'B Kids', parentId: b });
    await organise(h.owner.cookie, v1, { studioId: b });
    const s = await merge(h.owner.cookie, 'studios', a, [b]);
    expect(s.body).toMatchObject({ aliases: ['B'], parent: { id: net }, children: [{ id: bChild }], videoCount: 1 });
    expect((await prisma().asset.findUniqueOrThrow({ where: { id: v1 } })).studioId).toBe(a);
  });
});
