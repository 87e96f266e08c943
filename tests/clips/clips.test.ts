// Clips of a real video (real ffmpeg, real Postgres): each format makes a file of its kind
// (magic bytes; ffprobe or libvips: length ≈ the range, the picture size asked), progress gets
// to 1, an animation over 10 MB is made again smaller, bad requests are 422 and the caps hold
// under 20 parallel requests, a clip is its maker's alone, delete removes the file, and a
// clip that fails leaves no file behind.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as listVideoRoute, POST as createRoute } from '@/app/api/assets/[id]/clips/route';
import { GET as fileRoute } from '@/app/api/clips/[id]/file/route';
import { DELETE as deleteRoute, GET as getRoute } from '@/app/api/clips/[id]/route';
import { GET as listMineRoute } from '@/app/api/clips/route';
import { makeClip } from '@/lib/clips/make-clip';
import type { ClipList, ClipView } from '@/lib/clips/clips.schemas';
import { MAX_ACTIVE_CLIPS, MAX_STORED_CLIPS } from '@/lib/clips/clips.schemas';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { derivedRoot } from '@/lib/storage/storage';
import { ANIMATED_MAX_BYTES } from '@/lib/videos/clip-plan';
import { taskList } from '@/worker/task-list';
import { corpusPath } from '../support/corpus';
import { createUser, params, request, signIn } from '../support/factories';
import { createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

// 45 s, 480×270 VP8 with Vorbis sound.
const VIDEO = 'Echo – here we are.webm';
const BROKEN = 'broken.mp4';

let root: string;
let libraryId: string;
let ownerId: string;
let cookie: string;
let videoId: string;

const runClipJobs = () => runTasks({ 'video:clip': taskList['video:clip'] });
const create = (body: unknown, asCookie = cookie, id = videoId) => createRoute(request(`/api/assets/${id}/clips`, { method: 'POST', cookie: asCookie, json: body }), params({ id }));
const getClip = async (id: string, asCookie = cookie) => getRoute(request(`/api/clips/${id}`, { cookie: asCookie }), params({ id }));
const download = (id: string, init: RequestInit & { cookie?: string } = {}) => fileRoute(request(`/api/clips/${id}/file`, { cookie, ...init }), params({ id }));
const remove = (id: string, asCookie = cookie) => deleteRoute(request(`/api/clips/${id}`, { method: 'DELETE', cookie: asCookie }), params({ id }));
const clipFiles = async (userId: string) => readdir(path.join(derivedRoot(), 'clips', userId)).catch(() => [] as string[]);

/** Asks for a clip, runs the job, answers the finished clip and its file's bytes. */
async function made(body: Record<string, unknown>): Promise<{ clip: ClipView; bytes: Buffer; res: Response }> {
  const res = await create(body);
  expect(res.status).toBe(202);
  const { clip } = (await res.json()) as { clip: ClipView };
  expect(clip).toMatchObject({ status: 'queued', progress: 0, fileUrl: null, start: body.start, end: body.end, format: body.format });
  await runClipJobs();
  const done = (await (await getClip(clip.id)).json()) as ClipView;
  expect(done).toMatchObject({ status: 'done', progress: 1, error: null, fileUrl: `/api/clips/${clip.id}/file` });
  const file = await download(clip.id);
  expect(file.status).toBe(200);
  const bytes = Buffer.from(await file.arrayBuffer());
  expect(bytes.length).toBe(done.bytes);
  return { clip: done, bytes, res: file };
}

async function probe(bytes: Buffer, ext: string) {
  const file = path.join(root, `probe-${Math.random().toString(36).slice(2)}.${ext}`);
  await writeFile(file, bytes);
  const out = execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-show_entries', 'format=duration:stream=codec_type,codec_name,width,height,nb_read_frames', '-of', 'json', file]);
  return JSON.parse(out.toString()) as { format: { duration: string }; streams: { codec_type: string; codec_name: string; width?: number; height?: number; nb_read_frames?: string }[] };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-clips-'));
  await copyFile(corpusPath('videos/echo-hereweare.webm'), path.join(root, VIDEO));
  const owner = await createUser();
  ownerId = owner.id;
  cookie = (await signIn(owner.id)).cookie;
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'] });
  videoId = (await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: VIDEO } })).id;
  expect((await prisma().asset.findUniqueOrThrow({ where: { id: videoId } })).durationMs).toBeGreaterThan(44_000);
}, 120_000);

