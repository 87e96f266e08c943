// Real calls through the real route handlers, with real rows, across the domains: each answer's
// status is one its operation documents, and its JSON body validates against the schema the
// document gives for that status (errors against the shared error schema). A DTO that grows a
// field, or a route that answers another shape, fails here.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { refreshTimelineCounts } from '@/lib/timeline/refresh-monthly-counts';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { disagreement } from './document-validator';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const apiDir = path.resolve(import.meta.dirname, '../../app/api');

interface Call {
  cookie?: string;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
}

/** Calls `METHOD route` (a folder under app/api) and checks the answer against the document. */
async function call(method: string, route: string, init: Call = {}): Promise<{ status: number; body: unknown }> {
  const mod = (await import(path.join(apiDir, route, 'route.ts'))) as Record<string, Handler>;
  const url = `/api/${route.replace(/\[(\w+)\]/g, (_m, name: string) => init.params?.[name] ?? '')}${init.query ?? ''}`;
  const res = await mod[method](request(url, { method, cookie: init.cookie, json: init.body }), params(init.params ?? {}));
  const contentType = res.headers.get('content-type');
  const body: unknown = contentType?.startsWith('application/json') ? await res.json() : await res.text();
  const problem = disagreement(method, route, res.status, contentType, body);
  expect(problem, JSON.stringify(body).slice(0, 500)).toBeNull();
  return { status: res.status, body };
}

let admin: { id: string; cookie: string };
let user: { id: string; cookie: string };
let photoId: string;
let strangersPhotoId: string;
let personId: string;
let videoId: string;

beforeAll(async () => {
  const a = await createUser({ role: 'admin' });
  const u = await createUser();
  const stranger = await createUser();
  admin = { id: a.id, cookie: (await signIn(a.id)).cookie };
  user = { id: u.id, cookie: (await signIn(u.id)).cookie };
  const mine = await libraryOwner(u.id);
  photoId = await createAsset(mine, { local: '2024-06-01 10:00:00', utc: '2024-06-01T08:00:00Z', relPath: 'beach/sunset.jpg' });
  await createAsset(mine, { local: '2024-06-02 11:00:00', relPath: 'beach/waves.jpg' });
  const video = (videoId = await createAsset(mine, { local: '2024-05-03 12:00:00', type: 'video', durationMs: 12_000, width: 1920, height: 1080, relPath: 'films/holiday.mp4' }));
  strangersPhotoId = await createAsset(await libraryOwner(stranger.id), { local: '2024-06-01 10:00:00' });
  // A person of the user's with two faces, and a failed job for the admin to read.
  const person = await prisma().person.create({ data: { ownerId: u.id, name: 'Ada' } });
  personId = person.id;
  for (const assetId of [photoId, video]) {
    await prisma().face.create({ data: { assetId, personId, boxX: 0.25, boxY: 0.25, boxW: 0.5, boxH: 0.5, score: 0.9, descriptor: new Uint8Array(512) } });
  }
  await prisma().jobFailure.create({ data: { task: 'asset:ingest', payload: { assetId: photoId }, attempt: 3, message: 'The file is not an image.', stack: 'Error: …' } });
  await refreshTimelineCounts(); // the month counts are a materialized view
  await prisma().videoClip.create({ data: { userId: u.id, assetId: video, startSeconds: 0, endSeconds: 2, format: 'gif', status: 'queued', progress: 0 } });
});

