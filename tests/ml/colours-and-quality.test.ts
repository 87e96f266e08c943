// Colours and quality as a user meets them, through ingest and ml:analyze on real sharp:
// a solid red picture is red with one swatch; a 70/30 green and yellow picture has those two
// colours at those shares, green first; a sharp photo scores above its blurred copy, and a well
// exposed one above its copy with blown highlights.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameColour } from '@/lib/ml/colours/colour-name';
import { scanLibrary } from '@/lib/libraries/scan-library';
import { prisma } from '@/lib/server/db';
import { taskList } from '@/worker/task-list';
import { createUser } from '../support/factories';
import { copyCorpus, corpusDir, createLibraryRow } from '../support/library-folder';
import { runTasks } from '../support/run-tasks';

type Swatch = { hex: string; share: number };
let libraryId: string;

const solid = (hex: string, width = 800, height = 600) => sharp({ create: { width, height, channels: 3, background: hex } });

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const channelDistance = (a: string, b: string) => Math.max(...channels(a).map((v, i) => Math.abs(v - channels(b)[i])));

async function analysisOf(file: string) {
  const asset = await prisma().asset.findFirstOrThrow({ where: { libraryId, relPath: file }, include: { analysis: true } });
  const a = asset.analysis!;
  return { ...a, palette: a.palette as Swatch[], qualityParts: a.qualityParts as Record<'sharpness' | 'exposure' | 'noise' | 'resolution', number> };
}

beforeAll(async () => {
  const root = await copyCorpus();
  const dir = path.join(root, 'made');
  await mkdir(dir);
  await solid('#d32f2f').png().toFile(path.join(dir, 'red.png'));
  await solid('#1e88e5').jpeg({ quality: 95 }).toFile(path.join(dir, 'blue.jpg'));
  const yellow = await solid('#fdd835', 240, 600).png().toBuffer();
  await solid('#2e7d32').composite([{ input: yellow, left: 560, top: 0 }]).png().toFile(path.join(dir, 'green-yellow.png'));
  const photo = await sharp(path.join(corpusDir, 'photos/orientation/Landscape_1.jpg')).rotate().toBuffer();
  await sharp(photo).jpeg({ quality: 92 }).toFile(path.join(dir, 'sharp.jpg'));
  await sharp(photo).blur(6).jpeg({ quality: 92 }).toFile(path.join(dir, 'blurred.jpg'));
  await sharp(photo).linear(2.6, 50).jpeg({ quality: 92 }).toFile(path.join(dir, 'blown.jpg'));
  const owner = await createUser();
  libraryId = (await createLibraryRow(owner.id, root)).id;
  await scanLibrary(libraryId);
  await runTasks({ 'asset:ingest': taskList['asset:ingest'] });
  await runTasks({ 'ml:analyze': taskList['ml:analyze'] });
}, 300_000);

describe('colours', () => {
  it('gives a solid picture one swatch, its colour, and its name', async () => {
    const red = await analysisOf('made/red.png');
    expect(red.palette).toHaveLength(1);
    expect(red.palette[0].share).toBe(1);
    // The analysis reads the lossy WebP preview: its colour is the original's within a few levels.
    expect(channelDistance(red.palette[0].hex, '#d32f2f')).toBeLessThanOrEqual(4);
    expect(red).toMatchObject({ dominantColor: red.palette[0].hex, colorName: 'red' });
    const blue = await analysisOf('made/blue.jpg');
    expect(blue.palette).toHaveLength(1);
    expect(blue.colorName).toBe('blue');
  });

  it('gives a 70/30 picture its two colours at their shares, the larger first', async () => {
    const { palette, dominantColor, colorName } = await analysisOf('made/green-yellow.png');
    expect(palette).toHaveLength(2);
    expect(channelDistance(palette[0].hex, '#2e7d32')).toBeLessThanOrEqual(4);
    expect(channelDistance(palette[1].hex, '#fdd835')).toBeLessThanOrEqual(4);
    expect(palette[0].share).toBeCloseTo(0.7, 1);
    expect(palette[1].share).toBeCloseTo(0.3, 1);
    expect(palette[0].share + palette[1].share).toBeCloseTo(1, 2);
    expect(dominantColor).toBe(palette[0].hex);
    expect(colorName).toBe('green');
    expect(nameColour(palette[1].hex)).toBe('yellow');
  });

  it('gives a photo several colours, largest first, shares summing to one', async () => {
    const { palette } = await analysisOf('made/sharp.jpg');
    expect(palette.length).toBeGreaterThan(2);
    expect(palette.length).toBeLessThanOrEqual(6);
    expect(palette.map((c) => c.share)).toEqual([...palette.map((c) => c.share)].sort((a, b) => b - a));
    expect(palette.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 2);
  });
});

describe('quality', () => {
  it('ranks a sharp photo above its blurred copy, by sharpness', async () => {
    const [sharpPhoto, blurred] = await Promise.all([analysisOf('made/sharp.jpg'), analysisOf('made/blurred.jpg')]);
    expect(sharpPhoto.quality!).toBeGreaterThan(blurred.quality! + 10);
    expect(sharpPhoto.qualityParts.sharpness).toBeGreaterThan(blurred.qualityParts.sharpness * 2);
  });

  it('ranks a well exposed photo above its copy with blown highlights, by exposure', async () => {
    const [good, blown] = await Promise.all([analysisOf('made/sharp.jpg'), analysisOf('made/blown.jpg')]);
    expect(good.quality!).toBeGreaterThan(blown.quality! + 10);
    expect(good.qualityParts.exposure).toBeGreaterThan(0.8);
    expect(blown.qualityParts.exposure).toBeLessThan(0.3);
  });

  it('keeps every measure and the score in range', async () => {
    for (const file of ['made/red.png', 'made/sharp.jpg', 'made/blurred.jpg', 'made/blown.jpg']) {
      const { quality, qualityParts } = await analysisOf(file);
      expect(quality).toBeGreaterThanOrEqual(0);
      expect(quality).toBeLessThanOrEqual(100);
      for (const v of Object.values(qualityParts)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });
});
