// Frames of the original (real ffmpeg, real Postgres): "use this frame as poster" makes the
// timeline's thumbnail and the preview show that frame under a new URL, and a re-ingest or a
// video:media run keeps it; "save this frame" downloads a JPEG of the display size showing the
// picture at the time asked, even between keyframes; at most two extractions run at once, and
// ffmpeg dies with the request that started it.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as frameRoute } from '@/app/api/assets/[id]/frame/route';
import { POST as posterRoute } from '@/app/api/assets/[id]/poster/route';
import { GET as detailsRoute } from '@/app/api/assets/[id]/route';
import { GET as thumbnailRoute } from '@/app/api/assets/[id]/thumbnail/route';
import type { AssetDetails, PosterResult } from '@/lib/assets/assets.schemas';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { makeVideoMedia } from '@/lib/assets/make-video-media';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { derivedRoot } from '@/lib/storage/storage';
import { taskList } from '@/worker/task-list';
import { createAsset } from '../support/asset-factory';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';
import { createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';
import { ffmpegChildren } from '../support/ffmpeg-children';

// 6 s at 320×240: red, then green, then blue, two seconds each, in ONE group of pictures (a
// keyframe at 0 only), so only an exact seek finds green or blue.
const COLOURS = 'colours.mp4';
const ROTATED = 'rotated.mp4'; // HEVC coded 1920×1080, turned 90°: upright 1080×1920
const NAMED = 'Café ☕.mp4';
// 10 minutes at 640×360 in one group of pictures: a frame near the end decodes for seconds.
const LONG = 'long-one-gop.mp4';

let root: string;
let libraryId: string;
let ownerId: string;
let cookie: string;

const idOf = async (relPath: string) => (await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } })).id;
const details = async (id: string): Promise<AssetDetails> => (await detailsRoute(request(`/api/assets/${id}`, { cookie }), params({ id }))).json();
const frame = (id: string, query: string, init: RequestInit & { cookie?: string } = {}) =>
  frameRoute(request(`/api/assets/${id}/frame${query}`, { cookie, ...init }), params({ id }));
const setPoster = (id: string, json: unknown, asCookie = cookie) => posterRoute(request(`/api/assets/${id}/poster`, { method: 'POST', cookie: asCookie, json }), params({ id }));
const thumbFile = async (id: string, kind: 'thumb' | 'preview' = 'thumb') =>
  readFile(path.join(derivedRoot(), (await prisma().derived.findFirstOrThrow({ where: { assetId: id, kind } })).storageKey));

/** Which of red, green and blue dominates a picture. */
async function colourOf(image: Buffer): Promise<'red' | 'green' | 'blue'> {
  const { channels } = await sharp(image).stats();
  const means = channels.slice(0, 3).map((c) => c.mean);
  return (['red', 'green', 'blue'] as const)[means.indexOf(Math.max(...means))];
}


