// The photo pHash on pictures made here: the same picture resized and re-encoded keeps (nearly)
// the same bits; a different picture does not; every hash has 32 bits set (median threshold) and
// its top bit (the DC term) set.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hammingDistance } from './perception-hash';
import { photoPhash } from './photo-phash';

const gradient = (w: number, h: number, f: (x: number, y: number) => number) => {
  const data = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.fill(f(x / w, y / h), (y * w + x) * 3, (y * w + x) * 3 + 3);
  return sharp(data, { raw: { width: w, height: h, channels: 3 } });
};

describe('photoPhash', () => {
  it('is near for a resized JPEG of the same picture, far for another picture', async () => {
    const scene = (x: number, y: number) => Math.round(255 * (0.5 + 0.5 * Math.sin(6 * x + 3 * y * y)));
    const original = await photoPhash(await gradient(640, 480, scene).png().toBuffer());
    const small = await photoPhash(await gradient(640, 480, scene).resize(200).jpeg({ quality: 50 }).toBuffer());
    const other = await photoPhash(await gradient(640, 480, (x, y) => Math.round(255 * (0.5 + 0.5 * Math.cos(9 * y - 4 * x * x)))).png().toBuffer());
    expect(hammingDistance(original, small)).toBeLessThanOrEqual(4);
    expect(hammingDistance(original, other)).toBeGreaterThan(16);
    for (const h of [original, small, other]) {
      expect(hammingDistance(h, 0n)).toBe(32);
      expect(h >> 63n).toBe(1n);
    }
  });
});
