// Albums through their routes on a real PostgreSQL: create (with items), rename, describe,
// cover, delete (the photos stay); add and remove with each role (owner, contributor, viewer,
// stranger: memberships seeded directly, the member routes are another part); a contributor
// cannot remove others' items; 30 parallel adds of the same items make one row each; the date
// and manual orders (move before/after, the viewer's neighbours follow); another member's
// trashed item is hidden from the others; the list shows albums shared with the user.
import { describe, expect, it } from 'vitest';
import { GET as itemsRoute, POST as addRoute } from '@/app/api/albums/[id]/assets/route';
import { POST as removeRoute } from '@/app/api/albums/[id]/assets/remove/route';
import { POST as moveRoute } from '@/app/api/albums/[id]/move/route';
import { GET as neighboursRoute } from '@/app/api/albums/[id]/neighbours/route';
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from '@/app/api/albums/[id]/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/albums/route';
import type { AlbumItemsChange, AlbumItemsPage, AlbumList, AlbumView } from '@/lib/albums/albums.schemas';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

async function person() {
  const user = await createUser();
  const { cookie } = await signIn(user.id);
  const lib = await libraryOwner(user.id);
  return { user, cookie, lib };
}

const create = (cookie: string, body: unknown) => createRoute(request('/api/albums', { method: 'POST', cookie, json: body }), params({}));
const get = (cookie: string, id: string) => getRoute(request(`/api/albums/${id}`, { cookie }), params({ id }));
const patch = (cookie: string, id: string, body: unknown) => patchRoute(request(`/api/albums/${id}`, { method: 'PATCH', cookie, json: body }), params({ id }));
const del = (cookie: string, id: string) => deleteRoute(request(`/api/albums/${id}`, { method: 'DELETE', cookie }), params({ id }));
const add = (cookie: string, id: string, assetIds: string[]) => addRoute(request(`/api/albums/${id}/assets`, { method: 'POST', cookie, json: { assetIds } }), params({ id }));
const remove = (cookie: string, id: string, assetIds: string[]) =>
  removeRoute(request(`/api/albums/${id}/assets/remove`, { method: 'POST', cookie, json: { assetIds } }), params({ id }));
const move = (cookie: string, id: string, body: unknown) => moveRoute(request(`/api/albums/${id}/move`, { method: 'POST', cookie, json: body }), params({ id }));
const items = async (cookie: string, id: string) => (await (await itemsRoute(request(`/api/albums/${id}/assets`, { cookie }), params({ id }))).json()) as AlbumItemsPage;
const neighbours = (cookie: string, id: string, assetId: string) => neighboursRoute(request(`/api/albums/${id}/neighbours?assetId=${assetId}`, { cookie }), params({ id }));
const list = async (cookie: string) => ((await (await listRoute(request('/api/albums', { cookie }), params({}))).json()) as AlbumList).albums;

async function newAlbum(cookie: string, body: Record<string, unknown> = {}): Promise<AlbumView> {
  const res = await create(cookie, { title: 'Holiday', ...body });
  expect(res.status).toBe(201);
  return (await res.json()) as AlbumView;
}

const photos = (lib: { ownerId: string; libraryId: string }, days: string[]) => Promise.all(days.map((d) => createAsset(lib, { local: `2024-07-${d} 12:00:00` })));

