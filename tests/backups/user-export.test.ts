// A user's metadata exported, wiped, imported: the same favourites, ratings, likes, markers,
// comments, finish points, tags and performers on the same files. Importing twice changes
// nothing; a file whose checksum differs is reported and not applied; a bad file writes nothing.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { exportUserData } from '@/lib/user-export/export-user-data';
import { importUserData } from '@/lib/user-export/import-user-data';
import type { UserExport } from '@/lib/user-export/user-export.schemas';
import { createAsset, libraryOwner } from '../support/asset-factory';
import { createUser } from '../support/factories';

let user: Awaited<ReturnType<typeof createUser>>;
let photoId: string;
let videoId: string;
let otherUsersVideoId: string;

const checksum = () => randomBytes(20);

beforeAll(async () => {
  user = await createUser();
  const lib = await libraryOwner(user.id);
  photoId = await createAsset(lib, { local: '2026-05-01 10:00:00', relPath: 'holiday/beach.jpg' });
  videoId = await createAsset(lib, { local: '2026-05-02 10:00:00', relPath: 'holiday/jump.mp4', type: 'video', durationMs: 10_000 });
  for (const id of [photoId, videoId]) await prisma().asset.update({ where: { id }, data: { checksum: checksum() } });

  const other = await createUser();
  const otherLib = await libraryOwner(other.id);
  otherUsersVideoId = await createAsset(otherLib, { local: '2026-05-03 10:00:00', relPath: 'holiday/jump.mp4', type: 'video' });

  await prisma().assetUserState.create({ data: { userId: user.id, assetId: photoId, favouriteAt: new Date('2026-06-01T08:00:00Z'), rating: 9, ratedAt: new Date('2026-06-01T08:01:00Z') } });
  await prisma().assetUserState.create({ data: { userId: user.id, assetId: videoId, likedAt: new Date('2026-06-02T08:00:00Z'), resumeAt: 4.5, playCount: 3, viewSeconds: 27.5 } });
  await prisma().marker.create({ data: { assetId: videoId, userId: user.id, seconds: 1.5, endSeconds: 3, title: 'The jump', createdAt: new Date('2026-06-02T08:05:00Z') } });
  await prisma().comment.create({ data: { assetId: videoId, userId: user.id, body: 'Ünïcode "quoted"', createdAt: new Date('2026-06-02T08:06:00Z') } });
  await prisma().finishPoint.create({ data: { assetId: videoId, userId: user.id, seconds: 9, createdAt: new Date('2026-06-02T08:07:00Z') } });
  const summer = await prisma().tag.create({ data: { ownerId: user.id, name: 'Summer' } });
  const beach = await prisma().tag.create({ data: { ownerId: user.id, name: 'Beach', aliases: ['seaside'] } });
  await prisma().tagParent.create({ data: { tagId: beach.id, parentId: summer.id } });
  await prisma().assetTag.create({ data: { assetId: videoId, tagId: beach.id } });
  const ada = await prisma().person.create({ data: { ownerId: user.id, name: 'Ada', description: 'cousin' } });
  await prisma().assetPerson.create({ data: { assetId: videoId, personId: ada.id, role: 'diver' } });
  await prisma().savedSearch.create({ data: { userId: user.id, name: 'Beach days', query: 'beach' } });
});

async function wipeUserMetadata(userId: string): Promise<void> {
  await prisma().assetUserState.deleteMany({ where: { userId } });
  await prisma().marker.deleteMany({ where: { userId } });
  await prisma().comment.deleteMany({ where: { userId } });
  await prisma().finishPoint.deleteMany({ where: { userId } });
  await prisma().tag.deleteMany({ where: { ownerId: userId } });
  await prisma().person.deleteMany({ where: { ownerId: userId } });
  await prisma().savedSearch.deleteMany({ where: { userId } });
}

const withoutDate = ({ exportedAt: _, ...rest }: UserExport) => rest;

