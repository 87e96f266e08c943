// Photo near-duplicates through the real pipeline (real sharp, real Postgres): a corpus photo
// and copies of it — resized to half, re-encoded as JPEG q50 and as WebP, cropped 3 % per side,
// and the same bytes in another folder — plus a different corpus photo with an exact copy of
// its own. Scan, ingest and ml:analyze (the `phash` part) run as the worker runs them. The
// owner's duplicates page groups the first photo with all its copies and not with the other
// photo, which forms an exact group of its own; "not duplicates" hides a group for good; "keep
// this one" trashes the others and leaves every file untouched; 20 parallel keeps of one group
// leave exactly one photo; a library member and a stranger see no groups and get 404.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as groupsRoute } from '@/app/api/duplicates/route';
import { POST as keepRoute } from '@/app/api/duplicates/keep/route';
import { POST as notDuplicatesRoute } from '@/app/api/duplicates/not-duplicates/route';
import { hammingDistance } from '@/lib/duplicates/perception-hash';
import { PHOTO_DUPLICATE_DISTANCE } from '@/lib/duplicates/photo-duplicate-threshold';
import { regroupPhotoDuplicates } from '@/lib/duplicates/regroup-photo-duplicates';
import type { PhotoDuplicateGroups } from '@/lib/duplicates/photo-duplicates.schemas';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser, params, request, signIn } from '../support/factories';
import { copyCorpus, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

const ORIGINAL = 'immich-test-assets/nature/prairie_falcon.jpg';
const OTHER = 'immich-test-assets/nature/silver_fir.jpg';
const FILES = {
  original: ORIGINAL,
  half: 'copies/falcon-half.jpg',
  q50: 'copies/falcon-q50.jpg',
  webp: 'copies/falcon.webp',
  crop: 'copies/falcon-crop3.jpg',
  copy: 'backup/prairie_falcon.jpg',
  other: OTHER,
  otherCopy: 'backup/silver_fir.jpg',
};
const FALCONS = ['original', 'half', 'q50', 'webp', 'crop', 'copy'] as const;

let root: string;
const id: Record<string, string> = {};
const hash: Record<string, bigint> = {};
let owner: { id: string; cookie: string };
let member: { id: string; cookie: string };
let stranger: { id: string; cookie: string };

async function user() {
  const u = await createUser();
  return { id: u.id, cookie: (await signIn(u.id)).cookie };
}

const list = async (cookie: string): Promise<PhotoDuplicateGroups> => {
  const res = await groupsRoute(request('/api/duplicates', { cookie }), params({}));
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
};
const groupIds = (page: PhotoDuplicateGroups) => page.groups.map((g) => g.photos.map((p) => p.id).sort());
const post = (route: typeof keepRoute, url: string, cookie: string, json: unknown) => route(request(url, { method: 'POST', cookie, json }), params({}));

/** Every file of the library folder with its SHA-256: what "originals are never touched" means. */
async function fingerprint(): Promise<Record<string, string>> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const out: Record<string, string> = {};
  for (const f of files) {
    const full = path.join(f.parentPath, f.name);
    out[path.relative(root, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
  }
  return out;
}

beforeAll(async () => {
  root = await copyCorpus(ORIGINAL, OTHER);
  const at = (rel: string) => path.join(root, rel);
  for (const dir of ['copies', 'backup']) await mkdir(at(dir), { recursive: true });
  const upright = sharp(at(ORIGINAL)).rotate();
  const { width, height } = await upright.clone().metadata();
  await upright.clone().resize(Math.round(width! / 2)).jpeg({ quality: 90 }).toFile(at(FILES.half));
  await upright.clone().jpeg({ quality: 50 }).toFile(at(FILES.q50));
  await upright.clone().webp({ quality: 75 }).toFile(at(FILES.webp));
  const [dx, dy] = [Math.round(width! * 0.03), Math.round(height! * 0.03)];
  await upright.clone().extract({ left: dx, top: dy, width: width! - 2 * dx, height: height! - 2 * dy }).jpeg({ quality: 90 }).toFile(at(FILES.crop));
  await copyFile(at(ORIGINAL), at(FILES.copy));
  await copyFile(at(OTHER), at(FILES.otherCopy));
  [owner, member, stranger] = [await user(), await user(), await user()];
  const libraryId = (await createLibraryRow(owner.id, root)).id;
  await prisma().libraryMember.create({ data: { libraryId, userId: member.id } });
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'], 'ml:analyze': taskList['ml:analyze'] });
  for (const [name, rel] of Object.entries(FILES)) {
    const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: rel }, include: { analysis: true } });
    id[name] = asset.id;
    hash[name] = asset.analysis!.phash!;
  }
}, 300_000);

