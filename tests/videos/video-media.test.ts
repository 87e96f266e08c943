// Preview media of real videos (real ffmpeg, real Postgres): a video's ingest queues
// video:media, which makes a seek sprite with a WebVTT whose cues lie inside it at increasing
// times, and small and large teasers of about the planned length; rotated phone clips come out
// upright; a second run leaves the same rows and no temp files; a file ffmpeg cannot read
// leaves a failure report with ffmpeg's stderr tail.
import { readdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as spriteRoute } from '@/app/api/assets/[id]/sprite/route';
import { GET as teaserRoute } from '@/app/api/assets/[id]/teaser/route';
import { GET as vttRoute } from '@/app/api/assets/[id]/vtt/route';
import { GET as videoMediaRoute, POST as queueVideoMediaRoute } from '@/app/api/admin/video-media/route';
import { makeVideoMedia } from '@/lib/assets/make-video-media';
import { queueMissingVideoMedia } from '@/lib/assets/queue-missing-video-media';
import { countVideoMedia } from '@/lib/assets/video-media.queries';
import { enqueue } from '@/lib/jobs/enqueue';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { derivedRoot } from '@/lib/storage/local-storage';
import { planTeaser } from '@/lib/videos/teasers';
import { taskList } from '@/worker/task-list';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';
import { runQueuedJobs } from '../support/run-jobs';

const VIDEOS = [
  'videos/echo-hereweare.webm', // VP8, 45 s: keyframe-only sprite pass
  'videos/androidx/mp4_sample.mp4', // H.264/AAC
  'videos/androidx/mp4_h265_with_metadata_track.mp4', // HEVC, rotated 90°
  'videos/androidx/avi_sample.avi', // MPEG-4 Part 2
  'videos/androidx/flv_sample.flv',
  'videos/androidx/mp4_bbb_176x144_128kbps_15fps_h263.3gp',
  'videos/androidx/vp9_roadtrip-vp92-10bit.webm',
  'videos/androidx/mkv_sample_with_chapters.mkv',
];

let root: string;
let libraryId: string;
let cookie: string;
let queuedMediaJobs: { key: string; flags: Record<string, boolean> | null }[] = [];

const assetOf = (relPath: string) => prisma().asset.findFirstOrThrow({ where: { libraryId, relPath }, include: { derived: true } });
const derivedFile = (key: string) => path.join(derivedRoot(), key);

function ffprobe(file: string): { duration: number; width: number; height: number; codec: string } {
  const [codec, width, height, duration] = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width,height:format=duration', '-of', 'csv=p=0', file])
    .toString()
    .trim()
    .split(/[\n,]/);
  return { codec, width: Number(width), height: Number(height), duration: Number(duration) };
}

interface Cue { start: number; end: number; url: string; x: number; y: number; w: number; h: number }

function parseVtt(text: string): Cue[] {
  expect(text.startsWith('WEBVTT\n')).toBe(true);
  const seconds = (t: string) => t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  return text
    .split('\n\n')
    .slice(1)
    .filter((block) => block.trim())
    .map((block) => {
      const [times, target] = block.trim().split('\n');
      const [start, end] = times.split(' --> ').map(seconds);
      const [url, xywh] = target.split('#xywh=');
      const [x, y, w, h] = xywh.split(',').map(Number);
      return { start, end, url, x, y, w, h };
    });
}

beforeAll(async () => {
  root = await copyCorpus(...VIDEOS);
  const owner = await createUser();
  cookie = (await signIn(owner.id)).cookie;
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'] }); // ingest only: the media jobs stay queued
  queuedMediaJobs = await prisma().$queryRaw`SELECT key, flags FROM graphile_worker.jobs WHERE task_identifier = 'video:media'`;
  await runQueuedJobs();
}, 300_000);

