// Locations set by hand, the Places page and place search, through the routes. The owner's
// library (shared with a member) and a stranger's:
//
//   P1, P2   owner   Paris (EXIF place)          P3   owner   Tokyo (EXIF place)
//   P4       owner   no place                     A1   owner   Paris, archived by the owner
//   T1       owner   Paris, in the trash           S1   stranger  Paris
//   (A1 is archived by the owner only: a member of the library still has it on their timeline.)
//
// Only the owner may set or revert a place (a member and a stranger get the 404 of a missing
// asset), bulk edits are all or nothing, also under parallel requests.
import { beforeAll, describe, expect, it } from 'vitest';
import { DELETE as revertRoute, PUT as setRoute } from '@/app/api/assets/[id]/location/route';
import { GET as detailsRoute } from '@/app/api/assets/[id]/route';
import { POST as bulkRoute } from '@/app/api/assets/location/route';
import { GET as citiesRoute } from '@/app/api/places/cities/route';
import { GET as placesRoute } from '@/app/api/places/route';
import { GET as searchRoute } from '@/app/api/search/route';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { listCityAssets } from '@/lib/places/list-city-assets';
import type { CitySuggestion, PlacesOverview } from '@/lib/places/places.schemas';
import type { SearchResults } from '@/lib/search/search.schemas';
import { prisma } from '@/lib/server/db';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

type Who = { id: string; role: 'user'; cookie: string };
let owner: Who, member: Who, stranger: Who;
const id: Record<string, string> = {};

async function who(): Promise<Who> {
  const u = await createUser();
  return { id: u.id, role: 'user', cookie: (await signIn(u.id)).cookie };
}
const place = (assetId: string, city: string, countryCode: string, country: string, latitude: number, longitude: number) =>
  prisma().assetPlace.create({ data: { assetId, city, countryCode, country, latitude, longitude, source: 'exif', geocodedAt: new Date() } });
const exifGps = (assetId: string, latitude: number, longitude: number) => prisma().exif.create({ data: { assetId, latitude, longitude } });

const put = (u: Who, assetId: string, json: unknown) => setRoute(request(`/api/assets/${assetId}/location`, { method: 'PUT', cookie: u.cookie, json }), params({ id: assetId }));
const revert = (u: Who, assetId: string) => revertRoute(request(`/api/assets/${assetId}/location`, { method: 'DELETE', cookie: u.cookie }), params({ id: assetId }));
const bulk = (u: Who, json: unknown) => bulkRoute(request('/api/assets/location', { method: 'POST', cookie: u.cookie, json }), params({}));
const details = async (u: Who, assetId: string) => (await (await detailsRoute(request(`/api/assets/${assetId}`, { cookie: u.cookie }), params({ id: assetId }))).json()) as AssetDetails;
const placeRow = (assetId: string) => prisma().assetPlace.findUnique({ where: { assetId } });
async function search(u: Who, q: string): Promise<string[]> {
  const res = await searchRoute(request(`/api/search?q=${encodeURIComponent(q)}`, { cookie: u.cookie }), params({}));
  expect(res.status).toBe(200);
  return ((await res.json()) as SearchResults).items.map((h) => h.id).sort();
}
async function places(u: Who): Promise<PlacesOverview> {
  const res = await placesRoute(request('/api/places', { cookie: u.cookie }), params({}));
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  [owner, member, stranger] = [await who(), await who(), await who()];
  const lib = await libraryOwner(owner.id);
  await prisma().libraryMember.create({ data: { libraryId: lib.libraryId, userId: member.id } });
  const theirs = await libraryOwner(stranger.id);
  id.P1 = await createAsset(lib, { local: '2023-05-01 10:00:00', relPath: 'trip/a.jpg' });
  id.P2 = await createAsset(lib, { local: '2023-05-02 10:00:00', relPath: 'trip/b.jpg' });
  id.P3 = await createAsset(lib, { local: '2024-03-01 10:00:00', relPath: 'trip/c.jpg' });
  id.P4 = await createAsset(lib, { local: '2024-03-02 10:00:00', relPath: 'home/d.jpg' });
  id.A1 = await createAsset(lib, { local: '2023-05-03 10:00:00', relPath: 'trip/e.jpg' });
  id.T1 = await createAsset(lib, { local: '2023-05-04 10:00:00', relPath: 'trip/f.jpg', status: 'trashed' });
  id.S1 = await createAsset(theirs, { local: '2023-05-01 10:00:00', relPath: 'trip/s.jpg' });
  for (const k of ['P1', 'P2', 'A1', 'T1', 'S1']) {
    await exifGps(id[k], 48.8584, 2.2945);
    await place(id[k], 'Paris', 'FR', 'France', 48.8584, 2.2945);
  }
  await exifGps(id.P3, 35.6586, 139.7454);
  await place(id.P3, 'Tokyo', 'JP', 'Japan', 35.6586, 139.7454);
  await prisma().assetUserState.create({ data: { userId: owner.id, assetId: id.A1, archived: true } });
});

describe('search by place', () => {
  it('finds the photos taken in a city, or in a country, among those the user may see', async () => {
    expect(await search(owner, 'paris')).toEqual([id.P1, id.P2].sort());
    expect(await search(owner, 'France')).toEqual([id.P1, id.P2].sort());
    expect(await search(owner, 'japan')).toEqual([id.P3]);
    // Archiving is the owner's own state: the member's timeline still shows A1.
    expect(await search(member, 'paris')).toEqual([id.P1, id.P2, id.A1].sort());
    expect(await search(stranger, 'paris')).toEqual([id.S1]);
  });
});

