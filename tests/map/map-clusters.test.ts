// The map's clusters, by both methods (the in-process supercluster index and the SQL grid):
// the right counts for a world and a city view, nothing of another user's, a shared library's
// photos for its member, the trash and the archive left out, the filters, a box across the
// antimeridian; and the route: validation, the default method, parallel requests.
import { describe, expect, it } from 'vitest';
import { POST as bulkRoute } from '@/app/api/assets/bulk/route';
import { GET as clustersRoute } from '@/app/api/map/clusters/route';
import { getMapClusters, type MapMethod } from '@/lib/map/get-map-clusters';
import type { MapClusters } from '@/lib/map/map.schemas';
import { prisma } from '@/lib/server/db';
import { libraryOwner } from '../support/asset-factory';
import { createUser, request, signIn } from '../support/factories';
import { countNear, FIJI_EAST, FIJI_WEST, LONDON, PARIS, PARIS_BOX, placeAsset, placeMany, TOKYO, totalOf, WORLD } from './map-helpers';

async function owner() {
  const user = await createUser();
  return { user, lib: await libraryOwner(user.id) };
}

const clusters = (userId: string, method: MapMethod, box: typeof WORLD, zoom: number, filters: Record<string, unknown> = {}) =>
  getMapClusters(userId, { ...box, zoom, peopleMode: 'all', ...filters }, method).then((r) => r.clusters);

describe.each(['index', 'grid'] as const)('clusters by %s', (method) => {
  it('counts every photo in a world view and only Paris in a Paris city view; a stranger’s are never counted', async () => {
    const me = await owner();
    const stranger = await owner();
    await placeMany(me.lib, PARIS, 10);
    await placeMany(me.lib, LONDON, 5);
    await placeMany(me.lib, TOKYO, 3);
    await placeMany(stranger.lib, PARIS, 7);
    await placeMany(stranger.lib, TOKYO, 4);

    const world = await clusters(me.user.id, method, WORLD, 2);
    expect(totalOf(world)).toBe(18);
    expect(countNear(world, TOKYO, 10)).toBe(3);
    // Paris and London are ~340 km apart: one group at zoom 2, as a person would see it.
    expect(countNear(world, { lat: 50, lng: 1 }, 6)).toBe(15);
    // Zoomed into Paris: its ten, in clusters near the city, and not a London photo.
    const city = await clusters(me.user.id, method, PARIS_BOX, 12);
    expect(totalOf(city)).toBe(10);
    for (const c of city) expect(Math.abs(c.lat - PARIS.lat) + Math.abs(c.lng - PARIS.lng)).toBeLessThan(0.05);
    // The stranger sees theirs only.
    expect(totalOf(await clusters(stranger.user.id, method, WORLD, 2))).toBe(11);
    expect(totalOf(await clusters(stranger.user.id, method, PARIS_BOX, 12))).toBe(7);
  });

  it('gives each cluster its newest asset and bounds that hold all of its photos', async () => {
    const me = await owner();
    const older = await placeAsset(me.lib, PARIS, { local: '2020-01-01 10:00:00' });
    const newest = await placeAsset(me.lib, PARIS, { local: '2024-08-01 10:00:00', jitter: 0.001 });
    await placeAsset(me.lib, PARIS, { local: '2022-01-01 10:00:00', jitter: 0.002 });
    const [cluster] = await clusters(me.user.id, method, WORLD, 3);
    expect(cluster.count).toBe(3);
    expect(cluster.assetId).toBe(newest);
    expect(cluster.bounds.south).toBeCloseTo(PARIS.lat, 6);
    expect(cluster.bounds.north).toBeCloseTo(PARIS.lat + 0.002, 6);
    expect(cluster.bounds.west).toBeCloseTo(PARIS.lng, 6);
    expect(cluster.bounds.east).toBeCloseTo(PARIS.lng + 0.002, 6);
    // Far enough in, each photo is a point of its own at its place.
    const points = await clusters(me.user.id, method, PARIS_BOX, 20);
    expect(points.map((p) => p.count)).toEqual([1, 1, 1]);
    const lone = points.find((p) => p.assetId === older)!;
    expect([lone.lat, lone.lng]).toEqual([PARIS.lat, PARIS.lng]);
  });

  it('shows a shared library’s photos to its member, but not the owner’s trash; leaves out the user’s own trash and archive', async () => {
    const me = await owner();
    const member = await createUser();
    await prisma().libraryMember.create({ data: { libraryId: me.lib.libraryId, userId: member.id } });
    const [kept, trashed, archived] = await placeMany(me.lib, PARIS, 3);
    void kept;
    await prisma().asset.update({ where: { id: trashed }, data: { status: 'trashed' } });
    await prisma().assetUserState.create({ data: { userId: me.user.id, assetId: archived, archived: true } });
    expect(totalOf(await clusters(me.user.id, method, WORLD, 2))).toBe(1);
    // The member sees the shared library (not the trash; the owner's archive is the owner's own).
    expect(totalOf(await clusters(member.id, method, WORLD, 2))).toBe(2);
    // The share ends: nothing left on the member's map.
    await prisma().libraryMember.delete({ where: { libraryId_userId: { libraryId: me.lib.libraryId, userId: member.id } } });
    expect(totalOf(await clusters(member.id, method, WORLD, 2))).toBe(0);
  });

  it('filters by date, favourites and people', async () => {
    const me = await owner();
    const [may1, may2] = await placeMany(me.lib, PARIS, 2);
    const old = await placeAsset(me.lib, LONDON, { local: '2019-03-01 09:00:00' });
    void may2;
    const alice = await prisma().person.create({ data: { ownerId: me.user.id, name: 'Alice' } });
    await prisma().face.create({ data: { assetId: old, personId: alice.id, boxX: 0.1, boxY: 0.1, boxW: 0.2, boxH: 0.2, score: 0.9, descriptor: new Uint8Array(512) } });

    expect(totalOf(await clusters(me.user.id, method, WORLD, 2))).toBe(3);
    expect(totalOf(await clusters(me.user.id, method, WORLD, 2, { from: '2024-01-01' }))).toBe(2);
    expect(totalOf(await clusters(me.user.id, method, WORLD, 2, { to: '2019-12-31' }))).toBe(1);
    expect(totalOf(await clusters(me.user.id, method, WORLD, 2, { favourites: true }))).toBe(0);
    await prisma().assetUserState.create({ data: { userId: me.user.id, assetId: may1, favouriteAt: new Date() } });
    const favourites = await clusters(me.user.id, method, WORLD, 2, { favourites: true });
    expect(favourites.map((c) => [c.count, c.assetId])).toEqual([[1, may1]]);
    expect(totalOf(await clusters(me.user.id, method, WORLD, 2, { people: [alice.id] }))).toBe(1);
    // A second face of Alice, on a Paris photo: the people filter follows at once.
    await prisma().face.create({ data: { assetId: may1, personId: alice.id, boxX: 0.1, boxY: 0.1, boxW: 0.2, boxH: 0.2, score: 0.9, descriptor: new Uint8Array(512) } });
    expect(totalOf(await clusters(me.user.id, method, WORLD, 2, { people: [alice.id] }))).toBe(2);
  });

  it('reads a box across the antimeridian (west > east) and leaves those photos out of the box the other way round', async () => {
    const me = await owner();
    await placeAsset(me.lib, FIJI_EAST);
    await placeAsset(me.lib, FIJI_WEST);
    await placeAsset(me.lib, PARIS);
    const pacific = await clusters(me.user.id, method, { west: 170, south: -30, east: -170, north: 0 }, 5);
    expect(totalOf(pacific)).toBe(2);
    expect(totalOf(await clusters(me.user.id, method, { west: -170, south: -30, east: 170, north: 60 }, 5))).toBe(1);
  });

  it('follows a trashed or moved photo at once (the index is rebuilt when the map’s version moves)', async () => {
    const me = await owner();
    const [a, b] = await placeMany(me.lib, PARIS, 3);
    expect(totalOf(await clusters(me.user.id, method, PARIS_BOX, 12))).toBe(3);
    await prisma().asset.update({ where: { id: a }, data: { status: 'trashed' } });
    expect(totalOf(await clusters(me.user.id, method, PARIS_BOX, 12))).toBe(2);
    await prisma().assetPlace.update({ where: { assetId: b }, data: { latitude: TOKYO.lat, longitude: TOKYO.lng, source: 'manual' } });
    expect(totalOf(await clusters(me.user.id, method, PARIS_BOX, 12))).toBe(1);
    expect(countNear(await clusters(me.user.id, method, WORLD, 2), TOKYO)).toBe(1);
  });
});

