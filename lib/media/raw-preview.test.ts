// No camera RAW file is in the test corpus, so this builds one the way cameras do: a TIFF
// header whose IFD0 holds the orientation, a small thumbnail JPEG, then the large preview JPEG
// (without an orientation of its own). The real cameras' layouts differ in where the preview
// sits, which the search for the largest embedded JPEG does not depend on.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/tests/support/corpus';
import { MediaError } from './media-error';
import { renderPhotoDerivatives } from './photo-derivatives';
import { readPhotoMetadata } from './photo-metadata';
import { isRawFile } from './media-types';

function tiffWithOrientation(orientation: number): Buffer {
  const t = Buffer.alloc(8 + 2 + 12 + 4);
  t.write('II', 0, 'latin1');
  t.writeUInt16LE(42, 2);
  t.writeUInt32LE(8, 4);
  t.writeUInt16LE(1, 8);
  t.writeUInt16LE(0x0112, 10);
  t.writeUInt16LE(3, 12);
  t.writeUInt32LE(1, 14);
  t.writeUInt16LE(orientation, 18);
  t.writeUInt32LE(0, 22);
  return t;
}

async function fakeRaw(orientation: number) {
  const upright = await sharp(readFileSync(corpusPath('photos/orientation/Landscape_1.jpg'))).rotate().toBuffer();
  const preview = await sharp(upright).resize(1200).jpeg().toBuffer(); // no EXIF: metadata is not kept
  const thumb = await sharp(upright).resize(160).jpeg().toBuffer();
  return { file: Buffer.concat([tiffWithOrientation(orientation), Buffer.alloc(512, 7), thumb, Buffer.alloc(4096, 3), preview]), preview };
}

async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((i) => sharp(i).greyscale().resize(16, 16, { fit: 'fill' }).raw().toBuffer()));
  return x.reduce((sum, v, i) => sum + Math.abs(v - y[i]), 0) / x.length;
}

describe('camera RAW through the embedded preview', () => {
  it('recognises RAW extensions', () => {
    expect(['a.NEF', 'b.cr3', 'c.dng', 'd.ARW', 'e.raf', 'f.rw2', 'g.orf', 'h.cr2'].every(isRawFile)).toBe(true);
    expect(isRawFile('a.jpg')).toBe(false);
  });

  it('shows the largest preview, turned upright by the RAW’s own orientation', async () => {
    const { file, preview } = await fakeRaw(6);
    const meta = await readPhotoMetadata(file, 'DSC_0001.NEF', new Date());
    expect(meta.orientation).toBe(6);
    const rendered = await renderPhotoDerivatives(file, { raw: { orientation: meta.orientation } });
    expect([rendered.width, rendered.height]).toEqual([800, 1200]); // the 1200-px preview, not the 160-px thumbnail, stood up
    const expected = await sharp(preview).rotate(90).toBuffer();
    const wrongWay = await sharp(preview).rotate(270).toBuffer();
    expect(await difference(rendered.thumb.data, expected)).toBeLessThan(8);
    expect(await difference(rendered.thumb.data, wrongWay)).toBeGreaterThan(20);
  });

  it('fails with a reason when there is no preview inside', async () => {
    const error = await renderPhotoDerivatives(tiffWithOrientation(1), { raw: { orientation: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).reason).toMatch(/no embedded preview/);
  });
});