describe('answers of real calls validate against the OpenAPI document', () => {
  it('health: the verdict for anyone, the whole report for an administrator', async () => {
    expect((await call('GET', 'health')).body).not.toHaveProperty('workers');
    expect((await call('GET', 'health', { cookie: admin.cookie })).body).toHaveProperty('workers');
  });

  it('me: the profile, a change to it, sessions, API keys, saved searches', async () => {
    await call('GET', 'me', { cookie: user.cookie });
    await call('PATCH', 'me', { cookie: user.cookie, body: { name: 'Renamed' } });
    const { body: created } = await call('POST', 'me/api-keys', { cookie: user.cookie, body: { name: 'backup script' } });
    expect((created as { secret: string }).secret).toMatch(/^sbk_/);
    const { body: keys } = await call('GET', 'me/api-keys', { cookie: user.cookie });
    expect((keys as { apiKeys: unknown[] }).apiKeys).toHaveLength(1);
    const second = await signIn(user.id);
    const { body: sessions } = await call('GET', 'me/sessions', { cookie: user.cookie });
    expect((sessions as { sessions: unknown[] }).sessions.length).toBeGreaterThanOrEqual(2);
    await call('DELETE', 'me/sessions/[id]', { cookie: user.cookie, params: { id: second.sessionId } });
    await call('POST', 'me/saved-searches', { cookie: user.cookie, body: { name: 'Long films', query: 'sort=duration' } });
    const { body: saved } = await call('GET', 'me/saved-searches', { cookie: user.cookie });
    expect((saved as { items: { name: string }[] }).items.map((i) => i.name)).toEqual(['Long films']);
  });

  it('libraries: the admin’s overview and a user’s own', async () => {
    const { body } = await call('GET', 'libraries', { cookie: admin.cookie });
    expect((body as { libraries: unknown[] }).libraries.length).toBeGreaterThanOrEqual(2);
    await call('GET', 'me/libraries', { cookie: user.cookie });
  });

  it('timeline: month counts and one month, columnar', async () => {
    const { body: buckets } = await call('GET', 'timeline/buckets', { cookie: user.cookie });
    expect((buckets as { buckets: { month: string }[] }).buckets.map((b) => b.month)).toContain('2024-06');
    const { body: month } = await call('GET', 'timeline/bucket', { cookie: user.cookie, query: '?month=2024-06' });
    expect((month as { count: number }).count).toBe(2);
  });

  it('assets: details, neighbours, a bulk action, a random one', async () => {
    const { body } = await call('GET', 'assets/[id]', { cookie: user.cookie, params: { id: photoId } });
    expect((body as { fileName: string }).fileName).toBe('sunset.jpg');
    await call('GET', 'assets/[id]/neighbours', { cookie: user.cookie, params: { id: photoId } });
    await call('POST', 'assets/bulk', { cookie: user.cookie, body: { ids: [photoId], action: 'favourite' } });
    await call('GET', 'random', { cookie: user.cookie });
  });

  it('albums: create with items, list, one, a page of items, neighbours, move, remove, a refused cover, delete', async () => {
    const { body: album } = await call('POST', 'albums', { cookie: user.cookie, body: { title: 'Beach', assetIds: [photoId, videoId] } });
    const id = (album as { id: string }).id;
    const { body: list } = await call('GET', 'albums', { cookie: user.cookie });
    expect((list as { albums: { title: string }[] }).albums.map((a) => a.title)).toContain('Beach');
    await call('GET', 'albums/[id]', { cookie: user.cookie, params: { id } });
    await call('PATCH', 'albums/[id]', { cookie: user.cookie, params: { id }, body: { coverAssetId: strangersPhotoId } });
    const { body: page } = await call('GET', 'albums/[id]/assets', { cookie: user.cookie, params: { id } });
    expect((page as { total: number }).total).toBe(2);
    await call('POST', 'albums/[id]/assets', { cookie: user.cookie, params: { id }, body: { assetIds: [strangersPhotoId] } });
    await call('GET', 'albums/[id]/neighbours', { cookie: user.cookie, params: { id }, query: `?assetId=${photoId}` });
    await call('POST', 'albums/[id]/move', { cookie: user.cookie, params: { id }, body: { assetId: videoId, before: photoId } });
    await call('POST', 'albums/[id]/assets/remove', { cookie: user.cookie, params: { id }, body: { assetIds: [videoId] } });
    await call('DELETE', 'albums/[id]', { cookie: user.cookie, params: { id } });
  });

  it('dates: set and shift by hand, one and many, and revert', async () => {
    const { body } = await call('PATCH', 'assets/[id]/date', { cookie: user.cookie, params: { id: photoId }, body: { mode: 'set', dateTime: '2020-02-29T12:00', offset: '+01:00' } });
    expect((body as { dateEdited: unknown }).dateEdited).not.toBeNull();
    await call('POST', 'assets/dates', { cookie: user.cookie, body: { ids: [photoId], change: { mode: 'shift', hours: 1 } } });
    await call('POST', 'assets/dates/revert', { cookie: user.cookie, body: { ids: [photoId] } });
    await call('DELETE', 'assets/[id]/date', { cookie: user.cookie, params: { id: photoId } });
  });

  it('search, its options, suggestions', async () => {
    const { body } = await call('GET', 'search', { cookie: user.cookie, query: '?q=sunset' });
    expect((body as { items: { id: string }[] }).items.map((i) => i.id)).toContain(photoId);
    await call('GET', 'search/options', { cookie: user.cookie });
    await call('GET', 'search/suggest', { cookie: user.cookie, query: '?q=holid' });
  });

  it('people: the list and one person’s page', async () => {
    const { body } = await call('GET', 'people', { cookie: user.cookie });
    expect((body as { people: { name: string }[] }).people.map((p) => p.name)).toContain('Ada');
    await call('GET', 'people/[id]', { cookie: user.cookie, params: { id: personId } });
  });

  it('videos: the catalogue, history, stats, dashboard, spotlight, a random pick, clips', async () => {
    const { body } = await call('GET', 'videos', { cookie: user.cookie });
    expect((body as { total: number }).total).toBe(1);
    await call('GET', 'videos/history', { cookie: user.cookie });
    await call('GET', 'videos/stats', { cookie: user.cookie });
    await call('GET', 'videos/dashboard', { cookie: user.cookie });
    await call('GET', 'videos/spotlight', { cookie: user.cookie });
    const { body: random } = await call('GET', 'videos/random', { cookie: user.cookie, query: '?seed=7' });
    expect((random as { seed: number }).seed).toBe(7);
    const { body: clips } = await call('GET', 'clips', { cookie: user.cookie });
    expect((clips as { clips: unknown[] }).clips).toHaveLength(1);
  });

  it('a video’s interactions: like, marker, finish point, comment, chapters', async () => {
    const id = { id: videoId };
    await call('PATCH', 'assets/[id]/interactions', { cookie: user.cookie, params: id, body: { liked: true, rating: 4.5 } });
    await call('POST', 'assets/[id]/markers', { cookie: user.cookie, params: id, body: { seconds: 3, title: 'The wave' } });
    await call('POST', 'assets/[id]/finish-points', { cookie: user.cookie, params: id, body: { seconds: 11 } });
    await call('POST', 'assets/[id]/comments', { cookie: user.cookie, params: id, body: { body: 'Lovely light' } });
    await call('POST', 'assets/[id]/chapters', { cookie: user.cookie, params: id, body: { seconds: 1, title: 'Intro' } });
    await call('GET', 'assets/[id]/chapters', { cookie: user.cookie, params: id });
    const { body } = await call('GET', 'assets/[id]/interactions', { cookie: user.cookie, params: id });
    expect(body).toMatchObject({ liked: true, rating: 4.5, markers: [{ title: 'The wave' }], comments: [{ body: 'Lovely light', mine: true }] });
  });

  it('tags and performers: create, list, read', async () => {
    const { body: tag } = await call('POST', 'tags', { cookie: user.cookie, body: { name: 'Beach' } });
    await call('GET', 'tags', { cookie: user.cookie });
    await call('GET', 'tags/[id]', { cookie: user.cookie, params: { id: (tag as { id: string }).id } });
    await call('POST', 'performers', { cookie: user.cookie, body: { name: 'Grace', aliases: ['G'] } });
    const { body: performers } = await call('GET', 'performers', { cookie: user.cookie });
    expect((performers as { items: { name: string }[] }).items.map((p) => p.name)).toContain('Grace');
  });

  it('admin: accounts, invites, job failures', async () => {
    await call('GET', 'admin/users', { cookie: admin.cookie });
    await call('POST', 'admin/invites', { cookie: admin.cookie, body: { role: 'user' } });
    const { body } = await call('GET', 'admin/invites', { cookie: admin.cookie });
    expect((body as { invites: unknown[] }).invites).toHaveLength(1);
    const { body: failures } = await call('GET', 'admin/job-failures', { cookie: admin.cookie });
    expect((failures as { failures: unknown[] }).failures).toHaveLength(1);
  });

  it('libraries: an administrator adds one and changes it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'shoebox-apidocs-'));
    const { status, body } = await call('POST', 'libraries', { cookie: admin.cookie, body: { name: 'Holidays', rootPath: folder, ownerId: user.id } });
    expect(status).toBe(201);
    const { library } = body as { library: { id: string; ownerId: string } };
    expect(library.ownerId).toBe(user.id);
    const { body: changed } = await call('PATCH', 'libraries/[id]', { cookie: admin.cookie, params: { id: library.id }, body: { name: 'Summer', watch: true } });
    expect((changed as { library: { name: string } }).library.name).toBe('Summer');
  });

  it('people: rename, merge, and "not this person"', async () => {
    const { body: renamed } = await call('PATCH', 'people/[id]', { cookie: user.cookie, params: { id: personId }, body: { name: 'Ada L.' } });
    expect(renamed).toMatchObject({ name: 'Ada L.', faceCount: 2 });
    const other = await prisma().person.create({ data: { ownerId: user.id, name: '' } });
    const face = await prisma().face.create({ data: { assetId: photoId, personId: other.id, boxX: 0.1, boxY: 0.1, boxW: 0.2, boxH: 0.2, score: 0.8, descriptor: new Uint8Array(512) } });
    const { body: merged } = await call('POST', 'people/[id]/merge', { cookie: user.cookie, params: { id: personId }, body: { sourceIds: [other.id] } });
    expect(merged).toMatchObject({ id: personId, faceCount: 3 });
    const { body: rejected } = await call('POST', 'faces/[id]/reject', { cookie: user.cookie, params: { id: face.id } });
    expect(rejected).toEqual({ personId });
  });

  it('analysis and "more like this" of a photo', async () => {
    const { body } = await call('GET', 'assets/[id]/analysis', { cookie: user.cookie, params: { id: photoId } });
    expect((body as { faces: { personName: string | null }[] }).faces.map((f) => f.personName)).toContain('Ada L.');
    await call('GET', 'assets/[id]/similar', { cookie: user.cookie, params: { id: photoId } });
  });

  it('duplicates: photo groups, video pairs, a video’s copies, keeping one of a pair', async () => {
    const mine = await libraryOwner(user.id);
    const pair: string[] = [];
    for (const relPath of ['dupes/a.mp4', 'dupes/b.mp4']) {
      const id = await createAsset(mine, { local: '2024-04-01 09:00:00', type: 'video', durationMs: 5_000, relPath });
      await prisma().videoMeta.create({ data: { assetId: id, videoCodec: 'h264', bitrate: 4_000_000, phash: -0x0123456789abcdefn } });
      pair.push(id);
    }
    pair.sort(); // the pairs table keeps the smaller id first
    await prisma().videoDuplicatePair.create({ data: { assetA: pair[0], assetB: pair[1], distance: 2 } });
    await call('GET', 'duplicates', { cookie: user.cookie });
    const { body: pairs } = await call('GET', 'videos/duplicates', { cookie: user.cookie, query: '?distance=4' });
    expect((pairs as { pairs: { distance: number }[] }).pairs).toEqual([expect.objectContaining({ distance: 2 })]);
    const { body: copies } = await call('GET', 'assets/[id]/copies', { cookie: user.cookie, params: { id: pair[0] } });
    expect((copies as { phash: string | null }).phash).toMatch(/^[0-9a-f]{16}$/);
    const { body: kept } = await call('POST', 'videos/duplicates/keep', { cookie: user.cookie, body: { keepId: pair[0], trashIds: [pair[1]] } });
    expect(kept).toEqual({ trashed: 1 });
  });

  it('admin: preview media, ML analysis and similar-index progress', async () => {
    const { body: media } = await call('GET', 'admin/video-media', { cookie: admin.cookie });
    expect((media as { counts: { total: number } }).counts.total).toBeGreaterThanOrEqual(1);
    await call('GET', 'admin/ml-analysis', { cookie: admin.cookie });
    await call('GET', 'admin/similar', { cookie: admin.cookie });
    const { status, body } = await call('POST', 'admin/similar', { cookie: admin.cookie });
    expect(status).toBe(202);
    expect((body as { rebuild: { state: string } | null }).rebuild?.state).toBe('queued');
  });

  it('organising a video, and what "similar" makes of it: tokens, similar videos and performers, the word cloud, an auto-tag preview', async () => {
    const id = { id: videoId };
    const { body: organised } = await call('PATCH', 'assets/[id]/organise', { cookie: user.cookie, params: id, body: { addPerformerNames: ['Hedy'], addTagNames: ['Sea'], studioName: 'Home films', releaseDate: '2024-05-03' } });
    const performer = (organised as { performers: { id: string; name: string }[] }).performers.find((p) => p.name === 'Hedy');
    expect(performer).toBeDefined();
    expect(organised).toMatchObject({ castTag: 'solo', releaseDate: '2024-05-03', editable: true });
    await call('GET', 'assets/[id]/organise', { cookie: user.cookie, params: id });
    const { body: tokens } = await call('GET', 'videos/[id]/tokens', { cookie: user.cookie, params: id });
    expect((tokens as { tokens: { label: string }[] }).tokens.map((t) => t.label)).toContain('Hedy');
    await call('GET', 'videos/[id]/similar', { cookie: user.cookie, params: id });
    await call('GET', 'performers/[id]/similar', { cookie: user.cookie, params: { id: performer!.id } });
    const { body: cloud } = await call('GET', 'videos/word-cloud', { cookie: user.cookie });
    expect((cloud as { words: { label: string }[] }).words.map((w) => w.label)).toContain('Hedy');
    await call('POST', 'auto-tag/preview', { cookie: user.cookie, body: {} });
  });

  it('shared links: make, list, change, open as a link holder (locked, wrong password, unlocked), revoke', async () => {
    const made = await call('POST', 'shared-links', { cookie: user.cookie, body: { assetIds: [photoId], title: 'Beach', password: 'sandy shore' } });
    expect(made.status).toBe(201);
    const { link, path: linkPath } = made.body as { link: { id: string }; path: string };
    const token = linkPath.split('/').pop()!;
    expect((await call('GET', 'shared-links', { cookie: user.cookie })).status).toBe(200);
    expect((await call('PATCH', 'shared-links/[id]', { cookie: user.cookie, params: { id: link.id }, body: { password: null, showMetadata: true } })).status).toBe(200);
    expect((await call('PATCH', 'shared-links/[id]', { cookie: user.cookie, params: { id: link.id }, body: { allowDownload: true, showMetadata: false } })).status).toBe(422);
    const open = await call('GET', 's/[token]', { params: { token } });
    expect(open.status).toBe(200);
    expect((open.body as { items: unknown[] }).items).toHaveLength(1);
    const locked = await call('POST', 'shared-links', { cookie: user.cookie, body: { assetIds: [photoId], password: 'sandy shore' } });
    const lockedToken = (locked.body as { path: string }).path.split('/').pop()!;
    expect((await call('GET', 's/[token]', { params: { token: lockedToken } })).status).toBe(401);
    expect((await call('POST', 's/[token]/unlock', { params: { token: lockedToken }, body: { password: 'wrong' } })).status).toBe(401);
    expect((await call('POST', 's/[token]/unlock', { params: { token: lockedToken }, body: { password: 'sandy shore' } })).status).toBe(200);
    expect((await call('POST', 'shared-links/[id]/revoke', { cookie: user.cookie, params: { id: link.id } })).status).toBe(200);
    expect((await call('GET', 's/[token]', { params: { token } })).status).toBe(404);
    expect((await call('DELETE', 'shared-links/[id]', { cookie: user.cookie, params: { id: link.id } })).status).toBe(204);
  });

  it('places: a place set by hand and reverted, the Places page, the typeahead, the backfill', async () => {
    const id = { id: photoId };
    const { body: set } = await call('PUT', 'assets/[id]/location', { cookie: user.cookie, params: id, body: { latitude: 48.8584, longitude: 2.2945 } });
    expect((set as { place: { city: string; source: string } }).place).toMatchObject({ city: 'Paris', source: 'manual' });
    const { body: overview } = await call('GET', 'places', { cookie: user.cookie });
    expect((overview as { countries: { countryCode: string }[] }).countries.map((c) => c.countryCode)).toEqual(['FR']);
    await call('GET', 'places/cities', { cookie: user.cookie, query: '?q=par' });
    expect((await call('PUT', 'assets/[id]/location', { cookie: user.cookie, params: id, body: { latitude: 0, longitude: 0 } })).status).toBe(422);
    await call('DELETE', 'assets/[id]/location', { cookie: user.cookie, params: id });
    const { body: bulk } = await call('POST', 'assets/location', { cookie: user.cookie, body: { ids: [photoId], location: null } });
    expect(bulk).toEqual({ updated: 1 });
    await call('GET', 'admin/places', { cookie: admin.cookie });
    expect((await call('POST', 'admin/places', { cookie: admin.cookie })).status).toBe(202);
  });

  it('errors: another user’s asset (404), a bad body and a bad query (422), no credentials (401), not an admin (403)', async () => {
    const notFound = await call('GET', 'assets/[id]', { cookie: user.cookie, params: { id: strangersPhotoId } });
    expect(notFound.status).toBe(404);
    expect((await call('POST', 'me/saved-searches', { cookie: user.cookie, body: { name: '' } })).status).toBe(422);
    expect((await call('GET', 'timeline/bucket', { cookie: user.cookie, query: '?month=June' })).status).toBe(422);
    expect((await call('GET', 'me')).status).toBe(401);
    expect((await call('GET', 'admin/users', { cookie: user.cookie })).status).toBe(403);
  });

  it('the check refuses an answer that breaks its schema (so it can fail)', () => {
    expect(disagreement('GET', 'me', 200, 'application/json', { user: { id: user.id, email: 'a@b.c', name: 'A', role: 'user' } })).toMatch(/blurPreviews/);
    expect(disagreement('GET', 'me', 200, 'application/json', { user: { id: user.id, email: 'a@b.c', name: 'A', role: 'user', blurPreviews: false, extra: 1 } })).toMatch(/additional/);
    expect(disagreement('GET', 'me', 418, 'application/json', {})).toMatch(/does not list/);
  });
});
