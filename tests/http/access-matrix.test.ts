// The access matrix, generated from the route files under app/api: every exported handler has
// a declared access level (a new route without one fails here), and for each one:
// unauthenticated → 401, admin routes as a plain user → 403, id routes as user B with user A's
// id → 404 with nothing of A's in the body (and A gets through, so the id was a real one).
// The asset and library routes answer ids through lib/access: a stranger's id gives the very
// same answer as a missing one, and bulk actions are all or nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { putObject } from '@/lib/storage/storage';
import { prisma } from '@/lib/server/db';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';

type Access = 'public' | 'user' | 'admin';
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Declared access of every route; the test checks this list against the files on disk. */
const ACCESS: Record<string, Partial<Record<(typeof METHODS)[number], Access>>> = {
  'auth/login': { POST: 'public' },
  'auth/logout': { POST: 'user' },
  'auth/register': { POST: 'public' },
  'auth/token': { POST: 'public' },
  'auth/refresh': { POST: 'public' },
  'auth/forgot-password': { POST: 'public' },
  'auth/reset-password': { POST: 'public' },
  health: { GET: 'public' },
  // Also open to a scraper with METRICS_TOKEN (tests/metrics/metrics-scrape.test.ts).
  metrics: { GET: 'admin' },
  'openapi.json': { GET: 'public' },
  docs: { GET: 'public' },
  'docs/[file]': { GET: 'public' },
  setup: { POST: 'public' },
  me: { GET: 'user', PATCH: 'user' },
  'me/password': { POST: 'user' },
  'me/sessions': { GET: 'user' },
  'me/sessions/[id]': { DELETE: 'user' },
  'me/api-keys': { GET: 'user', POST: 'user' },
  'me/api-keys/[id]': { DELETE: 'user' },
  'me/saved-searches': { GET: 'user', POST: 'user' },
  'me/saved-searches/[id]': { DELETE: 'user' },
  'assets/[id]': { GET: 'user', PATCH: 'user' },
  'assets/[id]/thumbnail': { GET: 'user' },
  'assets/[id]/neighbours': { GET: 'user' },
  'assets/[id]/original': { GET: 'user' },
  'assets/[id]/full': { GET: 'user' },
  'assets/[id]/stream': { GET: 'user' },
  'assets/[id]/subtitles': { GET: 'user' },
  'assets/[id]/subtitles/[track]': { GET: 'user' },
  'assets/[id]/sprite': { GET: 'user' },
  'assets/[id]/vtt': { GET: 'user' },
  'assets/[id]/teaser': { GET: 'user' },
  'assets/[id]/motion': { GET: 'user' },
  'assets/[id]/interactions': { GET: 'user', PATCH: 'user' },
  'assets/[id]/plays/[playId]': { POST: 'user' },
  'assets/[id]/markers': { POST: 'user' },
  'assets/[id]/markers/[markerId]': { DELETE: 'user' },
  'assets/[id]/finish-points': { POST: 'user' },
  'assets/[id]/comments': { POST: 'user' },
  'assets/[id]/comments/[commentId]': { PATCH: 'user', DELETE: 'user' },
  'assets/[id]/chapters': { GET: 'user', POST: 'user' },
  'assets/[id]/chapters/[chapterId]': { DELETE: 'user' },
  'assets/[id]/poster': { POST: 'user' },
  'assets/[id]/frame': { GET: 'user' },
  'assets/[id]/clips': { GET: 'user', POST: 'user' },
  clips: { GET: 'user' },
  'clips/[id]': { GET: 'user', DELETE: 'user' },
  'clips/[id]/file': { GET: 'user' },
  'assets/[id]/organise': { GET: 'user', PATCH: 'user' },
  'assets/[id]/copies': { GET: 'user' },
  'assets/bulk': { POST: 'user' },
  albums: { GET: 'user', POST: 'user' },
  'albums/[id]': { GET: 'user', PATCH: 'user', DELETE: 'user' },
  'albums/[id]/assets': { GET: 'user', POST: 'user' },
  'albums/[id]/assets/remove': { POST: 'user' },
  'albums/[id]/move': { POST: 'user' },
  'albums/[id]/neighbours': { GET: 'user' },
  downloads: { POST: 'user' },
  'downloads/[ticket]': { GET: 'user' },
  'albums/[id]/download': { GET: 'user' },
  'assets/[id]/date': { PATCH: 'user', DELETE: 'user' },
  'assets/dates': { POST: 'user' },
  'assets/dates/revert': { POST: 'user' },
  'assets/location': { POST: 'user' },
  'assets/[id]/location': { PUT: 'user', DELETE: 'user' },
  places: { GET: 'user' },
  'places/cities': { GET: 'user' },
  'videos/organise': { POST: 'user' },
  performers: { GET: 'user', POST: 'user' },
  'performers/[id]': { GET: 'user', PATCH: 'user', DELETE: 'user' },
  'performers/[id]/merge': { POST: 'user' },
  'performers/[id]/image': { GET: 'user', POST: 'user', DELETE: 'user' },
  'performers/[id]/videos': { GET: 'user' },
  studios: { GET: 'user', POST: 'user' },
  'studios/[id]': { GET: 'user', PATCH: 'user', DELETE: 'user' },
  'studios/[id]/merge': { POST: 'user' },
  'studios/[id]/image': { GET: 'user', POST: 'user', DELETE: 'user' },
  'studios/[id]/videos': { GET: 'user' },
  tags: { GET: 'user', POST: 'user' },
  'tags/[id]': { GET: 'user', PATCH: 'user', DELETE: 'user' },
  'tags/[id]/merge': { POST: 'user' },
  'tags/[id]/image': { GET: 'user', POST: 'user', DELETE: 'user' },
  'tags/[id]/videos': { GET: 'user' },
  random: { GET: 'user' },
  'timeline/buckets': { GET: 'user' },
  'timeline/bucket': { GET: 'user' },
  'map/clusters': { GET: 'user' },
  'map/assets': { GET: 'user' },
  'trash/empty': { POST: 'user' },
  videos: { GET: 'user' },
  'videos/history': { GET: 'user' },
  'auto-tag/preview': { POST: 'user' },
  'auto-tag/runs': { POST: 'user' },
  'auto-tag/runs/[id]': { GET: 'user' },
  'auto-tag/folders': { GET: 'user' },
  'videos/stats': { GET: 'user' },
  'videos/dashboard': { GET: 'user' },
  'videos/spotlight': { GET: 'user' },
  'videos/random': { GET: 'user' },
  'search/suggest': { GET: 'user' },
  search: { GET: 'user' },
  'search/neighbours': { GET: 'user' },
  'search/options': { GET: 'user' },
  'assets/[id]/similar': { GET: 'user' },
  'assets/[id]/analysis': { GET: 'user' },
  'videos/duplicates': { GET: 'user' },
  'videos/duplicates/keep': { POST: 'user' },
  'videos/duplicates/not-duplicates': { POST: 'user' },
  duplicates: { GET: 'user' },
  'duplicates/keep': { POST: 'user' },
  'duplicates/not-duplicates': { POST: 'user' },
  'videos/[id]/similar': { GET: 'user' },
  'videos/[id]/tokens': { GET: 'user' },
  'videos/word-cloud': { GET: 'user' },
  'performers/[id]/similar': { GET: 'user' },
  'studios/[id]/similar': { GET: 'user' },
  people: { GET: 'user' },
  'people/[id]': { GET: 'user', PATCH: 'user' },
  'people/[id]/merge': { POST: 'user' },
  'faces/[id]/thumb': { GET: 'user' },
  'faces/[id]/reject': { POST: 'user' },
  libraries: { GET: 'admin', POST: 'admin' },
  'libraries/[id]': { PATCH: 'admin' },
  'libraries/[id]/scan': { POST: 'admin' },
  'libraries/[id]/members': { GET: 'user', POST: 'user' },
  'libraries/[id]/members/[userId]': { DELETE: 'user' },
  'me/libraries': { GET: 'user' },
  'albums/[id]/members': { GET: 'user', POST: 'user' },
  'albums/[id]/members/[userId]': { PATCH: 'user', DELETE: 'user' },
  'albums/[id]/activity': { GET: 'user' },
  'albums/[id]/activity/counts': { GET: 'user' },
  'albums/[id]/activity/comments': { POST: 'user' },
  'albums/[id]/activity/comments/[commentId]': { DELETE: 'user' },
  'albums/[id]/activity/like': { PUT: 'user' },
  'users/household': { GET: 'user' },
  'admin/job-failures': { GET: 'admin' },
  'admin/video-media': { GET: 'admin', POST: 'admin' },
  'admin/ml-analysis': { GET: 'admin', POST: 'admin' },
  'admin/overview': { GET: 'admin' },
  'admin/similar': { GET: 'admin', POST: 'admin' },
  'admin/places': { GET: 'admin', POST: 'admin' },
  'admin/job-failures/retry': { POST: 'admin' },
  'admin/users': { GET: 'admin' },
  'admin/users/[id]': { PATCH: 'admin', DELETE: 'admin' },
  'admin/users/[id]/reset-link': { POST: 'admin' },
  'admin/invites': { GET: 'admin', POST: 'admin' },
  'admin/invites/[id]': { DELETE: 'admin' },
  'shared-links': { GET: 'user', POST: 'user' },
  'shared-links/[id]': { PATCH: 'user', DELETE: 'user' },
  'shared-links/[id]/revoke': { POST: 'user' },
  // Link holders have no account: the token in the address is their credential (tests/shared-links).
  's/[token]': { GET: 'public' },
  's/[token]/unlock': { POST: 'public' },
  's/[token]/assets/[id]/thumbnail': { GET: 'public' },
  's/[token]/assets/[id]/preview': { GET: 'public' },
  's/[token]/assets/[id]/original': { GET: 'public' },
  's/[token]/download': { GET: 'public' },
  'admin/upload-limits': { GET: 'admin', PATCH: 'admin' },
  uploads: { GET: 'user' },
  'uploads/check': { POST: 'user' },
  'uploads/target': { PUT: 'user' },
  'uploads/tus': { POST: 'user' },
  // HEAD too (not in METHODS here): tests/uploads/uploads.test.ts checks it answers 404 to another user.
  'uploads/tus/[id]': { PATCH: 'user', DELETE: 'user' },
};

function routeFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
    return entry.name === 'route.ts' ? [prefix] : [];
  });
}

const apiDir = path.resolve(import.meta.dirname, '../../app/api');
const routes = routeFiles(apiDir).sort();
const modules = Object.fromEntries(
  await Promise.all(routes.map(async (r) => [r, (await import(path.join(apiDir, r, 'route.ts'))) as Record<string, Handler>] as const)),
);
const handlers = routes.flatMap((route) =>
  METHODS.filter((m) => typeof modules[route][m] === 'function').map((method) => ({ route, method, handler: modules[route][method] })),
);
const ZERO_ID = '00000000-0000-4000-8000-000000000000';
/** An undeclared handler is held to the strictest answer until it is declared. */
const accessOf = (h: { route: string; method: (typeof METHODS)[number] }): Access => ACCESS[h.route]?.[h.method] ?? 'admin';

/** What a handler needs besides its id to succeed for its owner: a valid body or query, the
 * ids of the things below the asset (a play, a marker, a comment, a chapter). */
interface Extras {
  body?: unknown;
  /** A request that is not JSON (a tus upload's bytes, with its headers). */
  raw?: { headers: Record<string, string>; body?: Uint8Array<ArrayBuffer> };
  params?: Record<string, string>;
  query?: string;
}