describe('video:media', () => {
  it('is queued by each video’s ingest, keyed by asset and flagged video', async () => {
    const videos = await prisma().asset.findMany({ where: { libraryId, ingestStatus: 'ready' }, select: { id: true } });
    expect(videos).toHaveLength(VIDEOS.length);
    expect(queuedMediaJobs.map((j) => j.key).sort()).toEqual(videos.map((v) => `video:media:${v.id}`).sort());
    expect(queuedMediaJobs.every((j) => j.flags?.video === true)).toBe(true);
  });

  it.each(VIDEOS)('makes a sprite whose WebVTT cues lie inside it at increasing times, and teasers: %s', async (relPath) => {
    const asset = await assetOf(relPath);
    const kinds = Object.fromEntries(asset.derived.map((d) => [d.kind, d]));
    for (const kind of ['sprite', 'vtt', 'teaser_sm', 'teaser_lg']) expect(kinds[kind], kind).toBeDefined();

    const sheet = await sharp(derivedFile(kinds.sprite.storageKey)).metadata();
    expect(sheet).toMatchObject({ format: 'jpeg', width: kinds.sprite.width, height: kinds.sprite.height });
    expect(sheet.width).toBeLessThan(16384);
    expect(sheet.height).toBeLessThan(16384);
    const res = await vttRoute(request(`/api/assets/${asset.id}/vtt`, { cookie }), params({ id: asset.id }));
    expect(res.headers.get('content-type')).toBe('text/vtt');
    const cues = parseVtt(await res.text());
    const durationS = asset.durationMs! / 1000;
    expect(cues.length).toBe(Math.max(1, Math.min(100, Math.floor(durationS / 0.5))));
    for (const [i, cue] of cues.entries()) {
      expect(cue.url).toBe(`/api/assets/${asset.id}/sprite`);
      expect(cue.w).toBe(160);
      expect(cue.x + cue.w).toBeLessThanOrEqual(sheet.width!);
      expect(cue.y + cue.h).toBeLessThanOrEqual(sheet.height!);
      expect(cue.end).toBeGreaterThan(cue.start);
      if (i > 0) expect(cue.start).toBeCloseTo(cues[i - 1].end, 3);
      // A tile left black means its frame never reached the sheet (the sheet is padded black).
      const tile = await sharp(derivedFile(kinds.sprite.storageKey)).extract({ left: cue.x, top: cue.y, width: cue.w, height: cue.h }).stats();
      expect(Math.max(...tile.channels.map((c) => c.max)), `tile ${i}`).toBeGreaterThan(40);
    }
    expect(cues[0].start).toBe(0);
    expect(cues.at(-1)!.end).toBeCloseTo(durationS, 2);

    const expected = planTeaser(durationS).reduce((sum, s) => sum + s.lengthS, 0);
    for (const [kind, shortSide] of [['teaser_sm', 240], ['teaser_lg', 480]] as const) {
      const teaser = ffprobe(derivedFile(kinds[kind].storageKey));
      expect(teaser.codec).toBe('h264');
      expect(Math.abs(teaser.duration - expected), `${kind} lasts ${teaser.duration} s, planned ${expected} s`).toBeLessThan(1);
      expect(Math.min(teaser.width, teaser.height)).toBe(Math.min(shortSide, Math.min(asset.width!, asset.height!) + 1) & ~1);
    }
  });

  it('makes a rotated phone clip’s sprite and teasers upright (portrait)', async () => {
    const asset = await assetOf('videos/androidx/mp4_h265_with_metadata_track.mp4');
    expect(asset.height).toBeGreaterThan(asset.width!); // probe: 1920×1080 coded, rotated 90°
    const vtt = asset.derived.find((d) => d.kind === 'vtt')!;
    expect(vtt.height).toBeGreaterThan(vtt.width);
    const teaser = ffprobe(derivedFile(asset.derived.find((d) => d.kind === 'teaser_lg')!.storageKey));
    expect(teaser).toMatchObject({ width: 480, height: 854 });
  });

  it('serves the sprite as JPEG and a teaser by byte range', async () => {
    const asset = await assetOf('videos/echo-hereweare.webm');
    const sprite = await spriteRoute(request(`/api/assets/${asset.id}/sprite`, { cookie }), params({ id: asset.id }));
    expect(sprite.status).toBe(200);
    expect(sprite.headers.get('content-type')).toBe('image/jpeg');
    const ranged = await teaserRoute(request(`/api/assets/${asset.id}/teaser?size=lg`, { cookie, headers: { range: 'bytes=0-99' } }), params({ id: asset.id }));
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-type')).toBe('video/mp4');
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    const lg = asset.derived.find((d) => d.kind === 'teaser_lg')!;
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-99/${lg.bytes}`);
  });

  it('leaves the same rows and files, and no temp files, when run twice', async () => {
    const asset = await assetOf('videos/androidx/mp4_sample.mp4');
    const before = asset.derived.map((d) => ({ id: d.id, kind: d.kind, storageKey: d.storageKey })).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(await makeVideoMedia(asset.id)).toBe('made');
    const after = (await assetOf(asset.relPath)).derived.map((d) => ({ id: d.id, kind: d.kind, storageKey: d.storageKey })).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(after).toEqual(before);
    const files = await readdir(path.dirname(derivedFile(before[0].storageKey)));
    expect(files.sort()).toEqual(['preview.webp', 'sprite.jpg', 'sprite.vtt', 'teaser-lg.mp4', 'teaser-sm.mp4', 'thumb.webp'].sort());
  });

  it('leaves a failure report with ffmpeg’s stderr tail when the video cannot be read', async () => {
    const asset = await assetOf('videos/androidx/avi_sample.avi');
    await writeFile(path.join(root, asset.relPath), Buffer.alloc(4096, 7)); // the file was overwritten after ingest
    await prisma().$transaction((tx) => enqueue(tx, 'video:media', { assetId: asset.id }));
    await runTasks({ 'video:media': taskList['video:media'] });
    const report = await prisma().jobFailure.findFirstOrThrow({ where: { task: 'video:media' } });
    expect(report.payload).toEqual({ assetId: asset.id });
    expect(report.message).toMatch(/not a video format ffmpeg knows|damaged|no video stream|ffprobe/);
    expect(report.stderrTail).toMatch(/\S/);
    const dir = path.dirname(derivedFile(asset.derived[0].storageKey));
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('counts videos done, pending and failed for the CLI, and queues a video whose media went missing', async () => {
    // The unreadable video of the test above waits for its retry.
    expect(await countVideoMedia()).toEqual({ total: VIDEOS.length, done: VIDEOS.length - 1, pending: 1, failed: 0, missing: 0 });
    const asset = await assetOf('videos/androidx/mp4_sample.mp4');
    await prisma().derived.deleteMany({ where: { assetId: asset.id, kind: 'teaser_lg' } });
    expect(await countVideoMedia()).toMatchObject({ done: VIDEOS.length - 2, missing: 1 });
    // The admin's progress view names each video not done: the one that lost a teaser (never
    // queued again yet) and the unreadable one waiting for its retry, with its error.
    const admin = (await signIn((await createUser({ role: 'admin' })).id)).cookie;
    const progress = await (await videoMediaRoute(request('/api/admin/video-media', { cookie: admin }), params({}))).json();
    expect(progress.counts).toMatchObject({ total: VIDEOS.length, missing: 1, pending: 1 });
    const byName = Object.fromEntries(progress.videos.map((v: { fileName: string }) => [v.fileName, v]));
    expect(byName['mp4_sample.mp4']).toMatchObject({ state: 'missing', made: ['sprite', 'teaser_sm', 'vtt'] });
    expect(Object.values(byName).filter((v) => (v as { state: string }).state === 'queued')).toHaveLength(1);
    expect(progress.videos).toHaveLength(2);
    const queue = await queueVideoMediaRoute(request('/api/admin/video-media', { method: 'POST', cookie: admin }), params({}));
    expect(await queue.json()).toEqual({ queued: 1 });
    expect(await queueMissingVideoMedia()).toBe(0); // already queued
    expect(await countVideoMedia()).toMatchObject({ pending: 2, missing: 0 });
    await runTasks({ 'video:media': taskList['video:media'] });
    expect(await countVideoMedia()).toMatchObject({ done: VIDEOS.length - 1, pending: 1 });
  });
});
