// Motion photos and Live Photos, from a scan to the viewer's video: the real Samsung One UI 6
// HEIC (an HEVC clip in its mpvd box, re-encoded to H.264 because Chromium cannot play HEVC), a
// Pixel-style JPEG built here (its H.264 clip kept byte for byte), and an Apple Live Photo (the
// corpus HEIC with an ffmpeg-made .MOV beside it). Each is one photo in the timeline whose
// motion part plays; the Live Photo follows its video as it goes, comes back and changes; a
// video asset from a scan before the photo arrived leaves the timeline; a second run of
// everything leaves the same rows and files.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as detailsRoute } from '@/app/api/assets/[id]/route';
import { GET as motionRoute } from '@/app/api/assets/[id]/motion/route';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { makeMotion } from '@/lib/assets/make-motion';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { derivedRoot } from '@/lib/storage/storage';
import { getBucket, getBuckets, refreshTimelineCounts } from '../timeline/helpers';
import { corpusPath } from '../support/corpus';
import { derivedFileExists } from '../support/derived-files';
import { createUser, params, request, signIn } from '../support/factories';
import { createLibraryRow } from '../support/library-folder';
import { googleMotionJpeg, makeClip } from '../support/motion-photo-files';
import { runQueuedJobs } from '../support/run-jobs';

const SAMSUNG = corpusPath('immich-test-assets/formats/samsung-one-ui-6.heic');
const IPHONE = corpusPath('immich-test-assets/formats/IMG_2682.heic');

async function newLibrary(files: Record<string, string | Buffer>) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-motion-'));
  for (const [name, source] of Object.entries(files)) {
    if (typeof source === 'string') await copyFile(source, path.join(root, name));
    else await writeFile(path.join(root, name), source);
  }
  const owner = await createUser();
  const { cookie } = await signIn(owner.id);
  const library = await createLibraryRow(owner.id, root);
  return { root, libraryId: library.id, cookie };
}

const getMotion = (id: string, cookie: string, range?: string) =>
  motionRoute(request(`/api/assets/${id}/motion`, { cookie, headers: range ? { range } : {} }), params({ id }));

async function details(id: string, cookie: string) {
  const res = await detailsRoute(request(`/api/assets/${id}`, { cookie }), params({ id }));
  expect(res.status).toBe(200);
  return res.json();
}

interface Probe {
  streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
  format: { duration: string; format_name: string };
}

/** What a player finds in the served bytes (ffprobe reads them from a file, as a browser would from the response). */
async function probeBytes(bytes: Buffer): Promise<Probe> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'shoebox-motion-probe-')), 'motion.mp4');
  await writeFile(file, bytes);
  return JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]).toString());
}

