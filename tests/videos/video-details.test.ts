// The video page's info: GET /api/assets/:id gives a video's facts (codecs, bitrate, poster
// time), where its file lives on the server, and the owner's title, description and link;
// PATCH changes those for the owner only, refuses links that are not http(s), and never writes
// the original file.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as detailsRoute, PATCH as patchRoute } from '@/app/api/assets/[id]/route';
import type { AssetDetails } from '@/lib/assets/assets.schemas';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createAsset } from '../support/asset-factory';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

const VIDEO = 'videos/androidx/mkv_sample_with_chapters.mkv';

let root: string;
let id: string;
let cookie: string;
let ownerId: string;

const details = async (assetId = id, asCookie = cookie) => detailsRoute(request(`/api/assets/${assetId}`, { cookie: asCookie }), params({ id: assetId }));
const patch = (json: unknown, asCookie = cookie, assetId = id) =>
  patchRoute(request(`/api/assets/${assetId}`, { method: 'PATCH', cookie: asCookie, json }), params({ id: assetId }));
const sha1 = async (file: string) => createHash('sha1').update(await readFile(file)).digest('hex');

beforeAll(async () => {
  root = await copyCorpus(VIDEO);
  const owner = await createUser();
  ownerId = owner.id;
  cookie = (await signIn(owner.id)).cookie;
  const library = await createLibraryRow(owner.id, root);
  await scanLibrary(library.id);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'] });
  id = (await prisma().asset.findFirstOrThrow({ where: { libraryId: library.id } })).id;
}, 120_000);

describe('GET /api/assets/:id for a video', () => {
  it('tells its codecs, bitrate and poster time, where its folder is on the server, when it was added, and that the owner may edit', async () => {
    const res = await details();
    expect(res.status).toBe(200);
    const d = (await res.json()) as AssetDetails;
    const row = await prisma().asset.findUniqueOrThrow({ where: { id } });
    expect(d).toMatchObject({
      fileName: 'mkv_sample_with_chapters.mkv',
      folderPath: path.join(root, 'videos/androidx'),
      addedAt: row.createdAt.toISOString(),
      title: null,
      description: null,
      externalUrl: null,
      canEdit: true,
      width: 320,
      height: 240,
      durationMs: 5023,
      video: { container: 'matroska,webm', videoCodec: 'h264', audioCodec: 'aac', rotation: 0, browserPlayable: true, posterSeconds: null },
    });
    expect(d.video!.fps).toBeGreaterThan(0);
    expect(d.video!.bitrate).toBeGreaterThan(0);
    expect(d.thumbnailUrl).toMatch(new RegExp(`^/api/assets/${id}/thumbnail\\?v=[0-9a-z]+$`));
    expect(d.previewUrl).toMatch(new RegExp(`^/api/assets/${id}/thumbnail\\?size=preview&v=[0-9a-z]+$`));
  });

  it('gives a photo no video facts, and its folder even at the library root', async () => {
    const photo = await createAsset({ ownerId, libraryId: (await prisma().asset.findUniqueOrThrow({ where: { id } })).libraryId }, { local: '2024-01-01 10:00:00', relPath: 'top.jpg' });
    const d = (await (await details(photo)).json()) as AssetDetails;
    expect(d).toMatchObject({ type: 'photo', video: null, folderPath: root, canEdit: true });
  });
});

describe('PATCH /api/assets/:id', () => {
  it('changes title, description and link for the owner, in the database only, and answers the whole details', async () => {
    const before = await sha1(path.join(root, VIDEO));
    const res = await patch({ title: '  Summer  ', description: 'At the lake.\nDay two.', externalUrl: ' https://example.org/trip?day=2 ' });
    expect(res.status).toBe(200);
    const d = (await res.json()) as AssetDetails;
    expect(d).toMatchObject({ id, title: 'Summer', description: 'At the lake.\nDay two.', externalUrl: 'https://example.org/trip?day=2', canEdit: true });
    expect(d.video).not.toBeNull();
    expect(await (await details()).json()).toEqual(d);
    expect(await sha1(path.join(root, VIDEO))).toBe(before);

    // One field at a time; empty text clears it.
    const cleared = (await (await patch({ externalUrl: '' })).json()) as AssetDetails;
    expect(cleared).toMatchObject({ title: 'Summer', externalUrl: null });
    expect(((await (await patch({ title: null, description: '' })).json()) as AssetDetails)).toMatchObject({ title: null, description: null });
  });

  it('refuses links a browser would not open as a web page, and an empty or unknown change, with 422', async () => {
    await patch({ externalUrl: 'http://example.org/ok' });
    for (const externalUrl of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/f', 'file:///etc/passwd', 'example.org', `https://example.org/${'a'.repeat(2048)}`]) {
      const res = await patch({ externalUrl });
      expect(res.status, externalUrl).toBe(422);
      const body = await res.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.details.fieldErrors.externalUrl, externalUrl).toBeDefined();
    }
    for (const body of [{}, { rating: 5 }, { title: 'x'.repeat(201) }, { description: 'x'.repeat(5001) }, { title: 5 }]) {
      expect((await patch(body)).status, JSON.stringify(body)).toBe(422);
    }
    expect(((await (await details()).json()) as AssetDetails).externalUrl).toBe('http://example.org/ok');
  });

  it('answers 404 to anyone but the owner, and changes nothing', async () => {
    const stranger = await createUser();
    const strangerCookie = (await signIn(stranger.id)).cookie;
    const res = await patch({ title: 'Mine now' }, strangerCookie);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(await (await patch({ title: 'Mine now' }, strangerCookie, '00000000-0000-4000-8000-000000000000')).text());
    expect((await prisma().asset.findUniqueOrThrow({ where: { id } })).title).not.toBe('Mine now');
    expect((await details(id, strangerCookie)).status).toBe(404);
  });
});