/** A full garbage collection now: the abort must still arrive once nothing but the route holds the Request. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-frames-'));
  ffmpeg(
    ...['-f', 'lavfi', '-i', 'color=c=red:s=320x240:r=25:d=2', '-f', 'lavfi', '-i', 'color=c=lime:s=320x240:r=25:d=2', '-f', 'lavfi', '-i', 'color=c=blue:s=320x240:r=25:d=2'],
    ...['-filter_complex', '[0][1][2]concat=n=3:v=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '1000', '-keyint_min', '1000', '-sc_threshold', '0', '-pix_fmt', 'yuv420p'],
    path.join(root, COLOURS),
  );
  await copyFile(corpusPath('videos/androidx/mp4_h265_with_metadata_track.mp4'), path.join(root, ROTATED));
  await copyFile(corpusPath('videos/androidx/mp4_sample.mp4'), path.join(root, NAMED));
  const owner = await createUser();
  ownerId = owner.id;
  cookie = (await signIn(owner.id)).cookie;
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'] });
  // Made after the scan and given its row directly: its ingest (and media) would cost time for nothing here.
  ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-t', '600', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '100000', '-keyint_min', '100000', '-sc_threshold', '0', path.join(root, LONG));
}, 180_000);

afterEach(async () => {
  // Every test leaves no ffmpeg behind (and the frame slots free for the next).
  await expect.poll(ffmpegChildren, { timeout: 5000 }).toEqual([]);
});

describe('POST /api/assets/:id/poster', () => {
  it('makes the thumbnail and preview show the chosen frame under new URLs, and a video:media run and a re-ingest keep it', async () => {
    const id = await idOf(COLOURS);
    const before = await details(id);
    expect(before.video?.posterSeconds).toBeNull();
    expect(await colourOf(await thumbFile(id))).toBe('red'); // the default: a tenth in
    const oldThumb = await thumbFile(id);
    const oldThumbhash = (await prisma().asset.findUniqueOrThrow({ where: { id } })).thumbhash;

    const res = await setPoster(id, { seconds: 5 });
    expect(res.status).toBe(200);
    const result = (await res.json()) as PosterResult;
    expect(result.posterSeconds).toBe(5);
    expect(result.thumbnailUrl).not.toBe(before.thumbnailUrl);
    expect(result.previewUrl).not.toBe(before.previewUrl);
    const newThumb = await thumbFile(id);
    expect(newThumb.equals(oldThumb)).toBe(false);
    expect(await colourOf(newThumb)).toBe('blue');
    expect(await colourOf(await thumbFile(id, 'preview'))).toBe('blue');
    expect((await prisma().asset.findUniqueOrThrow({ where: { id } })).thumbhash).not.toEqual(oldThumbhash);
    const after = await details(id);
    expect(after).toMatchObject({ thumbnailUrl: result.thumbnailUrl, previewUrl: result.previewUrl, video: { posterSeconds: 5 } });
    // The new URL serves the new picture (the route ignores the version; the browser's cache does not).
    const served = await thumbnailRoute(request(result.thumbnailUrl, { cookie }), params({ id }));
    expect(Buffer.from(await served.arrayBuffer()).equals(newThumb)).toBe(true);

    expect(await makeVideoMedia(id)).toBe('made');
    expect((await thumbFile(id)).equals(newThumb)).toBe(true);
    expect(await ingestAsset(id)).toBe('ready');
    expect((await thumbFile(id)).equals(newThumb)).toBe(true); // the same frame, rendered the same way
    expect((await details(id)).video?.posterSeconds).toBe(5);
  });

  it('is for the owner only (404 otherwise), for videos, and within the video', async () => {
    const id = await idOf(NAMED);
    const stranger = await createUser();
    expect((await setPoster(id, { seconds: 0.5 }, (await signIn(stranger.id)).cookie)).status).toBe(404);
    const tooLate = await setPoster(id, { seconds: 2 }); // 1.024 s long
    expect(tooLate.status).toBe(422);
    expect((await tooLate.json()).error.details.fieldErrors.seconds).toHaveLength(1);
    expect((await setPoster(id, { seconds: -1 })).status).toBe(422);
    expect((await setPoster(id, { seconds: 1, extra: true })).status).toBe(422);
    const photo = await createAsset({ ownerId, libraryId }, { local: '2024-01-01 10:00:00' });
    expect((await setPoster(photo, { seconds: 0 })).status).toBe(404);
    expect((await details(id)).video?.posterSeconds).toBeNull();
  });
});

describe('GET /api/assets/:id/frame', () => {
  it('downloads the picture at the time asked, between keyframes too, at the video’s size', async () => {
    const id = await idOf(COLOURS);
    const seen: string[] = [];
    for (const t of ['1', '3.5', '5.2']) {
      const res = await frame(id, `?t=${t}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('cache-control')).toBe('private');
      const jpeg = Buffer.from(await res.arrayBuffer());
      expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 240 });
      seen.push(await colourOf(jpeg));
    }
    expect(seen).toEqual(['red', 'green', 'blue']);
    const named = await frame(id, '?t=5.2');
    expect(named.headers.get('content-disposition')).toBe(`attachment; filename="colours-00-05.jpg"; filename*=UTF-8''colours-00-05.jpg`);
    // The very end still gives the last picture.
    expect(await colourOf(Buffer.from(await (await frame(id, '?t=6')).arrayBuffer()))).toBe('blue');
  });

  it('turns a rotated phone clip upright and names a non-ASCII file safely', async () => {
    const rotated = await frame(await idOf(ROTATED), '?t=0.05');
    expect(await sharp(Buffer.from(await rotated.arrayBuffer())).metadata()).toMatchObject({ width: 1080, height: 1920 });
    const named = await frame(await idOf(NAMED), '?t=0.5');
    expect(named.status).toBe(200);
    expect(named.headers.get('content-disposition')).toBe(`attachment; filename="Caf_ _-00-00.jpg"; filename*=UTF-8''Caf%C3%A9%20%E2%98%95-00-00.jpg`);
  });

  it('refuses a time outside the video or not a number (422), a photo and a stranger (404)', async () => {
    const id = await idOf(NAMED);
    for (const query of ['?t=2', '', '?t=', '?t=abc', '?t=-1', '?t=1e3', '?t=Infinity']) {
      const res = await frame(id, query);
      expect(res.status, query).toBe(422);
      expect((await res.json()).error.code).toBe('validation_failed');
    }
    const photo = await createAsset({ ownerId, libraryId }, { local: '2024-01-01 10:00:00' });
    expect((await frame(photo, '?t=0')).status).toBe(404);
    const stranger = await createUser();
    expect((await frame(id, '?t=0.5', { cookie: (await signIn(stranger.id)).cookie })).status).toBe(404);
  });

  it('runs two extractions at once: a third gets 503 busy with Retry-After; an abort kills its ffmpeg and frees the slot', async () => {
    const id = await createAsset({ ownerId, libraryId }, { local: '2024-01-01 10:00:00', type: 'video', relPath: LONG, durationMs: 600_000, width: 640, height: 360 });
    // Only this test's ffmpegs: one an earlier test aborted may still be on its way out.
    const earlier = new Set(await ffmpegChildren());
    const ours = async () => (await ffmpegChildren()).filter((pid) => !earlier.has(pid));
    const [abortFirst, abortSecond] = [new AbortController(), new AbortController()];
    const first = frame(id, '?t=595', { signal: abortFirst.signal });
    await expect.poll(ours, { timeout: 10_000 }).toHaveLength(1);
    const [firstPid] = await ours();
    const second = frame(id, '?t=590', { signal: abortSecond.signal });
    await expect.poll(ours, { timeout: 10_000 }).toHaveLength(2);
    const secondPid = (await ours()).find((pid) => pid !== firstPid);

    const third = await frame(id, '?t=1');
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect((await third.json()).error.code).toBe('busy');

    // Both still have seconds of decoding ahead: only a kill ends the first's ffmpeg now.
    collectGarbage();
    abortFirst.abort();
    await expect.poll(ours, { timeout: 3000 }).toEqual([secondPid]);
    await first.catch(() => undefined);
    // Its slot is free again while the second is still decoding.
    const fourth = await frame(id, '?t=0');
    expect(fourth.status).toBe(200);
    expect(await sharp(Buffer.from(await fourth.arrayBuffer())).metadata()).toMatchObject({ format: 'jpeg', width: 640, height: 360 });
    expect(await ours()).toEqual([secondPid]);
    abortSecond.abort();
    await second.catch(() => undefined);
    await expect.poll(ours, { timeout: 3000 }).toEqual([]);
  });
});
