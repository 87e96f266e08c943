// Which photo of a duplicate group is suggested to keep: the one a person would keep.
import { describe, expect, it } from 'vitest';
import { suggestBest } from './list-photo-duplicate-groups';
import type { DuplicatePhoto } from './photo-duplicates.schemas';

const photo = (id: string, width: number, height: number, size: number, quality: number | null): DuplicatePhoto => ({
  id, fileName: `${id}.jpg`, width, height, size, quality, takenAt: null, thumbnailUrl: null,
}); // prettier-ignore

describe('suggestBest', () => {
  it('keeps the original over its smaller copy even when the copy scores higher (an upscaled copy looks noiseless)', () => {
    const original = photo('b', 512, 307, 94_000, 61);
    const small = photo('a', 300, 180, 17_000, 74);
    expect(suggestBest([small, original]).id).toBe('b');
  });

  it('among photos of one size, a clearly better quality wins (the sharp shot of a burst)', () => {
    const blurred = photo('a', 4000, 3000, 3_000_000, 40);
    const sharp = photo('b', 4000, 3000, 2_500_000, 80);
    expect(suggestBest([blurred, sharp]).id).toBe('b');
  });

  it('a few points of quality are a tie: the larger file (less compressed) wins', () => {
    const resaved = photo('a', 4000, 3000, 900_000, 73);
    const original = photo('b', 4000, 3000, 3_100_000, 71);
    expect(suggestBest([resaved, original]).id).toBe('b');
  });

  it('does not depend on the order it is given', () => {
    const group = [photo('c', 800, 600, 50_000, null), photo('a', 800, 600, 50_000, 50), photo('b', 800, 600, 60_000, 52)];
    expect(suggestBest(group).id).toBe('b');
    expect(suggestBest([...group].reverse()).id).toBe('b');
  });
});
