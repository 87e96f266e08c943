// Near-duplicates by video perceptual hash (real ffmpeg, real Postgres): the corpus clip, a
// re-encode of it at another resolution and codec, an exact copy (same bytes, other folder) and
// a different video. The hash of the re-encode is near, the different video's far, the hash is
// the same on every run; GET /api/videos/duplicates lists the pair within the chosen distance
// (never the exact copy, already one catalogue entry), "not duplicates" hides it for that user
// only, "keep this one" moves the other to the trash (owner only), a stranger sees nothing.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as duplicatesRoute } from '@/app/api/videos/duplicates/route';
import { POST as keepRoute } from '@/app/api/videos/duplicates/keep/route';
import { POST as notDuplicatesRoute } from '@/app/api/videos/duplicates/not-duplicates/route';
import { computeVideoPhash } from '@/lib/duplicates/compute-video-phash';
import { queueMissingVideoPhashes } from '@/lib/duplicates/queue-missing-video-phashes';
import type { DuplicatePairs } from '@/lib/duplicates/duplicates.schemas';
import { hammingDistance, phashHex } from '@/lib/duplicates/perception-hash';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

let root: string;
let libraryId: string;
const id: Record<string, string> = {};
const hash: Record<string, bigint> = {};
let first: string;
let owner: { id: string; cookie: string };
let member: { id: string; cookie: string };
let stranger: { id: string; cookie: string };

const FILES = {
  original: 'videos/echo-hereweare.webm',
  reencode: 'reencoded/echo-320.mp4', // H.264 at 320 px wide, CRF 30, AAC
  copy: 'backup/echo-hereweare.webm', // the same bytes in another folder
  other: 'other/testsrc.mp4', // a different video
};

async function user() {
  const u = await createUser();
  return { id: u.id, cookie: (await signIn(u.id)).cookie };
}

const list = async (cookie: string, query = ''): Promise<DuplicatePairs> => {
  const res = await duplicatesRoute(request(`/api/videos/duplicates${query}`, { cookie }), params({}));
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
};
const pairIds = (page: DuplicatePairs) => page.pairs.map((p) => p.videos.map((v) => v.id).sort());
const post = (route: typeof keepRoute, url: string, cookie: string, json: unknown) => route(request(url, { method: 'POST', cookie, json }), params({}));

beforeAll(async () => {
  root = await copyCorpus(FILES.original);
  const at = (rel: string) => path.join(root, rel);
  for (const dir of ['reencoded', 'backup', 'other']) await mkdir(at(dir), { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-i', at(FILES.original), '-vf', 'scale=320:-2', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '30', '-c:a', 'aac', at(FILES.reencode)]);
  await copyFile(at(FILES.original), at(FILES.copy));
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25:duration=20', '-c:v', 'libx264', '-preset', 'veryfast', at(FILES.other)]);
  [owner, member, stranger] = [await user(), await user(), await user()];
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await prisma().libraryMember.create({ data: { libraryId, userId: member.id } });
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'], 'video:phash': taskList['video:phash'] });
  for (const [name, rel] of Object.entries(FILES)) {
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: rel }, include: { videoMeta: true } });
    id[name] = asset.id;
    hash[name] = asset.videoMeta!.phash!;
  }
  // The scan adds the two copies in its own order: the first copy is the one the others point at.
  first = (await prisma().asset.findUniqueOrThrow({ where: { id: id.original } })).copyOf ?? id.original;
}, 300_000);