describe('export and import of a user’s metadata', () => {
  let exported: UserExport;

  it('exports every kind of metadata, by path and checksum', async () => {
    exported = await exportUserData(user.email);
    expect(exported.format).toBe('shoebox-user-export');
    expect(exported.version).toBe(1);
    const video = exported.assets.find((a) => a.relPath === 'holiday/jump.mp4')!;
    expect(video.checksum).toMatch(/^[0-9a-f]{40}$/);
    expect(video.state).toMatchObject({ likedAt: '2026-06-02T08:00:00.000Z', resumeAt: 4.5, playCount: 3 });
    expect(video.markers).toEqual([{ seconds: 1.5, endSeconds: 3, title: 'The jump', createdAt: '2026-06-02T08:05:00.000Z' }]);
    expect(video.tags).toEqual(['Beach']);
    expect(video.people).toEqual([{ name: 'Ada', role: 'diver' }]);
    expect(exported.assets.find((a) => a.relPath === 'holiday/beach.jpg')!.state).toMatchObject({ rating: 4.5, favouriteAt: '2026-06-01T08:00:00.000Z' });
    expect(exported.tags.find((t) => t.name === 'Beach')).toEqual({ name: 'Beach', aliases: ['seaside'], description: null, parents: ['Summer'] });
  });

  it('imports onto the same files after a wipe: the user sees the same metadata again', async () => {
    await wipeUserMetadata(user.id);
    expect((await exportUserData(user.id)).assets).toEqual([]);

    const report = await importUserData(user.email, JSON.parse(JSON.stringify(exported)));
    expect(report).toEqual({ matched: 2, unmatched: [] });
    expect(withoutDate(await exportUserData(user.id))).toEqual(withoutDate(exported));
    // Only the user's own assets: the other user's file at the same path got nothing.
    expect(await prisma().assetUserState.count({ where: { assetId: otherUsersVideoId } })).toBe(0);
  });

  it('importing the same file again changes nothing', async () => {
    const counts = async () => Promise.all([
      prisma().marker.count({ where: { userId: user.id } }),
      prisma().comment.count({ where: { userId: user.id } }),
      prisma().finishPoint.count({ where: { userId: user.id } }),
      prisma().tag.count({ where: { ownerId: user.id } }),
      prisma().assetTag.count({ where: { assetId: videoId } }),
    ]);
    const before = await counts();
    expect(await importUserData(user.id, exported)).toEqual({ matched: 2, unmatched: [] });
    expect(await counts()).toEqual(before);
    expect(withoutDate(await exportUserData(user.id))).toEqual(withoutDate(exported));
  });

  it('does not apply an entry whose file changed (another checksum), and reports it', async () => {
    await wipeUserMetadata(user.id);
    const changed = structuredClone(exported);
    changed.assets.find((a) => a.relPath === 'holiday/jump.mp4')!.checksum = 'f'.repeat(40);
    changed.assets.push({ ...changed.assets[0], relPath: 'gone/missing.jpg' });

    const report = await importUserData(user.id, changed);
    expect(report.matched).toBe(1);
    expect(report.unmatched).toEqual([
      { library: exported.assets[0].library, relPath: 'holiday/jump.mp4', reason: 'checksum differs' },
      { library: exported.assets[0].library, relPath: 'gone/missing.jpg', reason: 'not found' },
    ]);
    expect(await prisma().marker.count({ where: { assetId: videoId } })).toBe(0);
    expect(await prisma().assetUserState.findUnique({ where: { userId_assetId: { userId: user.id, assetId: photoId } } })).toMatchObject({ rating: 9 });
  });

  it('refuses a file that is not an export, naming what is wrong, and writes nothing', async () => {
    await wipeUserMetadata(user.id);
    const bad = { ...structuredClone(exported), version: 99 };
    await expect(importUserData(user.id, bad)).rejects.toThrow(/Not a Shoebox user export .*\n\s+version/);
    const badRating = structuredClone(exported);
    badRating.assets[0].state!.rating = 7;
    await expect(importUserData(user.id, badRating)).rejects.toThrow(/assets\.0\.state\.rating/);
    expect(await prisma().tag.count({ where: { ownerId: user.id } })).toBe(0);
    expect(await prisma().assetUserState.count({ where: { userId: user.id } })).toBe(0);
  });

  it('says which user it does not know', async () => {
    await expect(exportUserData('nobody@example.test')).rejects.toThrow('No user "nobody@example.test".');
  });
});
