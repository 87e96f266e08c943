// The one search box on a small collection where every answer can be worked out by hand.
// The owner's library (shared with the member) and the stranger's:
//
//        file                       taken       what else
//   P1   trips/beach/IMG_0001.jpg   2019-07-15  Canon EOS 5D, EF 24-70mm; Alice's face (owner's person)
//   P2   home/cat.jpg               2018-12-24  is_animal 0.91, caption "a cat asleep on a sofa", orange, quality 80; owner's favourite
//   P3   home/garden.jpg            2020-01-05  green, quality 30
//   V1   videos/party.mp4 (video)   2019-08-01  title "Birthday party", performer Bob, tag "celebration"
//   T1   trips/beach/IMG_0002.jpg   2019-07-16  in the owner's trash
//   A1   trips/beach/IMG_0003.jpg   2019-07-17  archived by the owner
//   S1   trips/beach/IMG_9999.jpg   2019-07-15  the stranger's; a face of the stranger's own "Alice"; caption "a cat"
//
// Embeddings of a made-up model (4 dimensions): the query X = e1; P3 ≈ e1 (0.99), P1 0.6, P2 0
// (below the floor), S1 and T1 exactly e1 (never answered: another user's, and trashed).
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as analysisRoute } from '@/app/api/assets/[id]/analysis/route';
import { GET as similarRoute } from '@/app/api/assets/[id]/similar/route';
import { GET as neighboursRoute } from '@/app/api/search/neighbours/route';
import { GET as optionsRoute } from '@/app/api/search/options/route';
import { GET as searchRoute } from '@/app/api/search/route';
import { searchAssets } from '@/lib/search/search-assets';
import { type SearchResults, searchQuerySchema } from '@/lib/search/search.schemas';
import { prisma } from '@/lib/server/db';
import { normalise, vectorToBytes } from '@/lib/vectors/vector-math';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';

const MODEL = 'test-clip-4d';
const id: Record<string, string> = {};
const person: Record<string, string> = {};
type Who = { id: string; role: 'user'; cookie: string };
let owner: Who, member: Who, stranger: Who;
let strangerLibrary: string;

async function who(): Promise<Who> {
  const u = await createUser();
  return { id: u.id, role: 'user', cookie: (await signIn(u.id)).cookie };
}
const embed = (assetId: string, v: number[]) => prisma().embedding.create({ data: { assetId, model: MODEL, vector: vectorToBytes(normalise(Float32Array.from(v))) } });
const face = (assetId: string, personId: string, x = 0.1) =>
  prisma().face.create({ data: { assetId, personId, boxX: x, boxY: 0.2, boxW: 0.3, boxH: 0.4, score: 0.99, descriptor: new Uint8Array(512) } });

async function search(u: Who, query = ''): Promise<SearchResults> {
  const res = await searchRoute(request(`/api/search${query}`, { cookie: u.cookie }), params({}));
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}
const ids = async (u: Who, query: string) => (await search(u, query)).items.map((h) => h.id);
const q = (text: string, rest = '') => `?q=${encodeURIComponent(text)}${rest}`;