function call(h: (typeof handlers)[number], id: string, init: { cookie?: string } = {}, extras: Extras = {}) {
  const all: Record<string, string> = { id, ...extras.params };
  const url = `/api/${h.route.replace(/\[(\w+)\]/g, (_m, name: string) => all[name] ?? ZERO_ID)}${extras.query ?? ''}`;
  const body = h.method === 'GET' || h.method === 'DELETE' ? undefined : (extras.body ?? {});
  const routeParams = Object.fromEntries([...h.route.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name, all[name] ?? ZERO_ID]));
  if (extras.raw) {
    const rawBody = h.method === 'DELETE' ? undefined : extras.raw.body;
    return h.handler(request(url, { method: h.method, cookie: init.cookie, headers: extras.raw.headers, body: rawBody }), params(routeParams));
  }
  return h.handler(request(url, { method: h.method, json: body, cookie: init.cookie }), params(routeParams));
}

/** User A with one private photo (original, thumbnail and motion part) and one video (a real
 * file with a sidecar subtitle, a marker and a comment) in a library shared with member M, and
 * a stranger B; all signed in. C is the person A's library routes share with. */
async function ownerAndStranger() {
  const a = await createUser();
  const b = await createUser();
  const m = await createUser();
  const c = await createUser();
  const aCookie = (await signIn(a.id)).cookie;
  const bCookie = (await signIn(b.id)).cookie;
  const mCookie = (await signIn(m.id)).cookie;
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-matrix-'));
  await writeFile(path.join(root, 'secret.jpg'), 'A-PRIVATE-BYTES');
  const library = await prisma().library.create({ data: { ownerId: a.id, name: 'A', rootPath: root } });
  await prisma().libraryMember.create({ data: { libraryId: library.id, userId: m.id } });
  const asset = await prisma().asset.create({
    data: { ownerId: a.id, libraryId: library.id, type: 'photo', relPath: 'secret.jpg', size: 15, mtime: new Date(), takenAtLocal: new Date(), ingestStatus: 'ready', mime: 'image/jpeg' },
  });
  await putObject(`thumb/${asset.id}.webp`, Buffer.from('A-PRIVATE-BYTES'));
  await prisma().derived.create({ data: { assetId: asset.id, kind: 'thumb', storageKey: `thumb/${asset.id}.webp`, width: 1, height: 1, bytes: 15 } });
  // The photo is a motion photo: its motion part is what GET …/motion serves.
  await putObject(`assets/${asset.id}/motion.mp4`, Buffer.from('A-PRIVATE-BYTES'));
  await prisma().derived.create({ data: { assetId: asset.id, kind: 'motion', storageKey: `assets/${asset.id}/motion.mp4`, width: 1, height: 1, bytes: 15 } });
  // A real video (the stream and subtitle routes run ffprobe) with a sidecar subtitle.
  await copyFile(corpusPath('videos/androidx/mp4_sample.mp4'), path.join(root, 'clip.mp4'));
  await writeFile(path.join(root, 'clip.srt'), '1\n00:00:00,000 --> 00:00:01,000\nA-PRIVATE-WORDS\n');
  const video = await prisma().asset.create({
    data: { ownerId: a.id, libraryId: library.id, type: 'video', relPath: 'clip.mp4', size: 1, mtime: new Date(), takenAtLocal: new Date(), ingestStatus: 'ready', mime: 'video/mp4', durationMs: 120_000, width: 176, height: 144 },
  });
  for (const [kind, name] of [['sprite', 'sprite.jpg'], ['vtt', 'sprite.vtt'], ['teaser_sm', 'teaser-sm.mp4'], ['teaser_lg', 'teaser-lg.mp4']] as const) {
    const storageKey = `assets/${video.id}/${name}`;
    await putObject(storageKey, Buffer.from('A-PRIVATE-BYTES'));
    await prisma().derived.create({ data: { assetId: video.id, kind, storageKey, width: 1, height: 1, bytes: 15 } });
  }
  const marker = await prisma().marker.create({ data: { assetId: video.id, userId: a.id, seconds: 5, title: 'A-PRIVATE-BYTES' } });
  const comment = await prisma().comment.create({ data: { assetId: video.id, userId: a.id, body: 'A-PRIVATE-BYTES' } });
  const chapter = await prisma().chapter.create({ data: { assetId: video.id, userId: a.id, seconds: 0.5, title: 'A-PRIVATE-BYTES' } });
  // A's finished clip of the video (its file is what GET clips/:id/file serves).
  const clip = await prisma().videoClip.create({ data: { userId: a.id, assetId: video.id, startSeconds: 0, endSeconds: 1, format: 'gif', status: 'done', progress: 1 } });
  await putObject(`clips/${a.id}/${clip.id}.gif`, Buffer.from('A-PRIVATE-BYTES'));
  await prisma().videoClip.update({ where: { id: clip.id }, data: { storageKey: `clips/${a.id}/${clip.id}.gif`, bytes: 15, width: 1, height: 1, finishedAt: new Date() } });
  // A's performer, studio and tag (each with an image, a spare to delete and a source to merge), on A's video.
  const organised = Object.fromEntries(
    await Promise.all(
      (['performers', 'studios', 'tags'] as const).map(async (route) => {
        const table = { performers: 'people', studios: 'studios', tags: 'tags' }[route];
        const ids: string[] = [];
        for (const name of ['A-PRIVATE-BYTES', 'spare', 'source']) {
          const rows = await prisma().$queryRawUnsafe<{ id: string }[]>(`INSERT INTO ${table} (owner_id, name, image_key) VALUES ($1::uuid, $2, $3) RETURNING id::text AS id`, a.id, name, `organise/${route}-${name}.webp`);
          ids.push(rows[0].id);
          await putObject(`organise/${route}-${name}.webp`, Buffer.from('A-PRIVATE-BYTES'));
        }
        return [route, { id: ids[0], spare: ids[1], source: ids[2] }] as const;
      }),
    ),
  ) as Record<'performers' | 'studios' | 'tags', { id: string; spare: string; source: string }>;
  // A's people from faces: a face on the video's preview (a real picture: its thumbnail is cut
  // from it), its person, and an unnamed person to merge in.
  const sharp = (await import('sharp')).default;
  await putObject(`assets/${video.id}/preview.webp`, await sharp({ create: { width: 64, height: 64, channels: 3, background: '#808080' } }).webp().toBuffer());
  await prisma().derived.create({ data: { assetId: video.id, kind: 'preview', storageKey: `assets/${video.id}/preview.webp`, width: 64, height: 64, bytes: 100 } });
  const [facePerson, faceSource] = [await prisma().person.create({ data: { ownerId: a.id, name: '' } }), await prisma().person.create({ data: { ownerId: a.id, name: '' } })];
  const faceOf = (personId: string) => prisma().face.create({ data: { assetId: video.id, personId, boxX: 0.25, boxY: 0.25, boxW: 0.5, boxH: 0.5, score: 0.9, descriptor: new Uint8Array(512) } });
  // Two faces: after "not this person" takes one away, the person still has one (an unnamed person left with none goes).
  const [face] = [await faceOf(facePerson.id), await faceOf(facePerson.id), await faceOf(faceSource.id)];
  // A's album holding the photo and the video (its ZIP is what GET albums/:id/download serves),
  // shared with C, with a comment of A's (lib/album-sharing's routes), and a spare album for DELETE.
  const album = await prisma().album.create({ data: { ownerId: a.id, title: 'A-PRIVATE-BYTES', sortOrder: 'manual' } });
  const spareAlbum = await prisma().album.create({ data: { ownerId: a.id, title: 'A-PRIVATE-BYTES' } });
  await prisma().albumAsset.createMany({ data: [asset.id, video.id].map((assetId, i) => ({ albumId: album.id, assetId, addedBy: a.id, position: i + 1 })) });
  await prisma().albumMember.create({ data: { albumId: album.id, userId: c.id, role: 'viewer' } });
  const albumComment = await prisma().albumActivity.create({ data: { albumId: album.id, userId: a.id, kind: 'comment', body: 'A-PRIVATE-BYTES' } });
  const albumBodies: Record<string, unknown> = {
    'PATCH albums/[id]': { title: 'Renamed' },
    'POST albums/[id]/assets': { assetIds: [asset.id] },
    'POST albums/[id]/assets/remove': { assetIds: [ZERO_ID] },
    'POST albums/[id]/move': { assetId: video.id, before: asset.id },
    'POST albums/[id]/members': { userId: c.id, role: 'viewer' },
    'PATCH albums/[id]/members/[userId]': { role: 'contributor' },
    'POST albums/[id]/activity/comments': { body: 'hello' },
    'PUT albums/[id]/activity/like': { liked: true, assetId: asset.id },
  };
  // A's shared link of the photo.
  const sharedLink = await prisma().sharedLink.create({ data: { ownerId: a.id, tokenHash: new Uint8Array(randomBytes(32)), title: 'A-PRIVATE-BYTES', assets: { create: [{ assetId: asset.id }] } } });
  /** Per handler: the asset it is called with, and what else it needs to succeed for A. */
  const fixture = (h: { route: string; method: string }): { id: string; extras: Extras } => {
    const onVideo = /^assets\/\[id\]\/(interactions|plays|markers|finish-points|comments|chapters|poster|frame|stream|subtitles|sprite|vtt|teaser|organise|clips|copies)/.test(h.route);
    const bodies: Record<string, unknown> = {
      'PATCH assets/[id]/interactions': { liked: true },
      'POST assets/[id]/plays/[playId]': { watchedSeconds: 12, position: 12 },
      'POST assets/[id]/markers': { seconds: 3 },
      'POST assets/[id]/finish-points': { seconds: 100 },
      'POST assets/[id]/comments': { body: 'hello' },
      'PATCH assets/[id]/comments/[commentId]': { body: 'edited' },
      'PATCH assets/[id]': { title: 'A new title', externalUrl: 'https://example.org/' },
      'PATCH assets/[id]/date': { mode: 'shift', hours: 1 },
      'POST assets/[id]/chapters': { seconds: 0.25, title: 'Intro' },
      'POST assets/[id]/poster': { seconds: 0.5 },
      'POST assets/[id]/clips': { start: 0, end: 1, format: 'gif' },
      'PATCH assets/[id]/organise': { organised: true, releaseDate: '2020-01-02' },
      'PUT assets/[id]/location': { latitude: 48.8584, longitude: 2.2945 },
    };
    const entity = /^(performers|studios|tags)\/\[id\]/.exec(h.route)?.[1] as keyof typeof organised | undefined;
    if (entity) {
      const e = organised[entity];
      // DELETE of the entity gets one of its own, so the image routes still find theirs.
      const id = h.method === 'DELETE' && h.route.endsWith('[id]') ? e.spare : e.id;
      const body = h.route.endsWith('/merge') ? { sourceIds: [e.source] } : h.route.endsWith('/image') ? { assetId: video.id, seconds: 0.5 } : { description: 'A-PRIVATE-BYTES' };
      return { id, extras: { body } };
    }
    if (h.route.startsWith('people/[id]')) return { id: facePerson.id, extras: { body: h.route.endsWith('/merge') ? { sourceIds: [faceSource.id] } : { hidden: false } } };
    if (h.route.startsWith('faces/[id]')) return { id: face.id, extras: {} };
    if (h.route.startsWith('libraries/[id]/members')) return { id: library.id, extras: { body: { userId: c.id }, params: { userId: c.id } } };
    if (h.route.startsWith('clips/[id]')) return { id: clip.id, extras: {} };
    if (h.route.startsWith('albums/[id]')) {
      if (h.method === 'DELETE' && h.route === 'albums/[id]') return { id: spareAlbum.id, extras: {} };
      const query = h.route.endsWith('/neighbours') ? `?assetId=${asset.id}` : undefined;
      return { id: album.id, extras: { body: albumBodies[`${h.method} ${h.route}`], params: { userId: c.id, commentId: albumComment.id }, query } };
    }
    if (h.route.startsWith('shared-links/[id]')) return { id: sharedLink.id, extras: { body: { title: 'A-PRIVATE-WORDS' } } };
    if (h.route.startsWith('videos/[id]/')) return { id: video.id, extras: {} };
    return {
      id: onVideo ? video.id : asset.id,
      extras: {
        body: bodies[`${h.method} ${h.route}`],
        params: { playId: randomUUID(), markerId: marker.id, commentId: comment.id, chapterId: chapter.id, track: 'sidecar-0' },
        query: ({ 'assets/[id]/frame': '?t=0.5', 'search/suggest': '?q=clip', 'places/cities': '?q=par' } as Record<string, string>)[h.route],
      },
    };
  };
  return { a, aCookie, bCookie, mCookie, asset, video, fixture };
}