describe('albums', () => {
  it('creates an album with items, renames, describes, orders, sets and clears the cover, and deletes it without touching the photos', async () => {
    const { cookie, lib, user } = await person();
    const [a, b, c] = await photos(lib, ['01', '02', '03']);
    const album = await newAlbum(cookie, { title: '  Holiday  ', description: 'Sea', assetIds: [a, b, c] });
    expect(album).toMatchObject({ title: 'Holiday', description: 'Sea', role: 'owner', itemCount: 3, owner: { id: user.id }, sortOrder: 'date_desc' });
    expect(album.startDate).toBe('2024-07-01');
    expect(album.endDate).toBe('2024-07-03');
    // The default cover is the first item in the album's order: the newest.
    expect(album.coverAssetId).toBe(c);
    expect(album.coverUrl).toContain(`/api/assets/${c}/thumbnail`);

    const renamed = (await (await patch(cookie, album.id, { title: 'Summer', description: null, sortOrder: 'date_asc' })).json()) as AlbumView;
    expect(renamed).toMatchObject({ title: 'Summer', description: null, sortOrder: 'date_asc', coverAssetId: a, coverChosen: false });
    const covered = (await (await patch(cookie, album.id, { coverAssetId: b })).json()) as AlbumView;
    expect(covered).toMatchObject({ coverAssetId: b, coverChosen: true });
    expect(((await (await patch(cookie, album.id, { coverAssetId: null })).json()) as AlbumView).coverAssetId).toBe(a);

    // Bad input is a 422 naming the field, never a 500.
    const [other] = await photos(lib, ['09']);
    for (const body of [{ title: '' }, { title: 'x'.repeat(201) }, { sortOrder: 'random' }, { coverAssetId: other }, { coverAssetId: 'nope' }, { extra: 1 }]) {
      expect((await patch(cookie, album.id, body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await create(cookie, { title: 'x', assetIds: [] })).status).toBe(422);
    expect((await get(cookie, 'not-a-uuid')).status).toBe(404);

    expect((await del(cookie, album.id)).status).toBe(204);
    expect((await get(cookie, album.id)).status).toBe(404);
    expect(await prisma().asset.count({ where: { id: { in: [a, b, c] }, status: 'online' } })).toBe(3);
  });

  it('lets the owner and a contributor add, a viewer and a stranger not; a contributor removes only what they added', async () => {
    const owner = await person();
    const contributor = await person();
    const viewer = await person();
    const stranger = await person();
    const [o1, o2] = await photos(owner.lib, ['01', '02']);
    const [c1] = await photos(contributor.lib, ['03']);
    const [v1] = await photos(viewer.lib, ['04']);
    const [s1] = await photos(stranger.lib, ['05']);
    const album = await newAlbum(owner.cookie, { assetIds: [o1] });
    await prisma().albumMember.createMany({
      data: [
        { albumId: album.id, userId: contributor.user.id, role: 'contributor' },
        { albumId: album.id, userId: viewer.user.id, role: 'viewer' },
      ],
    });

    // A contributor adds their own photo; not someone else's they cannot read (all or nothing).
    expect((await add(contributor.cookie, album.id, [c1, s1])).status).toBe(404);
    const added = await add(contributor.cookie, album.id, [c1]);
    expect(added.status).toBe(200);
    expect((await added.json()) as AlbumItemsChange).toEqual({ changed: 1, itemCount: 2 });
    // A viewer and a stranger cannot add (404, as for a missing album).
    expect((await add(viewer.cookie, album.id, [v1])).status).toBe(404);
    expect((await add(stranger.cookie, album.id, [s1])).status).toBe(404);
    // Members see the album and its items; a stranger sees nothing.
    expect((await get(viewer.cookie, album.id)).status).toBe(200);
    expect((await items(viewer.cookie, album.id)).id.sort()).toEqual([o1, c1].sort());
    expect((await get(stranger.cookie, album.id)).status).toBe(404);
    // An album item is readable by a member: they may add it to an album of their own.
    const theirs = await newAlbum(viewer.cookie, { title: 'Mine', assetIds: [o1] });
    expect(theirs.itemCount).toBe(1);

    // The contributor may remove only what they added: the owner's item is a 404 for the lot.
    expect((await remove(contributor.cookie, album.id, [o1, c1])).status).toBe(404);
    expect((await items(owner.cookie, album.id)).id).toHaveLength(2);
    expect((await items(contributor.cookie, album.id)).removable).toBe(
      (await items(contributor.cookie, album.id)).id.map((id) => (id === c1 ? '1' : '0')).join(''),
    );
    expect((await remove(viewer.cookie, album.id, [o1])).status).toBe(404);
    expect((await remove(stranger.cookie, album.id, [o1])).status).toBe(404);
    expect(((await (await remove(contributor.cookie, album.id, [c1])).json()) as AlbumItemsChange).changed).toBe(1);
    // The owner removes any item; an item no longer there is no error.
    await add(contributor.cookie, album.id, [c1]);
    expect(((await (await remove(owner.cookie, album.id, [c1, o2])).json()) as AlbumItemsChange)).toEqual({ changed: 1, itemCount: 1 });
    expect(await prisma().asset.count({ where: { id: c1 } })).toBe(1);
    // Members cannot change or delete the album.
    expect((await patch(contributor.cookie, album.id, { title: 'Mine now' })).status).toBe(404);
    expect((await del(contributor.cookie, album.id)).status).toBe(404);
    expect((await del(viewer.cookie, album.id)).status).toBe(404);
  });

  it('adds the same items once under 30 parallel requests, and again is a no-op', async () => {
    const { cookie, lib } = await person();
    const ids = await photos(lib, ['01', '02', '03', '04', '05']);
    const album = await newAlbum(cookie);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => add(cookie, album.id, i % 2 ? ids : [...ids].reverse())));
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(200));
    const changes = (await Promise.all(answers.map((r) => r.json()))) as AlbumItemsChange[];
    expect(changes.reduce((n, c) => n + c.changed, 0)).toBe(5);
    expect(await prisma().albumAsset.count({ where: { albumId: album.id } })).toBe(5);
    expect(((await (await add(cookie, album.id, ids)).json()) as AlbumItemsChange)).toEqual({ changed: 0, itemCount: 5 });
  });

  it('orders items by date either way or by hand, and the viewer walks that order', async () => {
    const { cookie, lib } = await person();
    const [d1, d2, d3, d4] = await photos(lib, ['01', '02', '03', '04']);
    const album = await newAlbum(cookie, { assetIds: [d2, d4, d1, d3] });
    expect((await items(cookie, album.id)).id).toEqual([d4, d3, d2, d1]);
    await patch(cookie, album.id, { sortOrder: 'date_asc' });
    expect((await items(cookie, album.id)).id).toEqual([d1, d2, d3, d4]);
    expect(await (await neighbours(cookie, album.id, d2)).json()).toEqual({ previous: d1, next: d3 });
    expect(await (await neighbours(cookie, album.id, d4)).json()).toEqual({ previous: d3, next: null });

    // A move in a date order keeps what was shown and becomes manual.
    const moved = (await (await move(cookie, album.id, { assetId: d4, before: d1 })).json()) as AlbumView;
    expect(moved.sortOrder).toBe('manual');
    expect((await items(cookie, album.id)).id).toEqual([d4, d1, d2, d3]);
    await move(cookie, album.id, { assetId: d1, after: d3 });
    expect((await items(cookie, album.id)).id).toEqual([d4, d2, d3, d1]);
    // Moving items into the same gap again and again halves it each time, until the order is
    // numbered afresh: the order stays what the moves said.
    for (let i = 0; i < 30; i++) await move(cookie, album.id, { assetId: i % 2 ? d3 : d1, after: d4 });
    expect((await items(cookie, album.id)).id).toEqual([d4, d3, d1, d2]);
    const positions = await prisma().albumAsset.findMany({ where: { albumId: album.id }, select: { position: true } });
    expect(new Set(positions.map((p) => p.position)).size).toBe(4);
    expect(await (await neighbours(cookie, album.id, d1)).json()).toEqual({ previous: d3, next: d2 });
    expect((await move(cookie, album.id, { assetId: d1 })).status).toBe(422);
    const [outside] = await photos(lib, ['09']);
    expect((await move(cookie, album.id, { assetId: outside, before: d1 })).status).toBe(404);
    expect((await neighbours(cookie, album.id, outside)).status).toBe(404);
  });

  it("hides an item trashed by its owner from the other members, while its owner still sees it", async () => {
    const owner = await person();
    const member = await person();
    const [keep, gone] = await photos(owner.lib, ['01', '02']);
    const album = await newAlbum(owner.cookie, { assetIds: [keep, gone] });
    await prisma().albumMember.create({ data: { albumId: album.id, userId: member.user.id, role: 'viewer' } });
    await prisma().asset.update({ where: { id: gone }, data: { status: 'trashed' } });
    const mine = await items(owner.cookie, album.id);
    expect(mine.id).toEqual([gone, keep]);
    expect(mine.trashed).toBe('10');
    expect((await items(member.cookie, album.id)).id).toEqual([keep]);
    const seen = (await (await get(member.cookie, album.id)).json()) as AlbumView;
    expect(seen).toMatchObject({ itemCount: 1, coverAssetId: keep });
    expect(((await (await get(owner.cookie, album.id)).json()) as AlbumView).itemCount).toBe(2);
    expect(await (await neighbours(member.cookie, album.id, keep)).json()).toEqual({ previous: null, next: null });
  });

  it("lists my albums and the ones shared with me, with the owner's name and my role", async () => {
    const owner = await person();
    const member = await person();
    const outsider = await person();
    const [p] = await photos(owner.lib, ['01']);
    const shared = await newAlbum(owner.cookie, { title: 'Shared', assetIds: [p] });
    await newAlbum(owner.cookie, { title: 'Private' });
    const own = await newAlbum(member.cookie, { title: 'Mine' });
    await prisma().albumMember.create({ data: { albumId: shared.id, userId: member.user.id, role: 'contributor' } });
    const albums = await list(member.cookie);
    expect(albums.map((a) => a.title).sort()).toEqual(['Mine', 'Shared']);
    expect(albums.find((a) => a.id === shared.id)).toMatchObject({ role: 'contributor', owner: { id: owner.user.id, name: 'Test User' }, itemCount: 1, coverAssetId: p });
    expect(albums.find((a) => a.id === own.id)).toMatchObject({ role: 'owner', itemCount: 0, coverUrl: null, startDate: null });
    expect(await list(outsider.cookie)).toEqual([]);
    expect((await list(owner.cookie)).map((a) => a.title).sort()).toEqual(['Private', 'Shared']);
  });
});