beforeAll(async () => {
  [owner, member, stranger] = [await who(), await who(), await who()];
  const lib = await libraryOwner(owner.id);
  await prisma().libraryMember.create({ data: { libraryId: lib.libraryId, userId: member.id } });
  const strangerLib = await libraryOwner(stranger.id);
  strangerLibrary = strangerLib.libraryId;
  id.P1 = await createAsset(lib, { local: '2019-07-15 10:00:00', relPath: 'trips/beach/IMG_0001.jpg' });
  id.P2 = await createAsset(lib, { local: '2018-12-24 18:00:00', relPath: 'home/cat.jpg', width: 3000, height: 4000 });
  id.P3 = await createAsset(lib, { local: '2020-01-05 12:00:00', relPath: 'home/garden.jpg' });
  id.V1 = await createAsset(lib, { local: '2019-08-01 20:00:00', relPath: 'videos/party.mp4', type: 'video', durationMs: 60_000 });
  id.T1 = await createAsset(lib, { local: '2019-07-16 10:00:00', relPath: 'trips/beach/IMG_0002.jpg', status: 'trashed' });
  id.A1 = await createAsset(lib, { local: '2019-07-17 10:00:00', relPath: 'trips/beach/IMG_0003.jpg' });
  id.S1 = await createAsset(strangerLib, { local: '2019-07-15 10:00:00', relPath: 'trips/beach/IMG_9999.jpg' });
  await prisma().exif.create({ data: { assetId: id.P1, make: 'Canon', model: 'Canon EOS 5D', lens: 'EF 24-70mm f/2.8L' } });
  person.alice = (await prisma().person.create({ data: { ownerId: owner.id, name: 'Alice Martin' } })).id;
  person.bob = (await prisma().person.create({ data: { ownerId: owner.id, name: 'Bob', aliases: ['Robert'] } })).id;
  person.strangerAlice = (await prisma().person.create({ data: { ownerId: stranger.id, name: 'Alice Martin' } })).id;
  await face(id.P1, person.alice);
  await face(id.S1, person.strangerAlice);
  await prisma().analysis.create({
    data: { assetId: id.P2, palette: [{ hex: '#e08a2c', share: 0.6 }, { hex: '#203040', share: 0.4 }], colorName: 'orange', quality: 80, qualityParts: { sharpness: 0.9, exposure: 0.7, noise: 0.8, resolution: 1 }, answers: { is_animal: 0.91, is_food: 0.02 }, labels: ['is_animal'], caption: 'a cat asleep on a sofa' },
  });
  await prisma().analysis.create({ data: { assetId: id.P3, colorName: 'green', quality: 30 } });
  await prisma().analysis.create({ data: { assetId: id.S1, caption: 'a cat', colorName: 'orange', labels: ['is_animal'] } });
  await prisma().asset.update({ where: { id: id.V1 }, data: { title: 'Birthday party' } });
  await prisma().assetPerson.create({ data: { assetId: id.V1, personId: person.bob } });
  const tag = await prisma().tag.create({ data: { ownerId: owner.id, name: 'celebration' } });
  await prisma().assetTag.create({ data: { assetId: id.V1, tagId: tag.id } });
  await prisma().assetUserState.create({ data: { userId: owner.id, assetId: id.P2, favouriteAt: new Date() } });
  await prisma().assetUserState.create({ data: { userId: owner.id, assetId: id.A1, archived: true } });
  await embed(id.P3, [0.99, 0.14, 0, 0]);
  await embed(id.P1, [0.6, 0.8, 0, 0]);
  await embed(id.P2, [0, 1, 0, 0]);
  await embed(id.S1, [1, 0, 0, 0]);
  await embed(id.T1, [1, 0, 0, 0]);
});

describe('GET /api/search: literal matches', () => {
  it('finds a file by its name or folder, never the trashed, archived or another user’s copy', async () => {
    expect(await ids(owner, q('IMG_0001'))).toEqual([id.P1]);
    expect(await ids(owner, q('beach'))).toEqual([id.P1]);
    expect(await ids(stranger, q('beach'))).toEqual([id.S1]);
    expect(await ids(owner, q('jpg'))).toEqual([id.P3, id.P1, id.P2]); // newest first
  });

  it('finds by camera, lens, person (faces and performers), question, caption, title and tag', async () => {
    expect(await ids(owner, q('canon'))).toEqual([id.P1]);
    expect(await ids(owner, q('24-70'))).toEqual([id.P1]);
    expect(await ids(owner, q('alice'))).toEqual([id.P1]);
    expect(await ids(owner, q('Robert'))).toEqual([id.V1]);
    expect(await ids(owner, q('animals'))).toEqual([id.P2]);
    expect(await ids(owner, q('sofa'))).toEqual([id.P2]);
    expect(await ids(owner, q('birthday'))).toEqual([id.V1]);
    expect(await ids(owner, q('celebration'))).toEqual([id.V1]);
    const hit = (await search(owner, q('sofa'))).items[0];
    expect(hit).toMatchObject({ type: 'photo', fileName: 'cat.jpg', ratio: 0.75, takenAtLocal: '2018-12-24T18:00:00', favourite: true, match: 'literal', similarity: null });
  });

  it('wants every word, and says meaning could not take part without the CLIP model', async () => {
    expect(await ids(owner, q('beach canon'))).toEqual([id.P1]);
    expect(await ids(owner, q('beach cat'))).toEqual([]);
    const res = await search(owner, q('alice'));
    expect(res).toMatchObject({ semantic: false, reason: 'model_unavailable', understood: { words: ['alice'], date: null } });
  });

  it('lets a library member find the shared photos, names included; a hidden person is not found', async () => {
    expect(await ids(member, q('alice'))).toEqual([id.P1]);
    await prisma().person.update({ where: { id: person.alice }, data: { hidden: true } });
    expect(await ids(owner, q('alice'))).toEqual([]);
    await prisma().person.update({ where: { id: person.alice }, data: { hidden: false } });
  });
});