describe('GET /api/map/clusters', () => {
  const get = async (cookie: string, query: string) => clustersRoute(request(`/api/map/clusters?${query}`, { cookie }));

  it('answers the clusters of the box, the same to 30 parallel requests', async () => {
    const me = await owner();
    await placeMany(me.lib, PARIS, 6);
    await placeMany(me.lib, TOKYO, 4);
    const { cookie } = await signIn(me.user.id);
    const answers = await Promise.all(Array.from({ length: 30 }, () => get(cookie, 'west=-180&south=-85&east=180&north=85&zoom=2')));
    for (const res of answers) {
      expect(res.status).toBe(200);
      const body = (await res.json()) as MapClusters;
      expect(body.total).toBe(10);
      expect(body.clusters.map((c) => c.count).sort()).toEqual([4, 6]);
    }
  });

  it('refuses a box or zoom that is not one, and never answers 500', async () => {
    const me = await owner();
    const { cookie } = await signIn(me.user.id);
    for (const query of [
      'west=0&south=50&east=10&north=40&zoom=3', // south of north
      'west=-200&south=0&east=10&north=10&zoom=3',
      'west=0&south=-95&east=10&north=10&zoom=3',
      'west=a&south=0&east=10&north=10&zoom=3',
      'west=0&south=0&east=10&north=10&zoom=2.5',
      'west=0&south=0&east=10&north=10&zoom=99',
      'south=0&east=10&north=10&zoom=3',
      'west=0&south=0&east=10&north=10&zoom=3&from=2024-02-30',
      'west=0&south=0&east=10&north=10&zoom=3&people=not-an-id',
      'west=0&south=0&east=10&north=10&zoom=3&favourites=maybe',
    ]) {
      const res = await get(cookie, query);
      expect(res.status, query).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });

  it('counts a favourite made through the app in the favourites filter on the next request', async () => {
    const me = await owner();
    const [first] = await placeMany(me.lib, PARIS, 2);
    const { cookie } = await signIn(me.user.id);
    const favourites = async () => ((await (await get(cookie, 'west=-180&south=-85&east=180&north=85&zoom=2&favourites=true')).json()) as MapClusters).total;
    expect(await favourites()).toBe(0);
    expect((await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [first], action: 'favourite' } }))).status).toBe(200);
    expect(await favourites()).toBe(1);
    expect((await bulkRoute(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [first], action: 'archive' } }))).status).toBe(200);
    expect(((await (await get(cookie, 'west=-180&south=-85&east=180&north=85&zoom=2')).json()) as MapClusters).total).toBe(1);
  });
});
