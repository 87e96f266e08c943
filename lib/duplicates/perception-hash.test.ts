import { describe, expect, it } from 'vitest';
import { hammingDistance, perceptionHash, phashHex, phashToSigned, resizeBilinear64, type RgbaImage } from './perception-hash';

function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colour(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  return { width, height, data };
}

// A picture with structure: diagonal bands and a bright block, 800×450 like a 5×5 sprite of 160 px frames.
const scene = (w: number, h: number) =>
  image(w, h, (x, y) => {
    const u = x / w;
    const v = y / h;
    const band = Math.floor((u + v) * 6) % 2 ? 200 : 40;
    return u > 0.6 && v < 0.4 ? [250, 250, 250] : [band, (band + 60) % 256, 255 - band];
  });

describe('perceptionHash', () => {
  it('resizes a plain colour to exactly that colour (weights sum, truncation)', () => {
    const px = resizeBilinear64(image(800, 450, () => [10, 20, 30]));
    expect(px.length).toBe(64 * 64 * 4);
    expect(new Set(Array.from({ length: 64 * 64 }, (_, i) => px.slice(i * 4, i * 4 + 4).join()))).toEqual(new Set(['10,20,30,255']));
  });

  it('gives the same bits on every run, and nearly the same for the picture at another size', () => {
    const a = perceptionHash(scene(800, 450));
    expect(perceptionHash(scene(800, 450))).toBe(a);
    expect(hammingDistance(a, perceptionHash(scene(1600, 900)))).toBeLessThanOrEqual(4);
  });

  it('tells a mirrored picture apart', () => {
    const a = scene(800, 450);
    const mirrored = image(800, 450, (x, y) => {
      const i = (y * 800 + (799 - x)) * 4;
      return [a.data[i], a.data[i + 1], a.data[i + 2]];
    });
    expect(hammingDistance(perceptionHash(a), perceptionHash(mirrored))).toBeGreaterThan(10);
  });
});

describe('hash formats', () => {
  it("counts differing bits (goimagehash's own test pair: 8 bits flipped)", () => {
    expect(hammingDistance(0xe48ae53c05e502f7n, 0x678be53815e510f7n)).toBe(8);
    expect(hammingDistance(phashToSigned(0xe48ae53c05e502f7n), 0xe48ae53c05e502f7n)).toBe(0);
  });

  it('shows 16 hex digits as Stash does, and stores the same 64 bits as a signed int8', () => {
    expect(phashHex(0x00ab_0000_0000_0001n)).toBe('00ab000000000001');
    expect(phashToSigned(0xffff_ffff_ffff_ffffn)).toBe(-1n);
    expect(phashHex(-1n)).toBe('ffffffffffffffff');
    expect(phashToSigned(0x7fff_ffff_ffff_ffffn)).toBe(0x7fff_ffff_ffff_ffffn);
  });
});
