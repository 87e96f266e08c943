// Preview media of real videos (real ffmpeg, real Postgres): a video's ingest queues
// video:media, which makes a seek sprite with a WebVTT whose cues lie inside it at increasing
// times, and small and large teasers of about the planned length; rotated phone clips come out
// upright; a second run leaves the same rows and no temp files; a file ffmpeg cannot read
// leaves a failure report with ffmpeg's stderr tail.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
import { derivedRoot } from '@/lib/storage/storage';
import { planTeaser } from '@/lib/videos/teasers';
import { taskList } from '@/worker/task-list';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';
import { runQueuedJobs } from '../support/run-jobs';
import { waitFor } from '../support/worker-process';

const VIDEOS = [
  'videos/echo-hereweare.webm', // VP8, 45 s: keyframe-only sprite pass
  'videos/androidx/mp4_sample.mp4', // H.264/AAC
  'videos/androidx/mp4_h265_with_metadata_track.mp4', // HEVC, rotated 90°
  'videos/androidx/avi_sample.avi', // MPEG-4 Part 2
  'videos/androidx/flv_sample.flv',
  'videos/androidx/mp4_bbb_176x144_128kbps_15fps_h263.3gp',
  'videos/androidx/vp9_roadtrip-vp92-10bit.webm',
  'videos/androidx/mkv_sample_with_chapters.mkv',
  'videos/androidx/mp4_sample_with_chapters.mp4',
  'videos/androidx/mkv_sample_with_srt.mkv',
  'videos/androidx/mkv_sample_with_ssa_subtitles.mkv',
  'videos/androidx/mp4_long_1080p_lowbitrate.mp4', // 6 minutes of 1080p
  'videos/androidx/mp4_pixel7_videoOnly_cleaned.mp4', // rotated 180°, no audio
  'videos/androidx/mp4_sample_android_slow_motion.mp4',
  'videos/androidx/mp4_dolbyVision-hdr.MOV',
  'videos/androidx/mp4_hlg10-color-test.mp4',
  'generated/clip.wmv',
  'generated/vfr.mp4',
  'generated/camcorder.mts',
];
/** Made here with ffmpeg: formats and shapes no corpus file has. */
const GENERATED: Record<string, string[]> = {
  // Windows Media: WMV2 video, WMA2 audio in ASF.
  'generated/clip.wmv': ['-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=6', '-f', 'lavfi', '-i', 'sine=duration=6', '-c:v', 'wmv2', '-c:a', 'wmav2'],
  // A camcorder's AVCHD-like MPEG-TS whose clock starts at 11.4 s, keyframes every 0.48 s:
  // the sprite's one keyframe pass and the teasers' in points must count from the file's start.
  'generated/camcorder.mts': [
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=20', '-f', 'lavfi', '-i', 'sine=duration=20',
    '-c:v', 'libx264', '-g', '12', '-c:a', 'aac', '-output_ts_offset', '10', '-f', 'mpegts',
  ],
  // Variable frame rate: 2 s at 30 fps, then 18 s at 10 fps, as phones record in low light.
  'generated/vfr.mp4': [
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30:duration=8',
    '-vf', "setpts='if(lt(N,60),N/(30*TB),(2+(N-60)/10)/TB)'", '-fps_mode', 'vfr', '-c:v', 'libx264',
  ],
};

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

/** A 10 s MP4 whose second half is missing (a copy that stopped early): its header still says 10 s. */
async function writeCutShort(file: string): Promise<void> {
  const full = `${file}.full.mp4`;
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30:duration=10', '-f', 'lavfi', '-i', 'sine=duration=10',
    '-c:v', 'libx264', '-g', '60', '-c:a', 'aac', '-movflags', '+faststart', full]);
  const bytes = await readFile(full);
  await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await rm(full);
}