describe('access matrix', () => {
  it('declares the access level of every route handler', () => {
    const found = handlers.map((h) => `${h.method} ${h.route}`).sort();
    const declared = Object.entries(ACCESS).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m} ${route}`)).sort();
    expect(found).toEqual(declared);
    expect(found.length).toBeGreaterThan(20);
  });

  it('answers 401 to every non-public handler without credentials, and with a forged bearer', async () => {
    for (const h of handlers.filter((h) => accessOf(h) !== 'public')) {
      const res = await call(h, ZERO_ID);
      expect(res.status, `${h.method} ${h.route}`).toBe(401);
      const forged = await h.handler(
        request(`/api/${h.route.replace('[id]', ZERO_ID)}`, { method: h.method, headers: { authorization: 'Bearer sbk_forged' } }),
        params({ id: ZERO_ID }),
      );
      expect(forged.status, `bearer ${h.method} ${h.route}`).toBe(401);
    }
  });

  it('answers 403 to a plain user on every admin handler', async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.id);
    for (const h of handlers.filter((h) => accessOf(h) === 'admin')) {
      const res = await call(h, ZERO_ID, { cookie });
      expect(res.status, `${h.method} ${h.route}`).toBe(403);
    }
  });

  it("answers 404 to user B on every id route given user A's id, and lets A through", async () => {
    const { a, aCookie, bCookie, fixture } = await ownerAndStranger();
    const aSession = await signIn(a.id);
    const aKey = await prisma().apiKey.create({ data: { userId: a.id, name: 'k', tokenHash: `h-${a.id}`, prefix: 'sbk_x' } });
    const aRun = await prisma().autoTagRun.create({ data: { userId: a.id, folder: 'A-PRIVATE-BYTES' } });
    const aSearch = await prisma().savedSearch.create({ data: { userId: a.id, name: 'A-PRIVATE-WORDS', query: 'liked=true' } });
    // A's upload in progress (1000 bytes announced): B's PATCH and DELETE of it are 404s, A's go through.
    const created = await handlers.find((h) => h.route === 'uploads/tus')!.handler(
      request('/api/uploads/tus', { method: 'POST', cookie: aCookie, headers: { 'tus-resumable': '1.0.0', 'upload-length': '1000', 'upload-metadata': `filename ${btoa('a.jpg')},checksum ${btoa('a'.repeat(40))}` } }),
      params({}),
    );
    const aUpload = created.headers.get('location')!.split('/').pop()!;
    const tusRaw = { headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }, body: new Uint8Array(10) };
    const own: Record<string, string> = {
      'me/sessions/[id]': aSession.sessionId,
      'me/api-keys/[id]': aKey.id,
      'me/saved-searches/[id]': aSearch.id,
      'auto-tag/runs/[id]': aRun.id,
      'uploads/tus/[id]': aUpload,
    };
    const idOf = (h: { route: string; method: string }): { id: string; extras: Extras } =>
      h.route === 'uploads/tus/[id]' ? { id: aUpload, extras: { raw: tusRaw } } : own[h.route] ? { id: own[h.route], extras: {} } : fixture(h);
    const idRoutes = handlers.filter((h) => h.route.includes('[id]') && accessOf(h) === 'user');
    expect(new Set(idRoutes.filter((h) => !h.route.startsWith('assets/[id]')).map((h) => h.route))).toEqual(
      new Set([
        'clips/[id]',
        'clips/[id]/file',
        ...['albums/[id]', 'albums/[id]/assets', 'albums/[id]/assets/remove', 'albums/[id]/move', 'albums/[id]/neighbours'],
        'albums/[id]/download',
        'auto-tag/runs/[id]',
        'libraries/[id]/members',
        'libraries/[id]/members/[userId]',
        'albums/[id]/members',
        'albums/[id]/members/[userId]',
        'albums/[id]/activity',
        'albums/[id]/activity/counts',
        'albums/[id]/activity/comments',
        'albums/[id]/activity/comments/[commentId]',
        'albums/[id]/activity/like',
        'me/api-keys/[id]',
        'me/sessions/[id]',
        'me/saved-searches/[id]',
        'uploads/tus/[id]',
        ...['performers', 'studios', 'tags'].flatMap((k) => [`${k}/[id]`, `${k}/[id]/merge`, `${k}/[id]/image`, `${k}/[id]/videos`]),
        ...['videos/[id]/similar', 'videos/[id]/tokens', 'performers/[id]/similar', 'studios/[id]/similar'],
        ...['people/[id]', 'people/[id]/merge', 'faces/[id]/thumb', 'faces/[id]/reject'],
        ...['shared-links/[id]', 'shared-links/[id]/revoke'],
      ]),
    );
    // Deleting ones last: the owner's DELETE removes the marker or comment the others use.
    for (const h of [...idRoutes].sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'))) {
      const { id, extras } = idOf(h);
      const res = await call(h, id, { cookie: bCookie }, extras);
      expect(res.status, `${h.method} ${h.route}`).toBe(404);
      const text = await res.text();
      expect(text).not.toContain('A-PRIVATE-BYTES');
      expect(text).not.toContain('A-PRIVATE-WORDS');
      const own = await call(h, id, { cookie: aCookie }, extras);
      expect([200, 201, 202, 204], `owner ${h.method} ${h.route}`).toContain(own.status);
    }
  });

  it("lets a member of A's shared library read, stream and keep their own interactions, but change nothing of A's", async () => {
    const { aCookie, mCookie, asset, fixture } = await ownerAndStranger();
    // A's own things on the video (a marker, a comment) and what changes the asset for
    // everyone are A's alone: the member gets the same 404 as a stranger.
    const OWNERS_ONLY = new Set([
      'DELETE assets/[id]/markers/[markerId]',
      'PATCH assets/[id]/comments/[commentId]',
      'DELETE assets/[id]/comments/[commentId]',
      'DELETE assets/[id]/chapters/[chapterId]',
    ]);
    const assetRoutes = handlers.filter((h) => h.route.startsWith('assets/[id]'));
    for (const h of assetRoutes) {
      const { id, extras } = fixture(h);
      const res = await call(h, id, { cookie: mCookie }, extras);
      const key = `${h.method} ${h.route}`;
      if (OWNERS_ONLY.has(key) || (h.method !== 'GET' && !/interactions|plays|markers|finish-points|comments|chapters|clips/.test(h.route))) {
        expect(res.status, `member ${key}`).toBe(404);
      } else {
        expect([200, 201, 202], `member ${key}`).toContain(res.status);
      }
    }
    // The member's like and comment are theirs; the owner still owns the asset.
    const bulk = handlers.find((h) => h.route === 'assets/bulk')!;
    const send = (cookie: string, action: string) =>
      bulk.handler(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids: [asset.id], action } }), params({}));
    expect((await send(mCookie, 'favourite')).status).toBe(200);
    expect((await send(mCookie, 'archive')).status).toBe(200);
    expect((await send(mCookie, 'trash')).status).toBe(404);
    expect((await prisma().asset.findUniqueOrThrow({ where: { id: asset.id } })).status).toBe('online');
    expect((await send(aCookie, 'trash')).status).toBe(200);
    // Once in the owner's trash, the member no longer sees it at all.
    const details = handlers.find((h) => h.route === 'assets/[id]' && h.method === 'GET')!;
    expect((await call(details, asset.id, { cookie: mCookie })).status).toBe(404);
    // Library management is the owner's (or an admin's): the member gets 404 there.
    for (const h of handlers.filter((h) => h.route.startsWith('libraries/[id]/members'))) {
      const { id, extras } = fixture(h);
      expect((await call(h, id, { cookie: mCookie }, extras)).status, `member ${h.method} ${h.route}`).toBe(404);
    }
  });

  it("answers a stranger's asset id exactly like a missing one on every asset route, through lib/access", async () => {
    const { aCookie, bCookie, asset, video, fixture } = await ownerAndStranger();
    const VIDEO_MEDIA_ROUTES = new Set(['assets/[id]/sprite', 'assets/[id]/vtt', 'assets/[id]/teaser']);
    const assetRoutes = handlers.filter((h) => h.route.startsWith('assets/[id]'));
    expect(assetRoutes.length).toBeGreaterThanOrEqual(8);
    for (const h of [...assetRoutes].sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'))) {
      const { id, extras } = fixture(h);
      const foreign = await call(h, id, { cookie: bCookie }, extras);
      const missing = await call(h, ZERO_ID, { cookie: bCookie }, extras);
      expect([foreign.status, missing.status], `${h.method} ${h.route}`).toEqual([404, 404]);
      expect(await foreign.text(), `${h.method} ${h.route}`).toBe(await missing.text());
      expect([200, 201, 202, 204], `owner ${h.method} ${h.route}`).toContain((await call(h, id, { cookie: aCookie }, extras)).status);
    }
    // A photo has no sprite, VTT or teaser, and a video no motion part: their owner gets 404 there too.
    for (const h of assetRoutes.filter((h) => VIDEO_MEDIA_ROUTES.has(h.route))) {
      expect((await call(h, asset.id, { cookie: aCookie })).status, `photo ${h.method} ${h.route}`).toBe(404);
    }
    const motion = assetRoutes.find((h) => h.route === 'assets/[id]/motion')!;
    expect((await call(motion, video.id, { cookie: aCookie })).status, 'video GET assets/[id]/motion').toBe(404);
    // Bulk: all or nothing, a stranger's id or a missing one among the owner's spoils the lot.
    const bulk = handlers.find((h) => h.route === 'assets/bulk')!;
    const send = (cookie: string, ids: string[]) =>
      bulk.handler(request('/api/assets/bulk', { method: 'POST', cookie, json: { ids, action: 'favourite' } }), params({}));
    const strangerBulk = await send(bCookie, [asset.id]);
    const missingBulk = await send(bCookie, [ZERO_ID]);
    expect([strangerBulk.status, missingBulk.status]).toEqual([404, 404]);
    expect(await strangerBulk.text()).toBe(await missingBulk.text());
    expect((await send(aCookie, [asset.id, ZERO_ID])).status).toBe(404);
    expect(await prisma().assetUserState.count({ where: { assetId: asset.id } })).toBe(0);
    expect((await send(aCookie, [asset.id])).status).toBe(200);
    // Photo duplicates name their ids in the body: a stranger's pair answers like a missing one.
    for (const route of ['duplicates/keep', 'duplicates/not-duplicates']) {
      const h = handlers.find((x) => x.route === route)!;
      const body = (ids: string[]) => (route === 'duplicates/keep' ? { keepId: ids[0], ids } : { ids });
      const post = (cookie: string, ids: string[]) => h.handler(request(`/api/${route}`, { method: 'POST', cookie, json: body(ids) }), params({}));
      const foreign = await post(bCookie, [asset.id, video.id]);
      const missing = await post(bCookie, [ZERO_ID, randomUUID()]);
      expect([foreign.status, missing.status], route).toEqual([404, 404]);
      expect(await foreign.text(), route).toBe(await missing.text());
    }
    expect((await prisma().asset.findUniqueOrThrow({ where: { id: video.id } })).status).toBe('online');
  });

  it('lets an admin manage any library by id and answers 404 for a missing one; the owner is still no admin', async () => {
    const owner = await createUser();
    const admin = await createUser({ role: 'admin' });
    const adminCookie = (await signIn(admin.id)).cookie;
    const ownerCookie = (await signIn(owner.id)).cookie;
    const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-matrix-'));
    const library = await prisma().library.create({ data: { ownerId: owner.id, name: 'Owned', rootPath: root } });
    const libraryRoutes = handlers.filter((h) => h.route.startsWith('libraries/[id]') && accessOf(h) === 'admin');
    expect(libraryRoutes.map((h) => `${h.method} ${h.route}`).sort()).toEqual(['PATCH libraries/[id]', 'POST libraries/[id]/scan']);
    for (const h of libraryRoutes) {
      expect((await call(h, ZERO_ID, { cookie: adminCookie })).status, `missing ${h.method} ${h.route}`).toBe(404);
      expect([200, 202], `admin ${h.method} ${h.route}`).toContain((await call(h, library.id, { cookie: adminCookie })).status);
      expect((await call(h, library.id, { cookie: ownerCookie })).status, `owner ${h.method} ${h.route}`).toBe(403);
    }
  });
});