describe('the phash analysis part', () => {
  it('puts resized, re-encoded and slightly cropped copies within the threshold, a different photo far beyond it', () => {
    for (const name of FALCONS) expect(hammingDistance(hash.original, hash[name]), name).toBeLessThanOrEqual(PHOTO_DUPLICATE_DISTANCE);
    expect(hammingDistance(hash.original, hash.other)).toBeGreaterThan(2 * PHOTO_DUPLICATE_DISTANCE);
    expect(hash.copy).toBe(hash.original);
  });
});

describe('GET /api/duplicates', () => {
  it('groups the photo with all its copies, and the other photo only with its exact copy', async () => {
    const page = await list(owner.cookie);
    expect(groupIds(page)).toEqual(
      expect.arrayContaining([FALCONS.map((n) => id[n]).sort(), [id.other, id.otherCopy].sort()]),
    );
    expect(page.groups).toHaveLength(2);
    const exact = page.groups.find((g) => g.photos.some((p) => p.id === id.other))!;
    expect(exact.kind).toBe('exact');
    const falcons = page.groups.find((g) => g.photos.some((p) => p.id === id.original))!;
    expect(falcons.kind).toBe('similar');
    // The suggestion is a full-size one (the half-size copy never wins on resolution).
    expect(falcons.suggestedId).not.toBe(id.half);
    expect(falcons.photos.every((p) => p.size > 0 && p.width && p.thumbnailUrl)).toBe(true);
  });

  it('duplicates:group-photos rebuilds the same pairs from the hashes alone', async () => {
    const pairsOf = () => prisma().photoDuplicatePair.findMany({ orderBy: [{ assetA: 'asc' }, { assetB: 'asc' }], where: { a: { ownerId: owner.id } } });
    const before = await pairsOf();
    expect(before.length).toBeGreaterThanOrEqual(FALCONS.length - 1);
    await prisma().photoDuplicatePair.deleteMany({ where: { a: { ownerId: owner.id } } });
    // Only the exact copies are left, grouped by checksum.
    expect((await list(owner.cookie)).groups.map((g) => g.photos.length)).toEqual([2, 2]);
    await regroupPhotoDuplicates(owner.id);
    expect(await pairsOf()).toEqual(before);
    expect((await list(owner.cookie)).groups.map((g) => g.photos.length).sort()).toEqual([2, FALCONS.length]);
  });

  it('shows a library member and a stranger no groups of the owner\'s photos', async () => {
    expect((await list(member.cookie)).groups).toEqual([]);
    expect((await list(stranger.cookie)).groups).toEqual([]);
  });
});

describe('not duplicates', () => {
  it('is 404 for another user\'s photos, and hides the group for good for the owner', async () => {
    const ids = [id.other, id.otherCopy];
    expect((await post(notDuplicatesRoute, '/api/duplicates/not-duplicates', stranger.cookie, { ids })).status).toBe(404);
    expect((await post(notDuplicatesRoute, '/api/duplicates/not-duplicates', member.cookie, { ids })).status).toBe(404);
    expect((await list(owner.cookie)).groups).toHaveLength(2);
    expect((await post(notDuplicatesRoute, '/api/duplicates/not-duplicates', owner.cookie, { ids })).status).toBe(204);
    expect(groupIds(await list(owner.cookie))).toEqual([FALCONS.map((n) => id[n]).sort()]);
  });
});

describe('keep this one', () => {
  it('is 404 for a stranger or a library member, and nothing moves', async () => {
    const ids = FALCONS.map((n) => id[n]);
    for (const who of [stranger, member]) {
      const res = await post(keepRoute, '/api/duplicates/keep', who.cookie, { keepId: id.original, ids });
      expect(res.status).toBe(404);
    }
    expect(await prisma().asset.count({ where: { id: { in: ids }, status: 'trashed' } })).toBe(0);
  });

  it('answers 422 for a keepId outside the group', async () => {
    const res = await post(keepRoute, '/api/duplicates/keep', owner.cookie, { keepId: id.other, ids: [id.original, id.half] });
    expect(res.status).toBe(422);
  });

  it('of 20 parallel keeps naming different photos, exactly one photo stays; the files are untouched', async () => {
    const before = await fingerprint();
    const ids = FALCONS.map((n) => id[n]);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(keepRoute, '/api/duplicates/keep', owner.cookie, { keepId: ids[i % ids.length], ids })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(200);
    const online = await prisma().asset.findMany({ where: { id: { in: ids }, status: 'online' }, select: { id: true } });
    expect(online).toHaveLength(1);
    expect(await prisma().asset.count({ where: { id: { in: ids }, status: 'trashed' } })).toBe(ids.length - 1);
    expect(await fingerprint()).toEqual(before);
    // The group is resolved: nothing left to decide.
    expect((await list(owner.cookie)).groups).toEqual([]);
  });
});