beforeAll(async () => {
  root = await copyCorpus(...VIDEOS.filter((v) => !GENERATED[v]));
  await mkdir(path.join(root, 'generated'), { recursive: true });
  for (const [relPath, args] of Object.entries(GENERATED)) execFileSync('ffmpeg', ['-v', 'error', ...args, path.join(root, relPath)]);
  await writeCutShort(path.join(root, 'generated/cut-short.mp4'));
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
    expect(videos).toHaveLength(VIDEOS.length + 1); // and the cut-short file
    expect(queuedMediaJobs.map((j) => j.key).sort()).toEqual(videos.map((v) => `video:media:${v.id}`).sort());
    expect(queuedMediaJobs.every((j) => j.flags?.video === true)).toBe(true);
  });

  const darkVideos = new Set(['videos/androidx/mp4_long_1080p_lowbitrate.mp4', 'videos/androidx/mp4_pixel7_videoOnly_cleaned.mp4']);
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
      // A tile left black means its frame never reached the sheet (the sheet is padded black);
      // two corpus clips are dark all through (a black 1080p test pattern, a night shot), so
      // they are held to their own brightness instead.
      if (darkVideos.has(relPath)) continue;
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

  it('makes the two dark clips’ sprites as dark as the clips themselves, not blank', async () => {
    for (const relPath of darkVideos) {
      const asset = await assetOf(relPath);
      const sprite = asset.derived.find((d) => d.kind === 'sprite')!;
      const cues = parseVtt(await (await vttRoute(request(`/api/assets/${asset.id}/vtt`, { cookie }), params({ id: asset.id }))).text());
      const middle = cues[Math.floor(cues.length / 2)];
      const frame = execFileSync('ffmpeg', ['-v', 'error', '-ss', String(middle.start), '-i', path.join(root, relPath), '-frames:v', '1', '-vf', 'scale=160:-2', '-f', 'image2pipe', '-c:v', 'png', '-']);
      const tile = await sharp(derivedFile(sprite.storageKey)).extract({ left: middle.x, top: middle.y, width: middle.w, height: middle.h }).stats();
      const reference = await sharp(frame).stats();
      for (const [i, channel] of reference.channels.slice(0, 3).entries()) expect(Math.abs(tile.channels[i].mean - channel.mean), relPath).toBeLessThan(8);
    }
  });

  it('makes media for a file cut short (its header says 10 s, its data ends at 5 s) from the part that is there', async () => {
    const asset = await assetOf('generated/cut-short.mp4');
    expect(asset.ingestStatus).toBe('ready');
    const kinds = Object.fromEntries(asset.derived.map((d) => [d.kind, d]));
    const cues = parseVtt(await (await vttRoute(request(`/api/assets/${asset.id}/vtt`, { cookie }), params({ id: asset.id }))).text());
    expect(asset.durationMs).toBe(10_000); // what the header says: the player's time line
    expect(cues.at(-1)!.end).toBeCloseTo(10, 2);
    // Scrubbing past the cut shows the last picture there is, never a black tile.
    for (const cue of cues) {
      const tile = await sharp(derivedFile(kinds.sprite.storageKey)).extract({ left: cue.x, top: cue.y, width: cue.w, height: cue.h }).stats();
      expect(Math.max(...tile.channels.map((c) => c.max)), `tile at ${cue.start} s`).toBeGreaterThan(40);
    }
    // The teasers show what is there: about the first five seconds, not a padded ten.
    for (const kind of ['teaser_sm', 'teaser_lg']) {
      const teaser = ffprobe(derivedFile(kinds[kind].storageKey));
      expect(teaser.duration, kind).toBeGreaterThan(3.5);
      expect(teaser.duration, kind).toBeLessThan(5.5);
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
    expect(await countVideoMedia()).toEqual({ total: VIDEOS.length + 1, done: VIDEOS.length, pending: 1, failed: 0, missing: 0 });
    const asset = await assetOf('videos/androidx/mp4_sample.mp4');
    await prisma().derived.deleteMany({ where: { assetId: asset.id, kind: 'teaser_lg' } });
    expect(await countVideoMedia()).toMatchObject({ done: VIDEOS.length - 1, missing: 1 });
    // The admin's progress view names each video not done: the one that lost a teaser (never
    // queued again yet) and the unreadable one waiting for its retry, with its error.
    const admin = (await signIn((await createUser({ role: 'admin' })).id)).cookie;
    const progress = await (await videoMediaRoute(request('/api/admin/video-media', { cookie: admin }), params({}))).json();
    expect(progress.counts).toMatchObject({ total: VIDEOS.length + 1, missing: 1, pending: 1 });
    const byName = Object.fromEntries(progress.videos.map((v: { fileName: string }) => [v.fileName, v]));
    expect(byName['mp4_sample.mp4']).toMatchObject({ state: 'missing', made: ['sprite', 'teaser_sm', 'vtt'] });
    expect(Object.values(byName).filter((v) => (v as { state: string }).state === 'queued')).toHaveLength(1);
    expect(progress.videos).toHaveLength(2);
    const queue = await queueVideoMediaRoute(request('/api/admin/video-media', { method: 'POST', cookie: admin }), params({}));
    expect(await queue.json()).toEqual({ queued: 1 });
    expect(await queueMissingVideoMedia()).toBe(0); // already queued
    expect(await countVideoMedia()).toMatchObject({ pending: 2, missing: 0 });
    // Run the queue until the re-queued video is done (a pass can end before a job it did not
    // see yet becomes runnable); the unreadable one keeps failing into its retries.
    const counts = await waitFor(async () => {
      await runTasks({ 'video:media': taskList['video:media'] });
      const c = await countVideoMedia();
      return c.done === VIDEOS.length && c;
    }, 'the re-queued video to have its media again', 60_000);
    expect(counts).toMatchObject({ done: VIDEOS.length, missing: 0 });
  });

  it('fails with a report, instead of skipping forever, a video whose duration is unknown', async () => {
    const owner = (await prisma().library.findUniqueOrThrow({ where: { id: libraryId } })).ownerId;
    const asset = await prisma().asset.create({
      data: { ownerId: owner, libraryId, type: 'video', relPath: 'no-duration.mp4', size: 1, mtime: new Date(), takenAtLocal: new Date(), ingestStatus: 'ready', width: 320, height: 240 },
    });
    await expect(makeVideoMedia(asset.id)).rejects.toThrow(/no known duration/);
  });
});