describe('GET /api/search: dates and filters', () => {
  it('reads dates in the box', async () => {
    expect(await search(owner, q('summer 2019'))).toMatchObject({ understood: { words: [], date: 'Summer 2019' }, reason: 'no_words' });
    expect(await ids(owner, q('summer 2019'))).toEqual([id.V1, id.P1]);
    expect(await ids(owner, q('dec 2018'))).toEqual([id.P2]);
    expect(await ids(owner, q('cat 2018'))).toEqual([id.P2]);
    expect(await ids(owner, q('cat 2019'))).toEqual([]);
    expect(await ids(owner, q('2019-08'))).toEqual([id.V1]);
    expect(await ids(owner, q('winter'))).toEqual([id.P3, id.P2]);
  });

  it('filters by type, dates, colour, quality, questions, favourite, camera and library', async () => {
    expect(await ids(owner, '?type=video')).toEqual([id.V1]);
    expect(await ids(owner, '?from=2019-01-01&to=2019-07-15')).toEqual([id.P1]);
    expect(await ids(owner, '?colour=orange')).toEqual([id.P2]);
    expect(await ids(owner, '?quality=50')).toEqual([id.P2]);
    expect(await ids(owner, '?quality=20')).toEqual([id.P3, id.P2]);
    expect(await ids(owner, '?questions=is_animal')).toEqual([id.P2]);
    expect(await ids(owner, '?favourite=true')).toEqual([id.P2]);
    expect(await ids(member, '?favourite=true')).toEqual([]); // favourites are per user
    expect(await ids(owner, `?camera=${encodeURIComponent('canon eos 5d')}`)).toEqual([id.P1]);
    expect(await ids(owner, q('jpg', '&type=photo&from=2019-01-01'))).toEqual([id.P3, id.P1]);
  });

  it('filters by people: all or any, photos by faces and videos by performers', async () => {
    expect(await ids(owner, `?people=${person.alice}`)).toEqual([id.P1]);
    expect(await ids(owner, `?people=${person.alice},${person.bob}&peopleMode=any`)).toEqual([id.V1, id.P1]);
    expect(await ids(owner, `?people=${person.alice},${person.bob}`)).toEqual([]);
    // Another user's person id finds nothing of theirs.
    expect(await ids(owner, `?people=${person.strangerAlice}`)).toEqual([]);
    expect(await ids(stranger, `?people=${person.alice}`)).toEqual([]);
  });

  it('pages with offset and limit', async () => {
    const first = await search(owner, '?limit=2');
    expect(first.items.map((h) => h.id)).toEqual([id.P3, id.V1]);
    expect(first.nextOffset).toBe(2);
    const second = await search(owner, '?limit=2&offset=2');
    expect(second.items.map((h) => h.id)).toEqual([id.P1, id.P2]);
    expect(second.nextOffset).toBeNull();
    const ranked = await search(owner, q('jpg', '&limit=2&offset=1'));
    expect(ranked.items.map((h) => h.id)).toEqual([id.P1, id.P2]);
    expect(ranked.nextOffset).toBeNull();
  });

  it('refuses a library the user cannot read with 404', async () => {
    const res = await searchRoute(request(`/api/search?library=${strangerLibrary}`, { cookie: owner.cookie }), params({}));
    expect(res.status).toBe(404);
  });
});

