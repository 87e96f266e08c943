// Every format people have reaches the analysis: a library with each corpus format (AVIF 8- and
// 10-bit, HEIC and HEIF, TIFF, PNG, WebP, JPEG XL, JPEG, a camera RAW through its embedded
// preview, and videos through their posters and sprite frames) is ingested, and the ml:analyze
// jobs the ingest queued write a palette and a quality score for each, with no error — the seed
// once failed on AVIF. The JPEG XL is the 8-bit one: the 16-bit HDR one takes ~30 s to decode on
// a busy 2-core box, past ingest's decode deadline (an ingest matter, not the analysis's).
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalysisInput } from '@/lib/ml/analysis-input';
import { computeColours } from '@/lib/ml/colours/colours-part';
import { findAssetForAnalysis } from '@/lib/ml/ml.queries';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser } from '../support/factories';
import { copyCorpus, corpusDir, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

const FILES: Record<string, string> = {
  'avif-8bit.avif': 'immich-test-assets/formats/8bit-sRGB.avif',
  'avif-10bit-hdr.avif': 'immich-test-assets/formats/10bit-HDR-P3-nclx.avif',
  'phone.heic': 'immich-test-assets/formats/IMG_2682.heic',
  'samsung.heic': 'immich-test-assets/formats/samsung-one-ui-6.heic',
  'nokia.heif': 'photos/exif-samples/heic/mobile/HMD_Nokia_8.3_5G.heif',
  'vase.jxl': 'immich-test-assets/formats/8bit-sRGB.jxl',
  'denali.webp': 'immich-test-assets/formats/denali.webp',
  'plot.png': 'immich-test-assets/formats/density_plot.png',
  'scan.tiff': 'photos/exif-samples/tiff/Arbitro.tiff',
  'camera.jpg': 'photos/exif-samples/jpg/Canon_40D.jpg',
  'clip.webm': 'videos/echo-hereweare.webm',
  'sample.mp4': 'videos/androidx/mp4_sample.mp4', // not phone.mp4: beside phone.heic that is a live photo's motion
};

/** A camera RAW laid out like the cameras do (raw-preview.test.ts): TIFF header, thumbnail, preview. */
async function fakeRaw(): Promise<Buffer> {
  const header = Buffer.alloc(26);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  const picture = await sharp(path.join(corpusDir, 'photos/orientation/Landscape_1.jpg')).rotate().toBuffer();
  const [thumb, preview] = await Promise.all([sharp(picture).resize(160).jpeg().toBuffer(), sharp(picture).resize(1200).jpeg().toBuffer()]);
  return Buffer.concat([header, Buffer.alloc(512, 7), thumb, Buffer.alloc(4096, 3), preview]);
}

let libraryId: string;

beforeAll(async () => {
  const root = await copyCorpus();
  await mkdir(path.join(root, 'all'));
  for (const [name, source] of Object.entries(FILES)) await cp(path.join(corpusDir, source), path.join(root, 'all', name));
  await writeFile(path.join(root, 'all/camera.dng'), await fakeRaw());
  const owner = await createUser();
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'], 'video:media': taskList['video:media'] });
  await runTasks({ 'ml:analyze': taskList['ml:analyze'] });
}, 600_000);

describe('analysis of every format', () => {
  it('ingests every file and the queued ml:analyze writes a palette and a quality for each', async () => {
    const assets = await prisma().asset.findMany({ where: { libraryId }, include: { analysis: true }, orderBy: { relPath: 'asc' } });
    expect(assets.map((a) => path.basename(a.relPath)).sort()).toEqual([...Object.keys(FILES), 'camera.dng'].sort());
    for (const asset of assets) {
      const label = asset.relPath;
      expect({ label, status: asset.ingestStatus }).toEqual({ label, status: 'ready' });
      const a = asset.analysis;
      expect({ label, error: a?.error ?? null }).toEqual({ label, error: null });
      const palette = a!.palette as { hex: string; share: number }[];
      expect(palette.length, label).toBeGreaterThan(0);
      expect(palette.reduce((s, c) => s + c.share, 0), label).toBeCloseTo(1, 1);
      expect(a!.dominantColor, label).toBe(palette[0].hex);
      expect(a!.colorName, label).toMatch(/^(red|orange|yellow|green|teal|blue|purple|pink|brown|black|white|grey)$/);
      expect(a!.quality, label).toBeGreaterThan(0);
      expect(a!.quality, label).toBeLessThanOrEqual(100);
      expect(a!.coloursAt, label).not.toBeNull();
    }
  });

  it('analyses a video from its poster and three sprite frames', async () => {
    const video = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: 'all/clip.webm' } });
    const input = await loadAnalysisInput((await findAssetForAnalysis(video.id))!);
    expect(input.frames).toHaveLength(3);
    const pooled = await computeColours(input);
    const posterOnly = await computeColours({ main: input.main, frames: [] });
    expect(pooled.palette).not.toEqual(posterOnly.palette);
    const { palette } = (await prisma().analysis.findUniqueOrThrow({ where: { assetId: video.id } })) as { palette: unknown };
    expect(palette).toEqual(pooled.palette); // what ml:analyze stored is the pooled palette
  });
});
