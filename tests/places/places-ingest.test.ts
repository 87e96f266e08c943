// Real photos with GPS from the corpus, scanned and ingested: each gets the city it was taken
// in (read with exifr beforehand: Arezzo, Madrid, Helsinki); a photo without GPS gets none. A
// place set by hand survives a re-ingest of the file; reverting brings the file's place back.
// The backfill fills places for photos ingested before places existed, once.
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestAsset } from '@/lib/assets/ingest-asset';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { backfillPlaces, queuePlacesBackfillIfNeeded } from '@/lib/places/backfill-places';
import { setAssetsLocation } from '@/lib/places/set-assets-location';
import { prisma } from '@/lib/server/db';
import { createUser } from '../support/factories';
import { corpusDir, createLibraryRow } from '../support/library-folder';
import { runQueuedJobs } from '../support/run-jobs';

const FILES: Record<string, string> = {
  'italy/DSCN0029.jpg': 'photos/exif-samples/jpg/gps/DSCN0029.jpg',
  'italy/DSCN0010.jpg': 'photos/exif-samples/jpg/gps/DSCN0010.jpg',
  'spain/iphone.jpg': 'photos/exif-samples/jpg/hdr/iphone_hdr_YES.jpg',
  'finland/nokia.jpg': 'photos/exif-samples/jpg/mobile/HMD_Nokia_8.3_5G.jpg',
  'nowhere/canon.jpg': 'photos/exif-samples/jpg/Canon_40D.jpg',
};

let libraryId: string;
let owner: { id: string; role: 'user' };
const idOf = async (relPath: string) => (await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath } })).id;
const placeOf = async (relPath: string) => prisma().assetPlace.findUnique({ where: { assetId: await idOf(relPath) } });

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shoebox-places-'));
  for (const [to, from] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(root, to)), { recursive: true });
    await cp(path.join(corpusDir, from), path.join(root, to));
  }
  const user = await createUser();
  owner = { id: user.id, role: 'user' };
  libraryId = (await createLibraryRow(user.id, root)).id;
  await scanLibrary(libraryId);
  await runQueuedJobs();
}, 240_000);

describe('places at ingest', () => {
  it('gives each photo with GPS the city it was taken in, looked up at once', async () => {
    expect(await placeOf('italy/DSCN0029.jpg')).toMatchObject({ city: 'Arezzo', countryCode: 'IT', country: 'Italy', source: 'exif' });
    expect(await placeOf('italy/DSCN0010.jpg')).toMatchObject({ city: 'Arezzo', countryCode: 'IT' });
    expect(await placeOf('spain/iphone.jpg')).toMatchObject({ city: 'Madrid', countryCode: 'ES', country: 'Spain' });
    const helsinki = await placeOf('finland/nokia.jpg');
    expect(helsinki).toMatchObject({ city: 'Helsinki', countryCode: 'FI' });
    expect(helsinki?.geocodedAt).not.toBeNull();
    expect(helsinki?.latitude).toBeCloseTo(60.14671, 4);
  });

  it('gives a photo without GPS no place', async () => {
    expect(await placeOf('nowhere/canon.jpg')).toBeNull();
  });

  it('keeps a place set by hand when the file is ingested again, and reverts to the file’s place', async () => {
    const id = await idOf('spain/iphone.jpg');
    await setAssetsLocation(owner, [id], { latitude: 48.8584, longitude: 2.2945 });
    expect(await placeOf('spain/iphone.jpg')).toMatchObject({ city: 'Paris', source: 'manual' });
    expect(await ingestAsset(id)).toBe('ready');
    expect(await placeOf('spain/iphone.jpg')).toMatchObject({ city: 'Paris', source: 'manual', latitude: 48.8584 });
    await setAssetsLocation(owner, [id], null);
    expect(await placeOf('spain/iphone.jpg')).toMatchObject({ city: 'Madrid', source: 'exif' });
  });

  it('removes the row when a photo whose file has no GPS is reverted', async () => {
    const id = await idOf('nowhere/canon.jpg');
    await setAssetsLocation(owner, [id], { latitude: 35.6586, longitude: 139.7454 });
    expect(await placeOf('nowhere/canon.jpg')).toMatchObject({ city: 'Tokyo', source: 'manual' });
    await setAssetsLocation(owner, [id], null);
    expect(await placeOf('nowhere/canon.jpg')).toBeNull();
  });
});

describe('places:backfill', () => {
  it('fills places for photos ingested before places existed and looks up pending rows, once', async () => {
    const italy = [await idOf('italy/DSCN0029.jpg'), await idOf('italy/DSCN0010.jpg')];
    const helsinki = await idOf('finland/nokia.jpg');
    await prisma().assetPlace.deleteMany({ where: { assetId: { in: italy } } });
    await prisma().assetPlace.update({ where: { assetId: helsinki }, data: { city: null, country: null, countryCode: null, geocodedAt: null } });
    expect(await queuePlacesBackfillIfNeeded()).toBe(true);
    const job = await prisma().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'places:backfill'`;
    expect(job[0].n).toBe(1);
    await runQueuedJobs();
    for (const id of italy) expect(await prisma().assetPlace.findUnique({ where: { assetId: id } })).toMatchObject({ city: 'Arezzo', source: 'exif' });
    expect(await prisma().assetPlace.findUnique({ where: { assetId: helsinki } })).toMatchObject({ city: 'Helsinki' });
    // Nothing left: the worker's start check queues nothing, and a second run changes nothing.
    expect(await queuePlacesBackfillIfNeeded()).toBe(false);
    expect(await backfillPlaces()).toEqual({ inserted: 0, geocoded: 0 });
  });

  it('never turns a place set by hand back into the file’s', async () => {
    const id = await idOf('italy/DSCN0029.jpg');
    await setAssetsLocation(owner, [id], { latitude: -33.8568, longitude: 151.2153 });
    await backfillPlaces();
    expect(await placeOf('italy/DSCN0029.jpg')).toMatchObject({ city: 'Sydney', source: 'manual' });
  });
});