describe('semantic search', () => {
  const X = { model: MODEL, vector: Float32Array.from([1, 0, 0, 0]) };
  const run = (u: Who, text: string) => searchAssets(u, searchQuerySchema.parse({ q: text }), async () => X);

  it('answers by meaning above the floor, most similar first, only what the user can read', async () => {
    const res = await run(owner, 'greenery');
    expect(res).toMatchObject({ semantic: true, reason: null });
    expect(res.items.map((h) => [h.id, h.match])).toEqual([[id.P3, 'semantic'], [id.P1, 'semantic']]);
    expect(res.items[0].similarity).toBeCloseTo(0.99, 2);
    expect((await run(member, 'greenery')).items.map((h) => h.id)).toEqual([id.P3, id.P1]);
    expect((await run(stranger, 'greenery')).items.map((h) => h.id)).toEqual([id.S1]);
  });

  it('puts literal matches first, then the semantic ones, each asset once', async () => {
    const res = await run(owner, 'jpg');
    expect(res.items.map((h) => [h.id, h.match])).toEqual([[id.P3, 'literal'], [id.P1, 'literal'], [id.P2, 'literal']]);
    const cat = await run(owner, 'cat');
    expect(cat.items.map((h) => [h.id, h.match])).toEqual([[id.P2, 'literal'], [id.P3, 'semantic'], [id.P1, 'semantic']]);
  });

  it('keeps the filters on the semantic half', async () => {
    const res = await searchAssets(owner, searchQuerySchema.parse({ q: 'greenery', from: '2019-01-01', to: '2019-12-31' }), async () => X);
    expect(res.items.map((h) => h.id)).toEqual([id.P1]);
  });
});

describe('more like this', () => {
  const similar = (u: Who, assetId: string) => similarRoute(request(`/api/assets/${assetId}/similar`, { cookie: u.cookie }), params({ id: assetId }));

  it('answers the nearest readable assets by the asset’s own embedding, never itself', async () => {
    const res = await similar(owner, id.P3);
    expect(res.status).toBe(200);
    const body: SearchResults = await res.json();
    expect(body.items.map((h) => h.id)).toEqual([id.P1]);
    expect(await ids(owner, `?like=${id.P3}`)).toEqual([id.P1]);
    expect((await (await similar(member, id.P3)).json()).items.map((h: { id: string }) => h.id)).toEqual([id.P1]);
  });

  it('is a 404 for an asset the asker cannot read, and empty without an embedding', async () => {
    expect((await similar(stranger, id.P3)).status).toBe(404);
    expect((await searchRoute(request(`/api/search?like=${id.P3}`, { cookie: stranger.cookie }), params({}))).status).toBe(404);
    expect((await similar(owner, id.S1)).status).toBe(404);
    expect(await (await similar(owner, id.V1)).json()).toMatchObject({ items: [], semantic: false, reason: 'no_embedding' });
  });
});

describe('the viewer inside the results', () => {
  const neighbours = async (u: Who, query: string) => {
    const res = await neighboursRoute(request(`/api/search/neighbours${query}`, { cookie: u.cookie }), params({}));
    return { status: res.status, body: await res.json() };
  };

  it('walks the ranked results and the filtered timeline, and nothing else', async () => {
    expect((await neighbours(owner, q('jpg', `&id=${id.P1}`))).body).toEqual({ previous: id.P3, next: id.P2 });
    expect((await neighbours(owner, q('jpg', `&id=${id.P3}`))).body).toEqual({ previous: null, next: id.P1 });
    expect((await neighbours(owner, q('summer 2019', `&id=${id.V1}`))).body).toEqual({ previous: null, next: id.P1 });
    expect((await neighbours(owner, q('summer 2019', `&id=${id.P1}`))).body).toEqual({ previous: id.V1, next: null });
    expect((await neighbours(stranger, q('jpg', `&id=${id.P1}`))).status).toBe(404);
  });
});

