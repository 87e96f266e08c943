// Issue 9, item 1: a user who can write into their library swaps a folder on an asset's path
// for a symlink to a folder outside the library, thousands of times a second, while the
// original is downloaded and ingested. Not one byte from outside may come back, and ingest
// must never take the outside picture for the asset's.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as original } from '@/app/api/assets/[id]/original/route';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { prisma } from '@/lib/server/db';
import { createUser, params, request, signIn } from '../support/factories';

const INSIDE = { width: 48, height: 32, colour: { r: 0, g: 160, b: 0 } };
const OUTSIDE = { width: 32, height: 48, colour: { r: 200, g: 0, b: 0 } };
const picture = (p: typeof INSIDE) =>
  sharp({ create: { width: p.width, height: p.height, channels: 3, background: p.colour } }).jpeg().toBuffer();

/** A two-second test-pattern video of the given size. */
function video(file: string, width: number, height: number): void {
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=10:duration=2`, '-pix_fmt', 'yuv420p', file]);
}

let swapper: ChildProcess;
let cookie: string;
let assetId: string;
let videoId: string;
let insideBytes: Buffer;
let outsideBytes: Buffer;

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-race-root-'));
  const outside = await mkdtemp(path.join(os.tmpdir(), 'shoebox-race-outside-'));
  insideBytes = await picture(INSIDE);
  outsideBytes = await picture(OUTSIDE);
  await mkdir(path.join(root, 'album'));
  await writeFile(path.join(root, 'album', 'photo.jpg'), insideBytes);
  await writeFile(path.join(outside, 'photo.jpg'), outsideBytes);
  video(path.join(root, 'album', 'clip.mp4'), INSIDE.width, INSIDE.height);
  video(path.join(outside, 'clip.mp4'), OUTSIDE.width, OUTSIDE.height);
  await symlink(outside, path.join(root, 'decoy'));
  const owner = await createUser();
  cookie = (await signIn(owner.id)).cookie;
  const library = await prisma().library.create({ data: { ownerId: owner.id, name: 'Race', rootPath: root } });
  const asset = await prisma().asset.create({
    data: { ownerId: owner.id, libraryId: library.id, type: 'photo', relPath: 'album/photo.jpg', size: insideBytes.length, mtime: new Date(), takenAtLocal: new Date(), mime: 'image/jpeg' },
  });
  assetId = asset.id;
  const clip = await prisma().asset.create({
    data: { ownerId: owner.id, libraryId: library.id, type: 'video', relPath: 'album/clip.mp4', size: 1, mtime: new Date(), takenAtLocal: new Date(), mime: 'video/mp4' },
  });
  videoId = clip.id;
  swapper = spawn('python3', [path.join(import.meta.dirname, '../support/swap-loop.py'), path.join(root, 'album'), path.join(root, 'decoy'), '120'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    swapper.stdout!.once('data', () => resolve());
    swapper.once('exit', (code) => reject(new Error(`swap loop exited early (${code})`)));
  });
});

afterAll(() => {
  swapper?.kill('SIGTERM');
});

describe('a folder swapped for a symlink out of the library, in a loop', () => {
  it('never lets a download return bytes from outside (3,000 requests)', async () => {
    const outcomes = { inside: 0, refused: 0, leaked: 0, leakedBytes: 0 };
    for (let batch = 0; batch < 150; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const res = await original(request(`/api/assets/${assetId}/original`, { cookie }), params({ id: assetId }));
          return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
        }),
      );
      for (const { status, body } of responses) {
        if (status === 200 && body.equals(insideBytes)) outcomes.inside++;
        else if (status === 404) outcomes.refused++;
        else {
          outcomes.leaked++;
          outcomes.leakedBytes += body.length;
        }
      }
    }
    console.log(`[race] downloads: ${JSON.stringify(outcomes)}`);
    expect(outcomes.leaked).toBe(0);
    expect(outcomes.inside).toBeGreaterThan(0); // the race really ran against a readable file
    expect(outcomes.refused).toBeGreaterThan(0); // …and really swapped in the symlink
  });

  it('never ingests the outside picture as the asset (300 ingests)', async () => {
    const outsideSha1 = createHash('sha1').update(outsideBytes).digest();
    const outcomes = { inside: 0, other: 0, leaked: 0 };
    for (let i = 0; i < 300; i++) {
      await prisma().asset.update({ where: { id: assetId }, data: { checksum: null, width: null, height: null } });
      await ingestAsset(assetId);
      const row = await prisma().asset.findUniqueOrThrow({ where: { id: assetId }, select: { checksum: true, width: true } });
      if (row.checksum && Buffer.from(row.checksum).equals(outsideSha1)) outcomes.leaked++;
      else if (row.width === OUTSIDE.width) outcomes.leaked++;
      else if (row.width === INSIDE.width) outcomes.inside++;
      else outcomes.other++;
    }
    console.log(`[race] ingests: ${JSON.stringify(outcomes)}`);
    expect(outcomes.leaked).toBe(0);
    expect(outcomes.inside).toBeGreaterThan(0);
  });

  it('never probes or decodes the outside video as the asset (30 ingests, ffprobe and ffmpeg)', async () => {
    const outcomes = { inside: 0, other: 0, leaked: 0 };
    for (let i = 0; i < 30; i++) {
      await prisma().asset.update({ where: { id: videoId }, data: { checksum: null, width: null, height: null } });
      await ingestAsset(videoId);
      const row = await prisma().asset.findUniqueOrThrow({ where: { id: videoId }, select: { width: true } });
      if (row.width === OUTSIDE.width) outcomes.leaked++;
      else if (row.width === INSIDE.width) outcomes.inside++;
      else outcomes.other++;
    }
    console.log(`[race] video ingests: ${JSON.stringify(outcomes)}`);
    expect(outcomes.leaked).toBe(0);
    expect(outcomes.inside).toBeGreaterThan(0);
  });
});