describe('video:phash', () => {
  it('is near for a re-encode at another size and codec, far for a different video, equal for the same bytes', () => {
    expect(hammingDistance(hash.original, hash.reencode)).toBeLessThanOrEqual(8);
    expect(hammingDistance(hash.original, hash.other)).toBeGreaterThanOrEqual(20);
    expect(hash.copy).toBe(hash.original);
    expect(phashHex(hash.original)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the same hash on every run and leaves the same pairs', async () => {
    const before = await prisma().videoDuplicatePair.findMany({ orderBy: [{ assetA: 'asc' }, { assetB: 'asc' }] });
    expect(await computeVideoPhash(id.reencode)).toBe('made');
    const meta = await prisma().videoMeta.findUniqueOrThrow({ where: { assetId: id.reencode } });
    expect(meta.phash).toBe(hash.reencode);
    expect(await prisma().videoDuplicatePair.findMany({ orderBy: [{ assetA: 'asc' }, { assetB: 'asc' }] })).toEqual(before);
  });

  it('is queued for videos without a hash by the backfill, once per video, and the job puts it back', async () => {
    await prisma().videoMeta.update({ where: { assetId: id.other }, data: { phash: null } });
    expect(await queueMissingVideoPhashes()).toBe(1);
    expect(await queueMissingVideoPhashes()).toBe(1); // folded into the same queued run
    const jobs = await prisma().$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'video:phash'`;
    expect(jobs.map((j) => j.key)).toEqual([`video:phash:${id.other}`]);
    await runTasks({ 'video:phash': taskList['video:phash'] });
    expect((await prisma().videoMeta.findUniqueOrThrow({ where: { assetId: id.other } })).phash).toBe(hash.other);
  });
});

describe('GET /api/videos/duplicates', () => {
  it('lists the re-encode against the first copy within the distance, never the exact copy or the different video', async () => {
    const d = hammingDistance(hash.original, hash.reencode);
    const page = await list(owner.cookie, '?distance=10');
    expect(page.distance).toBe(10);
    expect(pairIds(page)).toEqual([[first, id.reencode].sort()]);
    const [pair] = page.pairs;
    expect(pair.distance).toBe(d);
    const original = pair.videos.find((v) => v.id === first)!;
    expect(original).toMatchObject({ relPath: first === id.original ? FILES.original : FILES.copy, size: (await stat(path.join(root, FILES.original))).size, phash: phashHex(hash.original), mine: true });
    expect(original.width).toBeGreaterThan(pair.videos.find((v) => v.id === id.reencode)!.width!);
    // Below the pair's distance it is not listed; 0 is "exact" (same hash, other bytes).
    const levels = [0, 4, 8, 10].filter((level) => level < d);
    for (const level of levels) expect(pairIds(await list(owner.cookie, `?distance=${level}`))).toEqual([]);
    expect(pairIds(await list(owner.cookie))).toEqual(d <= 4 ? [[first, id.reencode].sort()] : []); // default: high (4)
  });

  it('shows a library member the pair, without a keep button, and a stranger nothing', async () => {
    const page = await list(member.cookie, '?distance=10');
    expect(pairIds(page)).toEqual([[first, id.reencode].sort()]);
    expect(page.pairs[0].videos.map((v) => v.mine)).toEqual([false, false]);
    expect((await list(stranger.cookie, '?distance=10')).pairs).toEqual([]);
    const keep = await post(keepRoute, '/api/videos/duplicates/keep', member.cookie, { keepId: id.original, trashIds: [id.reencode] });
    expect(keep.status).toBe(404);
    expect((await prisma().asset.findUniqueOrThrow({ where: { id: id.reencode } })).status).toBe('online');
  });

  it('refuses what a user can type wrong with 422', async () => {
    for (const q of ['?distance=3', '?distance=abc', '?distance=-1', '?distance=1e9', '?other=1']) {
      expect((await duplicatesRoute(request(`/api/videos/duplicates${q}`, { cookie: owner.cookie }), params({}))).status).toBe(422);
    }
    const bad = [
      [keepRoute, '/api/videos/duplicates/keep', { keepId: id.original, trashIds: [id.original] }],
      [keepRoute, '/api/videos/duplicates/keep', { keepId: 'x', trashIds: [] }],
      [keepRoute, '/api/videos/duplicates/keep', { keepId: id.original, trashIds: Array(10_000).fill(id.reencode) }],
      [notDuplicatesRoute, '/api/videos/duplicates/not-duplicates', { ids: [id.original] }],
      [notDuplicatesRoute, '/api/videos/duplicates/not-duplicates', { ids: [id.original, id.original] }],
    ] as const;
    for (const [route, url, body] of bad) expect((await post(route, url, owner.cookie, body)).status).toBe(422);
  });

  it('"not duplicates" hides the pair for that user only; a stranger cannot mark it', async () => {
    const ids = [first, id.reencode];
    expect((await post(notDuplicatesRoute, '/api/videos/duplicates/not-duplicates', stranger.cookie, { ids })).status).toBe(404);
    expect((await post(notDuplicatesRoute, '/api/videos/duplicates/not-duplicates', member.cookie, { ids })).status).toBe(204);
    expect((await post(notDuplicatesRoute, '/api/videos/duplicates/not-duplicates', member.cookie, { ids: [...ids].reverse() })).status).toBe(204);
    expect((await list(member.cookie, '?distance=10')).pairs).toEqual([]);
    expect(pairIds(await list(owner.cookie, '?distance=10'))).toEqual([[first, id.reencode].sort()]);
  });

  it('"keep this one" moves the other to the trash (the file stays) and the pair is gone', async () => {
    const res = await post(keepRoute, '/api/videos/duplicates/keep', owner.cookie, { keepId: first, trashIds: [id.reencode] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ trashed: 1 });
    expect((await prisma().asset.findUniqueOrThrow({ where: { id: id.reencode } })).status).toBe('trashed');
    expect((await stat(path.join(root, FILES.reencode))).size).toBeGreaterThan(0);
    expect((await list(owner.cookie, '?distance=10')).pairs).toEqual([]);
  });
});
