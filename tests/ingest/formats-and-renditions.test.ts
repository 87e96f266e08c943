// A library with the formats people have: HEIC and TIFF (which browsers cannot display) get a
// full-size web-safe rendition that the viewer's zoom loads by id, for their owner only; a
// JPEG XL is ingested; files in formats nobody reads (.jp2, .svg) are counted in the scan
// report as skipped instead of vanishing, and the admin Libraries overview shows the count.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as fullRoute } from '@/app/api/assets/[id]/full/route';
import { listLibraryOverviews } from '@/lib/libraries/libraries.queries';
import { scanLibrary } from '@/lib/libraries/scan-library';
import type { ScanCounts } from '@/lib/libraries/libraries.schemas';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, corpusDir, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

let root: string;
let libraryId: string;
let ownerCookie: string;
let strangerCookie: string;
let counts: ScanCounts | null;

const idOf = async (relPath: string) => (await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } })).id;
const getFull = (id: string, cookie: string) => fullRoute(request(`/api/assets/${id}/full`, { cookie }), params({ id }));

beforeAll(async () => {
  root = await copyCorpus('photos/orientation');
  const formats = path.join(corpusDir, 'immich-test-assets/formats');
  await mkdir(path.join(root, 'phone'));
  await cp(path.join(formats, 'IMG_2682.heic'), path.join(root, 'phone/IMG_2682.heic'));
  await cp(path.join(formats, '8bit-sRGB.jxl'), path.join(root, 'phone/vase.jxl'));
  const tiff = await sharp(path.join(corpusDir, 'photos/orientation/Landscape_6.jpg')).tiff().toBuffer();
  await writeFile(path.join(root, 'phone/scan.tif'), tiff); // EXIF orientation 6 kept in the TIFF
  await writeFile(path.join(root, 'phone/scan.jp2'), Buffer.from('\0\0\0\x0cjP  \r\n\x87\n', 'latin1'));
  await writeFile(path.join(root, 'phone/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
  await writeFile(path.join(root, 'phone/notes.txt'), 'not media at all');
  const owner = await createUser();
  const stranger = await createUser();
  ownerCookie = (await signIn(owner.id)).cookie;
  strangerCookie = (await signIn(stranger.id)).cookie;
  libraryId = (await createLibraryRow(owner.id, root)).id;
  counts = await scanLibrary(libraryId);
  await runQueuedJobs();
}, 240_000);

describe('scan report', () => {
  it('counts the .jp2 and the .svg as skipped for an unsupported format, not the text file', async () => {
    expect(counts?.unsupported).toBe(2);
    const [overview] = (await listLibraryOverviews()).filter((l) => l.id === libraryId);
    expect(overview.lastScan).toMatchObject({ status: 'done', unsupported: 2 });
    expect(await prisma().asset.count({ where: { libraryId, relPath: { in: ['phone/scan.jp2', 'phone/logo.svg'] } } })).toBe(0);
  });
});

describe('formats', () => {
  it('ingests a JPEG XL as a ready photo', async () => {
    const jxl = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'phone/vase.jxl' } });
    expect(jxl).toMatchObject({ ingestStatus: 'ready', mime: 'image/jxl', width: 1440, height: 1080 });
  });
});

describe('GET /api/assets/:id/full', () => {
  it('serves a HEIC as a full-size JPEG a browser can display', async () => {
    const res = await getFull(await idOf('phone/IMG_2682.heic'), ownerCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 4032, height: 3024 });
    expect(meta.icc).toBeDefined(); // the iPhone's Display P3 travels with it
  });

  it('serves a TIFF upright at full size as JPEG', async () => {
    const res = await getFull(await idOf('phone/scan.tif'), ownerCookie);
    expect(res.status).toBe(200);
    expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata()).toMatchObject({ format: 'jpeg', width: 1800, height: 1200 });
  });

  it('serves a JPEG’s original bytes: browsers show it as it is', async () => {
    const res = await getFull(await idOf('photos/orientation/Landscape_1.jpg'), ownerCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'photos/orientation/Landscape_1.jpg' } });
    expect(BigInt((await res.arrayBuffer()).byteLength)).toBe(asset.size);
  });

  it('answers 404 to another user, for a missing id and a malformed one alike', async () => {
    const heic = await idOf('phone/IMG_2682.heic');
    for (const id of [heic, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect((await getFull(id, strangerCookie)).status, id).toBe(404);
    }
  });
});
