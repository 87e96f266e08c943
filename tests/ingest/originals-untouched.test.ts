// Originals are never written: the shared corpus, used IN PLACE as a library (not a copy),
// is hashed (sha256, size, mtime of every file) before and after a scan, the ingest of every
// photo and video, the videos' preview media (sprites, teasers) and a rescan, all through the
// real jobs. As root (CI) file permissions would not stop a write: only the code does.
// Subset, for time (the whole corpus took 8 minutes on a busy 2-core machine): every photo
// format of the corpus — JPEGs with all EXIF orientations, a few camera JPEGs and broken ones,
// HEIC/HEIF, TIFF, AVIF, JPEG XL, WebP, PNG, a motion photo (the 8-bit AVIF and JXL: their HDR
// siblings decode the same way and take half a minute each) — and three videos (MKV with
// chapters, MP4, iPhone HEVC MOV with rotation). The corpus has no camera RAW file. The ML
// analysis is left out (a --no-ml worker, as in the other ingest tests). The hash before and
// after covers the WHOLE corpus, so a write anywhere in it fails the test.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { corpusDir } from '../support/corpus';
import { createUser } from '../support/factories';
import { runQueuedJobs } from '../support/run-jobs';

const INCLUDE = [
  'photos/orientation/**',
  'photos/exif-samples/jpg/Canon_40D.jpg',
  'photos/exif-samples/jpg/Nikon_D70.jpg',
  'photos/exif-samples/jpg/corrupted.jpg',
  'photos/exif-samples/jpg/invalid/**',
  'photos/exif-samples/heic/**',
  'photos/exif-samples/tiff/Arbitro.tiff',
  'immich-test-assets/formats/8bit-sRGB.avif',
  'immich-test-assets/formats/8bit-sRGB.jxl',
  'immich-test-assets/formats/denali.webp',
  'immich-test-assets/formats/density_plot.png',
  'immich-test-assets/formats/samsung-one-ui-6.heic', // a motion photo: its video part is cut out
  'videos/androidx/mkv_sample_with_chapters.mkv',
  'videos/androidx/mp4_sample.mp4',
  'videos/androidx/mp4_dolbyVision-hdr.MOV',
];

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under the corpus: content hash, size and modification time. */
async function fingerprintCorpus(): Promise<Record<string, string>> {
  const entries = await readdir(corpusDir, { withFileTypes: true, recursive: true });
  const result: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const file = path.join(e.parentPath, e.name);
    const info = await stat(file);
    result[path.relative(corpusDir, file)] = `${await sha256(file)} ${info.size} ${info.mtimeMs}`;
  }
  return result;
}

let before: Record<string, string>;
let libraryId: string;

beforeAll(async () => {
  before = await fingerprintCorpus();
  const owner = await createUser();
  const library = await prisma().library.create({
    data: { ownerId: owner.id, name: 'corpus in place', rootPath: corpusDir, includeGlobs: INCLUDE },
  });
  libraryId = library.id;
  await scanLibrary(libraryId);
  await runQueuedJobs(); // ingest, motion parts, video media, nfo, phash: everything but ML
  await scanLibrary(libraryId);
  await runQueuedJobs();
}, 600_000);

describe('originals', () => {
  it('were all read: the run ingested photos of every format and the videos', async () => {
    const assets = await prisma().asset.findMany({ where: { libraryId }, include: { derived: true } });
    const ready = assets.filter((a) => a.ingestStatus === 'ready');
    expect(ready.length).toBeGreaterThan(30);
    const extensions = new Set(ready.map((a) => path.extname(a.relPath).toLowerCase()));
    for (const ext of ['.jpg', '.heic', '.heif', '.tiff', '.jxl', '.avif', '.webp', '.png', '.mkv', '.mp4', '.mov']) expect(extensions, ext).toContain(ext);
    const kinds = new Set(assets.flatMap((a) => a.derived.map((d) => d.kind)));
    expect(kinds).toContain('sprite');
  });

  it('are byte for byte, size and mtime what they were, and no file was added or removed', async () => {
    expect(await fingerprintCorpus()).toEqual(before);
  });
});