describe('the analysis in the info panel', () => {
  const analysis = (u: Who, assetId: string) => analysisRoute(request(`/api/assets/${assetId}/analysis`, { cookie: u.cookie }), params({ id: assetId }));

  it('gives palette, quality, passed questions with scores, caption and named faces', async () => {
    const cat = await (await analysis(owner, id.P2)).json();
    expect(cat).toEqual({
      palette: [{ hex: '#e08a2c', share: 0.6 }, { hex: '#203040', share: 0.4 }],
      colourName: 'orange',
      quality: 80,
      qualityParts: { sharpness: 0.9, exposure: 0.7, noise: 0.8, resolution: 1 },
      answers: [{ key: 'is_animal', score: 0.91 }],
      caption: 'a cat asleep on a sofa',
      faces: [],
    });
    const beach = await (await analysis(member, id.P1)).json();
    expect(beach.faces).toEqual([{ id: expect.any(String), box: { x: expect.closeTo(0.1), y: expect.closeTo(0.2), w: expect.closeTo(0.3), h: expect.closeTo(0.4) }, personId: person.alice, personName: 'Alice Martin' }]);
    expect(beach.palette).toEqual([]);
  });

  it('an unnamed person (faces:cluster makes them with name "") is a face without a name, not an empty one', async () => {
    const unnamed = await prisma().person.create({ data: { ownerId: owner.id, name: '' } });
    const made = await face(id.P2, unnamed.id, 0.6);
    try {
      const cat = await (await analysis(owner, id.P2)).json();
      expect(cat.faces).toEqual([expect.objectContaining({ id: made.id, personName: null })]);
    } finally {
      await prisma().face.delete({ where: { id: made.id } });
      await prisma().person.delete({ where: { id: unnamed.id } });
    }
  });

  it('is a 404 for an asset the asker cannot read', async () => {
    expect((await analysis(stranger, id.P2)).status).toBe(404);
    expect((await analysis(member, id.T1)).status).toBe(404);
  });
});

describe('GET /api/search/options', () => {
  it('offers only values found on what the user can search', async () => {
    const res = await optionsRoute(request('/api/search/options', { cookie: owner.cookie }), params({}));
    const body = await res.json();
    expect(body.people.map((p: { name: string }) => p.name)).toEqual(['Alice Martin', 'Bob']);
    expect(body.people.map((p: { id: string }) => p.id)).not.toContain(person.strangerAlice);
    expect(body).toMatchObject({ cameras: ['Canon EOS 5D'], colours: ['green', 'orange'], questions: ['is_animal'] });
    const theirs = await (await optionsRoute(request('/api/search/options', { cookie: stranger.cookie }), params({}))).json();
    expect(theirs.people.map((p: { id: string }) => p.id)).toEqual([person.strangerAlice]);
  });
});

describe('bad input', () => {
  it('refuses what a user can type wrong with 422 and our error shape', async () => {
    for (const query of ['?limit=500', '?limit=0', '?offset=-1', '?type=pdf', '?from=2019-13-01', '?from=2019-02-30', '?people=not-a-uuid', '?quality=abc', '?quality=101', '?favourite=maybe', '?like=x', '?other=1', `?q=${'a'.repeat(201)}`, '?colour=%3Cscript%3E', '?questions=DROP%20TABLE']) {
      const res = await searchRoute(request(`/api/search${query}`, { cookie: owner.cookie }), params({}));
      expect(res.status, query).toBe(422);
      expect((await res.json()).error).toMatchObject({ code: 'validation_failed', message: expect.any(String) });
    }
  });

  it('never answers 500 to odd strings', async () => {
    const odd = ["'", '"', '%', '_', '\\', '%_%', "'; DROP TABLE assets; --", 'ü ñ 東京 🙂', '   ', '(', '[a-z]', '*', 'is', 'has', '0000', '9999-99', 'last', 'december', '\u200b'];
    for (const text of odd) {
      const res = await searchRoute(request(`/api/search${q(text)}`, { cookie: owner.cookie }), params({}));
      expect(res.status, text).toBe(200);
    }
    expect(await ids(owner, q('%'))).toEqual([]);
    expect(await ids(owner, q('_'))).toEqual([id.P1]); // an underscore is a character (IMG_0001), not a wildcard
    const nul = await searchRoute(request(`/api/search?q=a%00b`, { cookie: owner.cookie }), params({}));
    expect(nul.status).toBe(422);
  });
});

describe('a failing text model', () => {
  it('leaves the words to answer alone, saying meaning could not take part', async () => {
    const res = await searchAssets(owner, searchQuerySchema.parse({ q: 'sofa' }), async () => {
      throw new Error('model file is damaged');
    });
    expect(res).toMatchObject({ semantic: false, reason: 'model_unavailable' });
    expect(res.items.map((h) => h.id)).toEqual([id.P2]);
  });
});