describe('the Places page', () => {
  it('lists the user’s cities by country with counts and a cover, timeline assets only', async () => {
    const mine = await places(owner);
    expect(mine.countries.map((c) => [c.countryCode, c.country, c.count])).toEqual([
      ['FR', 'France', 2],
      ['JP', 'Japan', 1],
    ]);
    expect(mine.countries[0].cities).toEqual([{ city: 'Paris', count: 2, coverId: id.P2, href: '/places/FR/Paris' }]);
    const paris = await listCityAssets(owner, 'FR', 'Paris');
    expect(paris.items.map((h) => h.id)).toEqual([id.P2, id.P1]);
  });

  it('shows a member of a shared library the places of the shared photos, and a stranger only theirs', async () => {
    expect((await places(member)).countries.map((c) => [c.countryCode, c.count])).toEqual([['FR', 3], ['JP', 1]]);
    const theirs = await places(stranger);
    expect(theirs.countries).toEqual([{ countryCode: 'FR', country: 'France', count: 1, cities: [{ city: 'Paris', count: 1, coverId: id.S1, href: '/places/FR/Paris' }] }]);
    expect((await listCityAssets(stranger, 'JP', 'Tokyo')).items).toEqual([]);
  });
});

describe('setting a location by hand', () => {
  it('sets the place of one photo, shows it as set by hand, and reverts to the file’s', async () => {
    const res = await put(owner, id.P4, { latitude: 40.7484, longitude: -73.9857 });
    expect(res.status).toBe(200);
    const set = (await res.json()) as AssetDetails;
    expect(set.place).toMatchObject({ city: 'New York City', countryCode: 'US', source: 'manual', fileHasLocation: false });
    expect(await search(owner, 'new york')).toEqual([id.P4]);
    const back = await revert(owner, id.P4);
    expect(((await back.json()) as AssetDetails).place).toBeNull();
    expect(await placeRow(id.P4)).toBeNull();
  });

  it('refuses positions that are no place, and changes nothing', async () => {
    for (const body of [{ latitude: 0, longitude: 0 }, { latitude: 91, longitude: 0 }, { latitude: 10, longitude: 200 }, { latitude: '48', longitude: 2 }, { latitude: 48 }, {}]) {
      const res = await put(owner, id.P1, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect(await placeRow(id.P1)).toMatchObject({ city: 'Paris', source: 'exif' });
  });

  it('answers a member and a stranger with the 404 of a missing photo, and changes nothing', async () => {
    for (const u of [member, stranger]) {
      expect((await put(u, id.P1, { latitude: 35.6586, longitude: 139.7454 })).status).toBe(404);
      expect((await revert(u, id.P1)).status).toBe(404);
      expect((await bulk(u, { ids: [id.P1], location: { latitude: 35.6586, longitude: 139.7454 } })).status).toBe(404);
    }
    expect(await placeRow(id.P1)).toMatchObject({ city: 'Paris', source: 'exif' });
    expect((await details(member, id.P1)).place).toMatchObject({ city: 'Paris', source: 'exif', fileHasLocation: true });
  });

  it('sets many at once, all or nothing: one id that is not the owner’s refuses the whole request', async () => {
    const refused = await bulk(owner, { ids: [id.P1, id.P2, id.S1], location: { latitude: -33.8568, longitude: 151.2153 } });
    expect(refused.status).toBe(404);
    expect(await prisma().assetPlace.count({ where: { source: 'manual' } })).toBe(0);
    const done = await bulk(owner, { ids: [id.P1, id.P2, id.P4], location: { latitude: -33.8568, longitude: 151.2153 } });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ updated: 3 });
    for (const k of ['P1', 'P2', 'P4']) expect(await placeRow(id[k])).toMatchObject({ city: 'Sydney', countryCode: 'AU', source: 'manual' });
    expect((await places(owner)).countries.map((c) => [c.countryCode, c.count])).toEqual([['AU', 3], ['JP', 1]]);
    // Reverted together: the two Paris photos get their files' place back, the one without GPS none.
    expect((await bulk(owner, { ids: [id.P1, id.P2, id.P4], location: null })).status).toBe(200);
    expect(await placeRow(id.P1)).toMatchObject({ city: 'Paris', source: 'exif' });
    expect(await placeRow(id.P4)).toBeNull();
  });

  it('holds under 30 parallel bulk requests: every answer complete, the last place wins whole', async () => {
    const spots = [
      { latitude: 48.8584, longitude: 2.2945 },
      { latitude: 35.6586, longitude: 139.7454 },
      { latitude: 40.7484, longitude: -73.9857 },
    ];
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => bulk(owner, { ids: [id.P1, id.P2, id.P3, id.P4], location: spots[i % 3] })));
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(200));
    const rows = await prisma().assetPlace.findMany({ where: { assetId: { in: [id.P1, id.P2, id.P3, id.P4] } } });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.source === 'manual' && ['Paris', 'Tokyo', 'New York City'].includes(r.city ?? ''))).toBe(true);
  });
});

describe('the city typeahead', () => {
  it('answers the largest matching cities first, and 422 for an empty query', async () => {
    const res = await citiesRoute(request('/api/places/cities?q=tok&limit=3', { cookie: owner.cookie }), params({}));
    const cities = (await res.json()) as CitySuggestion[];
    expect(cities[0]).toMatchObject({ name: 'Tokyo', countryCode: 'JP', country: 'Japan' });
    expect(cities).toHaveLength(3);
    expect((await citiesRoute(request('/api/places/cities?q=', { cookie: owner.cookie }), params({}))).status).toBe(422);
    expect((await citiesRoute(request('/api/places/cities?q=paris&limit=500', { cookie: owner.cookie }), params({}))).status).toBe(422);
  });
});