/** The served motion part: 200 with the whole MP4, and a Range request answered with exactly those bytes. */
async function servedMotion(id: string, cookie: string): Promise<{ bytes: Buffer; probe: Probe }> {
  const res = await getMotion(id, cookie);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('video/mp4');
  expect(res.headers.get('accept-ranges')).toBe('bytes');
  const bytes = Buffer.from(await res.arrayBuffer());
  const part = await getMotion(id, cookie, 'bytes=100-1099');
  expect(part.status).toBe(206);
  expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${bytes.length}`);
  expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 1100))).toBe(true);
  return { bytes, probe: await probeBytes(bytes) };
}

const playable = (probe: Probe) => ({
  video: probe.streams.find((s) => s.codec_type === 'video')?.codec_name,
  seconds: Number(probe.format.duration),
});

describe('embedded motion photos', () => {
  let samsung: Awaited<ReturnType<typeof newLibrary>>;
  beforeAll(async () => {
    samsung = await newLibrary({ 'samsung.heic': SAMSUNG });
    await scanLibrary(samsung.libraryId);
    await runQueuedJobs();
  }, 120_000);

  it('makes the Samsung HEIC one photo whose HEVC clip plays as H.264, served with Range', async () => {
    const { libraryId, cookie } = samsung;
    const assets = await prisma().asset.findMany({ where: { libraryId }, include: { derived: true } });
    expect(assets.map((a) => [a.relPath, a.type, a.ingestStatus])).toEqual([['samsung.heic', 'photo', 'ready']]);
    const motion = assets[0].derived.find((d) => d.kind === 'motion')!;
    expect(motion).toMatchObject({ width: 1080, height: 1440 }); // upright, as the still
    expect((await details(assets[0].id, cookie)).motion).toBe(true);

    const { bytes, probe } = await servedMotion(assets[0].id, cookie);
    expect(bytes.length).toBe(motion.bytes);
    expect(playable(probe)).toEqual({ video: 'h264', seconds: expect.closeTo(3.1, 0) });
    expect(probe.streams.find((s) => s.codec_type === 'video')).toMatchObject({ width: 1080, height: 1440 });
  });

  it('keeps a Pixel-style JPEG’s H.264 clip byte for byte; a plain photo has no motion (404 to its owner)', async () => {
    const clip = makeClip({ seconds: 1.5 });
    const { libraryId, cookie } = await newLibrary({ 'PXL_20240601_101010123.MP.jpg': await googleMotionJpeg(clip), 'plain.jpg': corpusPath('photos/orientation/Landscape_1.jpg') });
    await scanLibrary(libraryId);
    await runQueuedJobs();
    const motionPhoto = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: { endsWith: '.MP.jpg' } } });
    expect(motionPhoto).toMatchObject({ type: 'photo', ingestStatus: 'ready', width: 640, height: 480 });
    const { bytes, probe } = await servedMotion(motionPhoto.id, cookie);
    expect(bytes.equals(clip)).toBe(true);
    expect(playable(probe)).toEqual({ video: 'h264', seconds: expect.closeTo(1.5, 0) });

    const plain = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'plain.jpg' } });
    expect((await details(plain.id, cookie)).motion).toBe(false);
    expect((await getMotion(plain.id, cookie)).status).toBe(404);
    expect(await prisma().asset.count({ where: { libraryId } })).toBe(2);
  });

  it('keeps a photo whose clip no tool can read, without motion, and leaves a report for Jobs', async () => {
    const clip = Buffer.from(makeClip({ seconds: 1 }));
    const moov = clip.indexOf('moov', 0, 'latin1');
    clip.fill(0x55, moov + 4, moov + 4 + clip.readUInt32BE(moov - 4) - 8); // the index, scrambled
    const { libraryId, cookie } = await newLibrary({ 'broken.MP.jpg': await googleMotionJpeg(clip) });
    await scanLibrary(libraryId);
    await runQueuedJobs();
    const photo = await prisma().asset.findFirstOrThrow({ where: { libraryId } });
    expect(photo).toMatchObject({ type: 'photo', ingestStatus: 'ready' });
    expect((await getMotion(photo.id, cookie)).status).toBe(404);
    const report = await prisma().jobFailure.findFirstOrThrow({ where: { task: 'asset:motion' } });
    expect(report.payload).toEqual({ assetId: photo.id });
    expect(report.message).toMatch(/^The photo’s motion video cannot be read/);
  });

  it('leaves the same rows and files when ingest and asset:motion run again', async () => {
    const { root, libraryId } = samsung;
    const id = (await prisma().asset.findFirstOrThrow({ where: { libraryId } })).id;
    const snapshot = async () => {
      const rows = await prisma().derived.findMany({ where: { assetId: id }, orderBy: { kind: 'asc' } });
      const dir = path.join(derivedRoot(), path.dirname(rows.find((r) => r.kind === 'motion')!.storageKey));
      return {
        rows: rows.map(({ kind, storageKey, width, height, bytes }) => ({ kind, storageKey, width, height, bytes })),
        files: (await readdir(dir)).sort(),
        assets: await prisma().asset.count({ where: { libraryId } }),
      };
    };
    const first = await snapshot();
    expect(first.files).toContain('motion.mp4');
    expect(await ingestAsset(id)).toBe('ready');
    await runQueuedJobs(); // the asset:motion the ingest queued again
    expect(await makeMotion(id)).toBe('made');
    expect(await snapshot()).toEqual(first);
    expect(await readdir(root)).toEqual(['samsung.heic']); // the library folder is never written
  });
});

describe('Apple Live Photos', () => {
  it('is one photo in the timeline whose .MOV plays; the video follows the file as it goes, comes back and changes', async () => {
    const mov = makeClip({ ext: '.mov', seconds: 2, width: 480, height: 360 });
    const { root, libraryId, cookie } = await newLibrary({ 'IMG_2682.heic': IPHONE, 'IMG_2682.MOV': mov });
    const counts = await scanLibrary(libraryId);
    expect(counts).toMatchObject({ seen: 1, added: 1, queued: 1 });
    await runQueuedJobs();
    await refreshTimelineCounts();

    const assets = await prisma().asset.findMany({ where: { libraryId } });
    expect(assets.map((a) => [a.relPath, a.type, a.ingestStatus, a.motionRelPath])).toEqual([['IMG_2682.heic', 'photo', 'ready', 'IMG_2682.MOV']]);
    const photo = assets[0];
    const month = (await details(photo.id, cookie)).takenAtLocal.slice(0, 7);
    expect(await getBuckets(cookie)).toEqual([{ month, photos: 1, videos: 0, count: 1 }]);
    const bucket = await getBucket(cookie, month);
    expect([bucket.count, bucket.id, bucket.type]).toEqual([1, [photo.id], 'p']);
    const { probe } = await servedMotion(photo.id, cookie);
    expect(playable(probe)).toEqual({ video: 'h264', seconds: expect.closeTo(2, 0) });
    expect(probe.streams.map((s) => s.codec_type).sort()).toEqual(['audio', 'video']);

    // The .MOV is deleted: the photo stays as it was, its motion part goes.
    const thumbBefore = await prisma().derived.findFirstOrThrow({ where: { assetId: photo.id, kind: 'thumb' } });
    const motionKey = (await prisma().derived.findFirstOrThrow({ where: { assetId: photo.id, kind: 'motion' } })).storageKey;
    await rm(path.join(root, 'IMG_2682.MOV'));
    expect(await scanLibrary(libraryId)).toMatchObject({ seen: 1, changed: 1, offline: 0, queued: 1 });
    expect(await queuedTasks()).toEqual(['asset:motion']); // not a re-ingest of the photo
    await runQueuedJobs();
    expect(await prisma().asset.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({ status: 'online', ingestStatus: 'ready', motionRelPath: null });
    expect((await getMotion(photo.id, cookie)).status).toBe(404);
    expect((await details(photo.id, cookie)).motion).toBe(false);
    expect(await derivedFileExists(motionKey)).toBe(false);

    // It comes back, changed (a new clip under a lower-case name): the motion part is remade from it.
    await writeFile(path.join(root, 'img_2682.mov'), makeClip({ ext: '.mov', seconds: 1, width: 320, height: 240 }));
    await scanLibrary(libraryId);
    await runQueuedJobs();
    expect(await prisma().asset.count({ where: { libraryId } })).toBe(1);
    const { probe: again } = await servedMotion(photo.id, cookie);
    expect(playable(again).seconds).toBeCloseTo(1, 0);
    const thumbAfter = await prisma().derived.findFirstOrThrow({ where: { assetId: photo.id, kind: 'thumb' } });
    expect(thumbAfter.createdAt).toEqual(thumbBefore.createdAt); // the still was never re-decoded
  });

  it('removes a video asset made before its photo arrived from the timeline, without touching the file', async () => {
    const mov = makeClip({ ext: '.mov', seconds: 2 });
    const { root, libraryId, cookie } = await newLibrary({ 'IMG_2682.MOV': mov });
    await utimes(path.join(root, 'IMG_2682.MOV'), new Date('2021-06-01T12:00:00Z'), new Date('2021-06-01T12:00:00Z'));
    await scanLibrary(libraryId);
    await runQueuedJobs();
    const video = await prisma().asset.findFirstOrThrow({ where: { libraryId }, include: { derived: true } });
    expect(video).toMatchObject({ type: 'video', ingestStatus: 'ready' });
    await refreshTimelineCounts();
    expect((await getBuckets(cookie)).map((b) => [b.photos, b.videos])).toEqual([[0, 1]]);

    // The phone's sync brings the HEIC later: the pair is a Live Photo now.
    await copyFile(IPHONE, path.join(root, 'IMG_2682.heic'));
    await scanLibrary(libraryId);
    await runQueuedJobs();
    await refreshTimelineCounts();
    const assets = await prisma().asset.findMany({ where: { libraryId } });
    expect(assets.map((a) => [a.relPath, a.type])).toEqual([['IMG_2682.heic', 'photo']]);
    expect((await getBuckets(cookie)).map((b) => [b.photos, b.videos])).toEqual([[1, 0]]);
    for (const d of video.derived) expect(await derivedFileExists(d.storageKey), d.kind).toBe(false);
    expect((await readFile(path.join(root, 'IMG_2682.MOV'))).equals(mov)).toBe(true);
    expect((await stat(path.join(root, 'IMG_2682.MOV'))).mtime.toISOString()).toBe('2021-06-01T12:00:00.000Z');
    expect((await servedMotion(assets[0].id, cookie)).bytes.length).toBeGreaterThan(0);
  });
});

async function queuedTasks(): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ task_identifier: string }[]>`SELECT task_identifier FROM graphile_worker.jobs WHERE task_identifier LIKE 'asset:%' ORDER BY 1`;
  return rows.map((r) => r.task_identifier);
}