describe('making clips', () => {
  it('makes a GIF of the range at the width asked, and downloads it with a readable name, Range and ETag', async () => {
    const { clip, bytes, res } = await made({ start: 5, end: 9, format: 'gif' });
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(clip).toMatchObject({ width: 320, height: 180, videoName: 'Echo – here we are' }); // GIF's default width
    const info = await probe(bytes, 'gif');
    expect(Number(info.format.duration)).toBeCloseTo(4, 0);
    expect(info.streams[0]).toMatchObject({ codec_name: 'gif', width: 320, height: 180 });
    expect(Number(info.streams[0].nb_read_frames)).toBe(60); // 4 s at 15 fps
    expect(res.headers.get('content-type')).toBe('image/gif');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Echo _ here we are-00-05-00-09.gif"; filename*=UTF-8''Echo%20%E2%80%93%20here%20we%20are-00-05-00-09.gif`,
    );
    const etag = res.headers.get('etag')!;
    const part = await download(clip.id, { headers: { range: 'bytes=0-5' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('GIF89a');
    expect((await download(clip.id, { headers: { 'if-none-match': etag } })).status).toBe(304);
  }, 60_000);

  it('makes an animated WebP', async () => {
    const { clip, bytes } = await made({ start: 20, end: 23, format: 'webp', width: 240 });
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(bytes.includes(Buffer.from('ANIM'))).toBe(true);
    expect(clip).toMatchObject({ width: 240, height: 136 });
    // ffmpeg 5.1 cannot decode animated WebP; libvips (sharp) can.
    const meta = await sharp(bytes, { animated: true }).metadata();
    expect([meta.width, meta.pageHeight, meta.pages]).toEqual([240, 136, 45]); // 3 s at 15 fps
    expect(meta.delay!.reduce((a, b) => a + b, 0) / 1000).toBeCloseTo(3, 1);
  }, 60_000);

  it('makes an MP4 with H.264 and AAC, the index up front, never wider than the video', async () => {
    const { clip, bytes } = await made({ start: 30.5, end: 36.5, format: 'mp4', width: 720 });
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat')); // +faststart
    expect(clip).toMatchObject({ width: 480, height: 270 });
    const info = await probe(bytes, 'mp4');
    expect(Number(info.format.duration)).toBeCloseTo(6, 0);
    expect(info.streams.map((s) => [s.codec_type, s.codec_name])).toEqual([
      ['video', 'h264'],
      ['audio', 'aac'],
    ]);
    expect(info.streams[0]).toMatchObject({ width: 480, height: 270 });
  }, 60_000);

  it('reports progress while it works, up to 1 when done', async () => {
    const res = await create({ start: 2, end: 42, format: 'mp4', width: 480 });
    const { clip } = (await res.json()) as { clip: ClipView };
    const seen: number[] = [];
    let finished = false;
    const job = makeClip(clip.id).finally(() => (finished = true));
    while (!finished) {
      seen.push((await prisma().videoClip.findUniqueOrThrow({ where: { id: clip.id } })).progress);
      await new Promise((r) => setTimeout(r, 50)); // sampling the row while ffmpeg runs, not waiting for it
    }
    expect(await job).toBe('made');
    const done = (await (await getClip(clip.id)).json()) as ClipView;
    expect(done.progress).toBe(1);
    expect(seen.some((p) => p > 0 && p < 1)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  }, 60_000);

  it('makes a GIF over 10 MB again with fewer frames, and keeps that one', async () => {
    // 30 s at 480 px: 12.6 MB at 15 fps, 9.3 MB at 10 fps.
    const { clip, bytes } = await made({ start: 10, end: 40, format: 'gif', width: 480 });
    expect(clip.bytes).toBeLessThanOrEqual(ANIMATED_MAX_BYTES);
    const info = await probe(bytes, 'gif');
    expect(info.streams[0]).toMatchObject({ width: 480, height: 270 });
    expect(Number(info.streams[0].nb_read_frames)).toBe(300); // 10 fps
    expect((await clipFiles(ownerId)).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('asking for clips', () => {
  it('answers 422 with a readable field message for ranges and options it cannot make', async () => {
    const cases: [unknown, string][] = [
      [{ start: 5, end: 5, format: 'gif' }, 'end'],
      [{ start: 5, end: 4, format: 'gif' }, 'end'],
      [{ start: 40, end: 46, format: 'mp4' }, 'end'], // the video is 45 s long
      [{ start: 0, end: 31, format: 'gif' }, 'end'], // GIF and WebP: at most 30 s
      [{ start: 0, end: 30.5, format: 'webp' }, 'end'],
      [{ start: 0, end: 0.1, format: 'mp4' }, 'end'],
      [{ start: -1, end: 2, format: 'gif' }, 'start'],
      [{ start: 0, end: 2, format: 'avi' }, 'format'],
      [{ start: 0, end: 2, format: 'gif', width: 500 }, 'width'],
      [{ start: 0, end: 2, format: 'gif', width: '320' }, 'width'],
      [{ start: 'NaN', end: 2, format: 'gif' }, 'start'],
      [{ start: 0, end: 1e300, format: 'gif' }, 'end'],
      [{ start: 0, end: 2, format: 'gif', extra: 'x'.repeat(100_000) }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe('validation_failed');
      if (field) expect(error.details.fieldErrors[field]?.[0], JSON.stringify(body)).toMatch(/\w/);
    }
    const tooLong = await (await create({ start: 0, end: 31, format: 'gif' })).json();
    expect(tooLong.error.details.fieldErrors.end[0]).toBe('A GIF clip can be at most 30 s long; this range is 31.0 s.');
    expect(await prisma().videoClip.count({ where: { userId: ownerId, createdAt: { gt: new Date(Date.now() - 60_000) }, status: 'queued' } })).toBe(0);
  });

  it(`lets ${MAX_ACTIVE_CLIPS} of 20 parallel requests through, then holds the ${MAX_STORED_CLIPS} kept clips`, async () => {
    const user = await createUser();
    const userCookie = (await signIn(user.id)).cookie;
    await prisma().libraryMember.create({ data: { libraryId, userId: user.id } });
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => create({ start: i, end: i + 1, format: 'gif' }, userCookie)));
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(MAX_ACTIVE_CLIPS).fill(202), ...Array(20 - MAX_ACTIVE_CLIPS).fill(409)]);
    const refused = await burst.find((r) => r.status === 409)!.json();
    expect(refused.error).toMatchObject({ code: 'limit_reached', details: { kind: 'activeClips', limit: MAX_ACTIVE_CLIPS } });
    expect(await prisma().videoClip.count({ where: { userId: user.id } })).toBe(MAX_ACTIVE_CLIPS);

    // Finished clips count towards what one may keep: one place left, twenty ask for it.
    await prisma().videoClip.updateMany({ where: { userId: user.id }, data: { status: 'failed' } });
    await prisma().videoClip.createMany({
      data: Array.from({ length: MAX_STORED_CLIPS - MAX_ACTIVE_CLIPS - 1 }, () => ({ userId: user.id, assetId: videoId, startSeconds: 0, endSeconds: 1, format: 'gif' as const, status: 'failed' as const })),
    });
    const last = await Promise.all(Array.from({ length: 20 }, () => create({ start: 0, end: 1, format: 'mp4' }, userCookie)));
    expect(last.filter((r) => r.status === 202)).toHaveLength(1);
    const full = await last.find((r) => r.status === 409)!.json();
    expect(full.error.details).toEqual({ kind: 'storedClips', limit: MAX_STORED_CLIPS });
    expect(await prisma().videoClip.count({ where: { userId: user.id } })).toBe(MAX_STORED_CLIPS);
  });
});

describe('the job', () => {
  it('is queued with the clip, keyed by it, flagged video and ahead of video:media', async () => {
    const user = await createUser();
    await prisma().libraryMember.create({ data: { libraryId, userId: user.id } });
    const { clip } = (await (await create({ start: 0, end: 1, format: 'gif' }, (await signIn(user.id)).cookie)).json()) as { clip: ClipView };
    const jobs = await prisma().$queryRaw<{ key: string; flags: Record<string, boolean>; priority: number }[]>`
      SELECT key, flags, priority FROM graphile_worker.jobs WHERE task_identifier = 'video:clip' AND key = ${`video:clip:${clip.id}`}`;
    expect(jobs).toEqual([{ key: `video:clip:${clip.id}`, flags: { video: true }, priority: 19 }]);
    await prisma().videoClip.delete({ where: { id: clip.id } });
    expect(await makeClip(clip.id)).toBe('skipped'); // deleted while queued: nothing made
    expect(await clipFiles(user.id)).toEqual([]);
  });

  it('removes the file it made when the clip was deleted meanwhile', async () => {
    const user = await createUser();
    const userCookie = (await signIn(user.id)).cookie;
    await prisma().libraryMember.create({ data: { libraryId, userId: user.id } });
    const { clip } = (await (await create({ start: 0, end: 20, format: 'mp4' }, userCookie)).json()) as { clip: ClipView };
    const job = makeClip(clip.id);
    await expect.poll(async () => (await prisma().videoClip.findUniqueOrThrow({ where: { id: clip.id } })).status, { interval: 20, timeout: 10_000 }).toBe('running');
    expect((await remove(clip.id, userCookie)).status).toBe(204);
    expect(await job).toBe('skipped');
    expect(await clipFiles(user.id)).toEqual([]);
  }, 60_000);
});

describe('whose clips', () => {
  it('gives another user 404 for my clip, exactly as for a missing one; a library member clips the shared video for themself', async () => {
    const mine = (await (await create({ start: 1, end: 2, format: 'gif' })).json()) as { clip: ClipView };
    await runClipJobs();
    const stranger = await createUser();
    const strangerCookie = (await signIn(stranger.id)).cookie;
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [call, what] of [
      [(id: string) => getClip(id, strangerCookie), 'GET'],
      [(id: string) => download(id, { cookie: strangerCookie }), 'file'],
      [(id: string) => remove(id, strangerCookie), 'DELETE'],
    ] as const) {
      const foreign = await call(mine.clip.id);
      const none = await call(missing);
      expect([foreign.status, none.status], what).toEqual([404, 404]);
      expect(await foreign.text()).toBe(await none.text());
    }
    expect((await create({ start: 1, end: 2, format: 'gif' }, strangerCookie)).status).toBe(404); // the video is not theirs
    expect((await (await getClip(mine.clip.id)).json()).status).toBe('done');

    const member = await createUser();
    const memberCookie = (await signIn(member.id)).cookie;
    await prisma().libraryMember.create({ data: { libraryId, userId: member.id } });
    const theirs = (await (await create({ start: 3, end: 4, format: 'gif' }, memberCookie)).json()) as { clip: ClipView };
    const listOf = async (c: string) => ((await (await listVideoRoute(request(`/api/assets/${videoId}/clips`, { cookie: c }), params({ id: videoId }))).json()) as ClipList).clips.map((x) => x.id);
    expect(await listOf(memberCookie)).toEqual([theirs.clip.id]);
    expect(await listOf(cookie)).not.toContain(theirs.clip.id);
    expect((await getClip(theirs.clip.id)).status).toBe(404); // the video's owner does not see it either
    const all = ((await (await listMineRoute(request('/api/clips', { cookie: memberCookie }), params({}))).json()) as ClipList).clips;
    expect(all.map((c) => [c.id, c.videoName])).toEqual([[theirs.clip.id, 'Echo – here we are']]);
  }, 60_000);

  it('lists mine newest first across videos', async () => {
    const user = await createUser();
    const userCookie = (await signIn(user.id)).cookie;
    await prisma().libraryMember.create({ data: { libraryId, userId: user.id } });
    const ids: string[] = [];
    for (const start of [1, 2, 3]) ids.push(((await (await create({ start, end: start + 1, format: 'mp4' }, userCookie)).json()) as { clip: ClipView }).clip.id);
    const all = ((await (await listMineRoute(request('/api/clips', { cookie: userCookie }), params({}))).json()) as ClipList).clips;
    expect(all.map((c) => c.id)).toEqual(ids.toReversed());
  });
});

describe('removing and failing', () => {
  it('deletes the row and the file', async () => {
    const { clip } = await made({ start: 0, end: 1, format: 'webp' });
    const key = (await prisma().videoClip.findUniqueOrThrow({ where: { id: clip.id } })).storageKey!;
    await stat(path.join(derivedRoot(), key));
    expect((await remove(clip.id)).status).toBe(204);
    await expect(stat(path.join(derivedRoot(), key))).rejects.toThrow();
    expect((await getClip(clip.id)).status).toBe(404);
    expect((await download(clip.id)).status).toBe(404);
    expect((await remove(clip.id)).status).toBe(404);
  }, 60_000);

  it('marks a clip of a damaged video failed with a reason, and leaves no file', async () => {
    const user = await createUser();
    const userCookie = (await signIn(user.id)).cookie;
    const good = await readFile(corpusPath('videos/androidx/mp4_sample.mp4'));
    const brokenRoot = await mkdtemp(path.join(os.tmpdir(), 'shoebox-clips-broken-'));
    await writeFile(path.join(brokenRoot, BROKEN), good.subarray(0, Math.floor(good.length / 3)));
    const lib = await createLibraryRow(user.id, brokenRoot);
    const broken = await prisma().asset.create({
      data: { ownerId: user.id, libraryId: lib.id, type: 'video', relPath: BROKEN, size: 1, mtime: new Date(), takenAtLocal: new Date(), ingestStatus: 'ready', mime: 'video/mp4', durationMs: 1000, width: 176, height: 144 },
    });
    const { clip } = (await (await create({ start: 0, end: 1, format: 'gif' }, userCookie, broken.id)).json()) as { clip: ClipView };
    await runClipJobs();
    const failed = (await (await getClip(clip.id, userCookie)).json()) as ClipView;
    expect(failed).toMatchObject({ status: 'failed', fileUrl: null, bytes: null });
    expect(failed.error).toBe('This clip could not be made: the video ends early — the file is probably cut short (an unfinished copy or upload).');
    expect(await clipFiles(user.id)).toEqual([]);
    expect((await download(clip.id, { cookie: userCookie })).status).toBe(404);
    // The admin's report keeps ffmpeg's own words.
    expect(await prisma().jobFailure.count({ where: { task: 'video:clip' } })).toBe(1);
  }, 60_000);
});
